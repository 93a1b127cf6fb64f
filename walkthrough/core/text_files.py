"""Reading the text files people give the app: safely, whatever they are.

District staff edit framework files (and later word lists, rosters) in
Notepad, Excel or TextEdit and pick them from a file dialog, a USB stick or a
synced folder. :func:`read_text_file` is the one way the app reads such a
file. It

* refuses what is not a regular file (a folder, a FIFO that would block for
  ever, a device such as ``/dev/zero`` behind a symlink) before reading a
  byte of it;
* refuses a file over a size cap, reading at most the cap plus one byte;
* accepts the byte-order marks Windows editors add (UTF-8, UTF-16 LE/BE) and
  returns the text normalised: no byte-order mark, ``\\n`` line ends.

Every refusal is a :class:`TextFileError` whose message names the file and
says what to do; its ``reason`` is a translatable :class:`~walkthrough.core.i18n.Message`
(``str()`` is the English). Pure Python, no Qt.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

from walkthrough.core.i18n import QT_TRANSLATE_NOOP, Message, MessageError, message


class TextFileError(MessageError):
    """A file that cannot be read as text; ``reason`` says why (without the file name)."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(message(QT_TRANSLATE_NOOP("core", "{file}: {problem}"), file=str(path), problem=reason))


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


#: The words for what a file is meant to be ("a {what}"), marked for translation.
FILE = QT_TRANSLATE_NOOP("core", "file")


def _kind(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return message(QT_TRANSLATE_NOOP("core", "a folder"))
    if stat.S_ISFIFO(mode):
        return message(QT_TRANSLATE_NOOP("core", "a pipe (FIFO)"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return message(QT_TRANSLATE_NOOP("core", "a device"))
    if stat.S_ISSOCK(mode):
        return message(QT_TRANSLATE_NOOP("core", "a socket"))
    return message(QT_TRANSLATE_NOOP("core", "not a regular file"))


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} bytes"


def _cannot_read(exc: OSError) -> Message:
    return message(QT_TRANSLATE_NOOP("core", "cannot be read: {why}"), why=exc.strerror or str(exc))


def read_bytes_safely(path: Path | str, *, max_bytes: int, what: str = FILE) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; :class:`TextFileError` otherwise.

    ``what`` the file is meant to be ("framework file") is marked with ``QT_TRANSLATE_NOOP("core", ...)``.

    The file is opened without blocking (a FIFO would otherwise wait for a
    writer for ever) and checked with ``fstat`` on the open descriptor, so
    a file swapped between the check and the read cannot slip through.
    """
    kind = Message(what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise TextFileError(path, message(QT_TRANSLATE_NOOP("core", "cannot be read: no such file"))) from None
    except IsADirectoryError:
        raise TextFileError(path, message(QT_TRANSLATE_NOOP("core", "is a folder, not a {what}"), what=kind)) from None
    except OSError as exc:
        raise TextFileError(path, _cannot_read(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TextFileError(path, message(QT_TRANSLATE_NOOP(
                "core", "is {kind}, not a {what}: choose a saved text file"), kind=_kind(info.st_mode), what=kind))
        if info.st_size > max_bytes:
            raise TextFileError(path, message(QT_TRANSLATE_NOOP(
                "core", "is {size}; a {what} may be at most {most}: is it the right file?"),
                size=_size(info.st_size), what=kind, most=_size(max_bytes)))
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise TextFileError(path, _cannot_read(exc)) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise TextFileError(path, message(QT_TRANSLATE_NOOP(
            "core", "is more than {most}; a {what} may be at most {most}"), most=_size(max_bytes), what=kind))
    return b"".join(chunks)


def decode_text(raw: bytes, path: Path | str) -> str:
    """Decode file bytes as text: UTF-8, or UTF-16 with its byte-order mark;
    the result has no byte-order mark and ``\\n`` line ends."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            raw, encoding = raw[len(bom) :], name
            break
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TextFileError(path, message(QT_TRANSLATE_NOOP(
            "core", "is not UTF-8 text (bad byte at position {position}); save it as UTF-8 and try again"),
            position=exc.start)) from None
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Text as the app stores it: no leading byte-order mark, ``\\n`` line ends."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n")


def read_text_file(path: Path | str, *, max_bytes: int, what: str = FILE) -> str:
    """Read a text file someone gave the app (see the module's description)."""
    return decode_text(read_bytes_safely(path, max_bytes=max_bytes, what=what), path)
