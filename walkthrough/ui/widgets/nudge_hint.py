"""The evaluative-language nudge for a one-line field (a walkthrough's evidence note or text answer).

A :class:`NudgeHint` is a line under a ``QLineEdit`` that appears when the
text judges rather than describes, with the hint of the list line in the
note's language, exactly as under a peer-visit note field. It only reads the
field: it never changes, delays or blocks what the field commits.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from walkthrough.core.nudge import describe_flags
from walkthrough.ui import nudge_lists
from walkthrough.ui.widgets.note_editor import NUDGE_COLOUR, where_from


class NudgeHint(QLabel):
    """The wording hint for one line edit; hidden while the text holds no judging phrase."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__()
        self.field = field
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("{accessibleName}: wording hint").format(accessibleName=field.accessibleName()))
        self.setStyleSheet(f"color: {NUDGE_COLOUR}; font-size: 13px;")
        self.hide()
        field.textChanged.connect(self.refresh)
        nudge_lists.notifier.reloaded.connect(self.refresh)
        nudge_lists.warm_up_soon()

    def refresh(self) -> None:
        text = self.field.text()
        if not text.strip():
            self.setText("")
            self.field.setToolTip("")
            self.hide()
            return
        flags = nudge_lists.current().find(text)
        message = describe_flags(text, flags)
        self.setText(message)
        self.field.setToolTip(self.tr("{message}\n({where_from})").format(message=message,
                where_from=where_from(flags[0])) if flags and flags[0].source else message)
        self.setVisible(bool(message) and not self.field.isHidden())
