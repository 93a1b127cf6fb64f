"""One "records changed" signal for the whole window (after Anki's ``OpChanges``).

Whatever changes records behind a page's back (a sync import, above all)
says so once, with the kinds of records it changed; the main window hands
that to the page on screen, and every other page re-reads when it is next
shown. No page needs a restart to see what came in.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    records_changed = Signal(object)  # frozenset[str]: the tables that changed

    def changed(self, tables: set[str] | frozenset[str]) -> None:
        if tables:
            self.records_changed.emit(frozenset(tables))
