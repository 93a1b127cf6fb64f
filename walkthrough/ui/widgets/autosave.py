"""Text fields that save themselves, and the line that says when they have not.

:class:`TextAutosave` binds one field to one record's field: every change is
written ahead to the journal at once (a kill loses nothing), a pause in
typing or leaving the field commits it, and when the database cannot take
it the :class:`SaveStatus` next to the field says so plainly until it has.
The field never learns its text is saved before the commit returned.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit

from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui.pending import PendingWrites

COMMIT_DELAY_MS = 300  # a pause in typing this long commits the text
SAVED_SHOWN_MS = 4000  # "Saved" after a wait stays this long

_TONES = {
    "waiting": "color: #7a4100; background: #fff4e5; border: 1px solid #f0c58a;",
    "refused": "color: #8a1c11; background: #fdecea; border: 1px solid #e8a39b;",
    "saved": "color: #14532d; background: #e9f7ef; border: 1px solid #9fd5b3;",
}


class SaveStatus(QLabel):
    """Next to one field (or one small form): what is not saved yet, and why.

    Each field of the form has its own entry (by its label); the line shows
    every field that waits or was refused, and "Saved" for a moment once the
    last of them is saved after a wait.
    """

    def __init__(self, accessible: str, *, name_fields: bool = False) -> None:
        """``name_fields``: the line serves several fields, so it names the ones it speaks of."""
        super().__init__()
        self.name_fields = name_fields
        self.setObjectName("saveStatus")
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self._entries: dict[str, tuple[str, str]] = {}  # field label -> (state, why)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(SAVED_SHOWN_MS)
        self._hide_timer.timeout.connect(self._show)
        self.hide()

    def state(self, field: str) -> str:
        return self._entries.get(field, ("", ""))[0]

    def waiting(self, field: str, why: str, journal_problem: str = "") -> None:
        self._entries[field] = ("waiting", why + (f"; {journal_problem}" if journal_problem else ""))
        self._show()

    def refused(self, field: str, why: str) -> None:
        self._entries[field] = ("refused", why)
        self._show()

    def saved(self, field: str) -> None:
        was = self._entries.pop(field, ("", ""))[0]
        if was == "waiting" and not self._entries:
            self._set(self.tr("✓ Saved: everything here is in the database now."), "saved")
            self._hide_timer.start()
        else:
            self._show()

    def drop(self, field: str) -> None:
        """Nothing to say about ``field`` (shown afresh, or its text is what is stored)."""
        if self._entries.pop(field, None) is not None:
            self._show()

    def _show(self) -> None:
        waiting = [(f, why) for f, (state, why) in self._entries.items() if state == "waiting"]
        refused = [(f, why) for f, (state, why) in self._entries.items() if state == "refused"]
        def which(fields: list[str]) -> str:
            return f" ({', '.join(fields)})" if self.name_fields else ""

        parts = []
        if waiting:
            parts.append(self.tr("Not saved yet{fields}: {why}. It is kept here and saved as soon as the database "
                                 "takes it.").format(fields=which([f for f, _ in waiting]), why=waiting[-1][1]))
        parts += [self.tr("Not saved{fields}: {why}.").format(fields=which([f]), why=why) for f, why in refused]
        if parts:
            self._hide_timer.stop()
            self._set(" ".join(parts), "waiting" if waiting else "refused")
        elif not self._hide_timer.isActive():
            self._set("", "")

    def _set(self, text: str, tone: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.setStyleSheet(f"QLabel {{ {_TONES[tone]} border-radius: 6px; padding: 4px 8px; }}" if tone else "")
        self.setVisible(bool(text))


class TextAutosave(QObject):
    """One field, bound to one record's field at a time (see the module's doc)."""

    saved = Signal(object)  # the repository action's result, once this field's text is in the database

    def __init__(
        self,
        pending: PendingWrites,
        status: SaveStatus,
        label: str,
        get_text: Callable[[], str],
        put_text: Callable[[str], None],
        *,
        normalise: Callable[[str], str] = lambda text: text,
        delay_ms: int = COMMIT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pending = pending
        self.status = status
        self.label = label
        self._get, self._put, self._normalise = get_text, put_text, normalise
        self.key: str | None = None
        self._stored = ""
        self._make: Callable[[str], PendingEdit] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.commit)
        pending.saved.connect(self._on_saved)
        pending.waiting.connect(self._on_waiting)
        pending.refused.connect(self._on_refused)

    def bind(self, key: str | None, stored: str, make: Callable[[str], PendingEdit] | None) -> None:
        """Show the record's field: its stored text, or the text still waiting for the database.

        ``make(text)`` is the edit that commits ``text``; ``None`` makes the
        field a draft, kept (and written ahead) but never committed by itself.
        The previous record's text is committed first.
        """
        if self.key is not None and key != self.key:
            self.commit()
        same = key is not None and key == self.key
        if not same:
            self._timer.stop()
        self.key, self._stored, self._make = key, self._normalise(stored), make
        kept = self.pending.edit(key) if key else None
        if kept is not None and kept.text is not None:
            self._put(kept.text)
        elif not (same and self._normalise(self._get()) == self._stored):  # the same text as typed stays as typed
            self._put(stored)
        if kept is not None and not kept.is_draft and self.pending.fault:
            self.status.waiting(self.label, self.pending.fault, self.pending.journal_problem)
        else:
            self.status.drop(self.label)

    def unbind(self) -> None:
        self.bind(None, "", None)

    @property
    def is_draft(self) -> bool:
        return self._make is None

    def typed(self) -> None:
        """The text changed: write it ahead at once, commit after a pause."""
        if self.key is None:
            return
        text = self._get()
        if self._make is None:
            if text.strip():
                self.pending.keep(PendingEdit(self.key, "", label=self.label, text=text))
            else:
                self.pending.forget(self.key)
            return
        if self._normalise(text) == self._stored:
            self._timer.stop()
            self.pending.forget(self.key)
            self.status.drop(self.label)
            return
        self.pending.keep(self._make(text))
        self._timer.start()

    def commit(self) -> None:
        """Commit the text now, if it differs from what the database holds."""
        self._timer.stop()
        if self.key is None or self._make is None:
            return
        text = self._get()
        if self._normalise(text) == self._stored and self.pending.edit(self.key) is None:
            return
        self.pending.submit(self._make(text))

    def forget_draft(self) -> None:
        """The draft was used (a note was added from it): nothing to keep."""
        if self.key is not None and self._make is None:
            self.pending.forget(self.key)

    # What the queue says -----------------------------------------------------
    def _on_saved(self, edit: PendingEdit, result: object) -> None:
        if edit.key != self.key:
            return
        self._stored = self._normalise(edit.text or "")
        self.status.saved(self.label)
        self.saved.emit(result)

    def _on_waiting(self, edit: PendingEdit, why: str) -> None:
        if edit.key == self.key:
            self.status.waiting(self.label, why, self.pending.journal_problem)

    def _on_refused(self, edit: PendingEdit, why: str) -> None:
        if edit.key == self.key:
            self.status.refused(self.label, why)


def line_autosave(
    edit: QLineEdit,
    pending: PendingWrites,
    status: SaveStatus,
    label: str,
    *,
    normalise: Callable[[str], str] = str.strip,
    delay_ms: int = COMMIT_DELAY_MS,
) -> TextAutosave:
    """A :class:`TextAutosave` on a one-line field: typing (not the program) writes ahead, Enter or leaving commits."""
    def put(text: str) -> None:
        if edit.text() != text:  # setText moves the cursor to the end even for the same text
            edit.setText(text)

    saver = TextAutosave(pending, status, label, edit.text, put, normalise=normalise, delay_ms=delay_ms, parent=edit)
    edit.textEdited.connect(lambda _text: saver.typed())
    edit.editingFinished.connect(saver.commit)
    return saver

