"""The Sync page's stored English, shown in the interface's language.

An import report keeps its reason for a refusal as the English the command line prints.
To show it in the chosen language, the page reads the English back into the core message it
was made from (:mod:`walkthrough.core.message_reading`) and translates that; a text none of
these templates explains is shown as it is.

:data:`TEMPLATES` are the "core" templates of ``walkthrough/sync`` and
``walkthrough/storage/sync_*.py`` (a test keeps the list whole: a new one there fails it
until it is added here).
"""

from __future__ import annotations

from walkthrough.core.message_reading import MessageReader
from walkthrough.ui import core_text

TEMPLATES: tuple[str, ...] = (
    "'{value}' is not a {name} the app knows ({known})",
    '1 bundle brought {new} new and {changed} changed records',
    '1 conflict to settle',
    '1 refused (see Import reports)',
    'a framework entry lacks its id, version, hash or text',
    'a record is not a JSON object',
    'a sealed part is not group, source, sequence, recipients and box',
    'a {table} record has no usable id',
    'appears twice in the archive',
    'cannot be read ({why})',
    'does not describe a Walkthrough bundle',
    'does not list its entries with name, size and SHA-256',
    'does not match its SHA-256 in the manifest (damaged or changed)',
    "field '{name}' holds {kind}, not a plain value",
    "field '{name}' is empty",
    "field '{name}' must be 0 or 1, not {value}",
    "field '{name}' must be a whole number",
    "framework '{framework_id}' has no look-for '{key}'",
    "framework '{framework_id}' version '{version}' is not known",
    "framework '{id}' is not for {kind} visits (a peer visit never records ratings)",
    "framework '{id}' version '{version}' has another hash here than on the device that made it",
    "framework '{id}' version '{version}' has hash {there}… in the bundle but {here}… on this device: the same "
    "version was changed on one of them; give the changed file a new version number",
    "framework '{id}' version '{version}' is not in the bundle or on this device",
    "framework '{id}' version '{version}' is used but not installed here",
    "framework '{id}' version '{version}': its text does not match its id, version and hash",
    'has an unknown format version {version}',
    'has more than {most} entries: it is not a Walkthrough bundle',
    'has no {key}',
    'holds a line that is not a JSON object',
    'holds more than its manifest says',
    'holds {read} bytes, not the {size} its manifest says',
    'is a link, not a file',
    'is compressed far beyond what records compress to (a zip bomb?)',
    'is damaged (the archive does not read back as written)',
    'is encrypted',
    'is format {version}, made by a newer Walkthrough: update this app to read it',
    'is in the archive but not named by the manifest',
    'is larger than a bundle can be',
    'is larger than the {limit} bytes a bundle entry may be',
    'is missing: this is not a Walkthrough bundle',
    'is named by the manifest but missing from the archive',
    'is not a complete bundle (damaged, or still being copied)',
    'is not a single plain file name (a path, folder or drive)',
    'is not an entry a bundle has',
    'is not valid JSON',
    'is {found} bytes, not the {size} its manifest says',
    'its content hash does not match its fields',
    'its value is not JSON text',
    'its value is not valid JSON',
    'its values are not a mapping',
    'line {number} is longer than any record can be',
    'line {number} is not valid JSON',
    "look-for '{key}' is answered in each room, not once for the round",
    'names an entry twice',
    'no origin device',
    'note {record_id}',
    'nothing new from other devices',
    'response {record_id}',
    'round answer {record_id}',
    'sealed part {gid} is larger than a peer visit can be',
    'sealed part {gid}: its content is not JSON lines',
    'sealed part {gid}: {problem}',
    "the field '{name}' is missing",
    'this device holds the same history with different content ({problem})',
    'two copies with the same history and different content ({problem})',
    "unknown field '{name}'",
    'unknown part {part}',
    'unknown record type {kind}',
    'uses a compression this app does not read',
    'visit {record_id}',
    '{bundle}: {entry}: {problem}',
    '{bundle}: {problem}',
    '{n} bundles brought {new} new and {changed} changed records',
    '{n} conflicts to settle',
    '{n} refused (see Import reports)',
    '{n} waiting for records still to come',
    '{said}; {more}',
    '{table} record {record_id}',
    '{table} record {record_id} on this device: {problem}',
    '{what}: {problem}',
)

_reader: MessageReader | None = None


def shown(english: str) -> str:
    """A stored English text in the interface's language (as it is if no template explains it)."""
    global _reader
    if _reader is None:
        _reader = MessageReader(TEMPLATES)
    read = _reader.read(english)
    return core_text.text(read) if read is not None else english
