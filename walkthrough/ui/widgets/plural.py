"""English plurals without an English catalog.

A count goes into a message as Qt's ``%n`` with the English source written as "room(s)":
``plural(self.tr("%n room(s) left", "", n), n)``. The Spanish catalog has both numerus forms; in
English (no catalog installed) Qt returns the source with ``%n`` filled, and this turns "room(s)"
into "room" or "rooms" so English reads as it always did.
"""

from __future__ import annotations


def plural(text: str, n: int) -> str:
    return text.replace("(s)", "" if n == 1 else "s")
