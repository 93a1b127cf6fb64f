"""The visit screen's frame: the header (room, teacher, progress, timer), the bottom bar of buttons,
and the pages list folding away while a room is open on a tablet-sized window (☰ brings it back).

Mixed into :class:`~walkthrough.ui.widgets.visit_view.VisitView`, which owns the Qt events and calls
:meth:`VisitFrame._fold_on_show` / :meth:`VisitFrame._unfold_on_hide` from them. The bottom bar's
buttons wrap their words onto two lines before they widen the window past a 1024 px screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStatusBar, QVBoxLayout, QWidget

from walkthrough.storage import Repository
from walkthrough.ui.widgets.controls import plain_label, touch_button, wrap_touch_button
from walkthrough.ui.widgets.round_rooms import RoundRoomsButton
from walkthrough.ui.widgets.segmented import TOUCH_PX

FOLD_NAVIGATION_BELOW_PX = 1600  # a window narrower than this folds the pages list while a room is open
SHOW_KEY_HINT_FROM_PX = 900
FINISH_CONFIRM_MS = 5000

KEY_HINT = QT_TRANSLATE_NOOP("VisitView",
        "Keys: ↑↓ look-for · O observed · X not observed · A N/A · 1–9 choose · + − count · Del clear · "
            "Ctrl+E note · Ctrl+Shift+X the rest not observed · Ctrl+Z undo · Ctrl+Enter next room")

translate = QCoreApplication.translate  # in the "VisitView" context: the catalog's entries stay where they were
if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


def _button(text: str, accessible: str, *, primary: bool = False, danger: bool = False) -> QPushButton:
    """A bottom-bar button: its words wrap onto two lines before the bar makes the window wider."""
    button = wrap_touch_button(text, accessible, primary=primary, danger=danger,
                               height=56 if primary else TOUCH_PX)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class VisitFrame(_Base):
    """Builds the header and the bottom bar; the actions they call are the visit screen's."""

    repo: Repository

    if TYPE_CHECKING:
        def undo(self) -> None: ...
        def skip_room(self) -> None: ...
        def go_to_room(self, stop_id: str) -> None: ...
        def finish_tapped(self) -> None: ...
        def _disarm_finish(self) -> None: ...
        def mark_rest_not_observed(self) -> None: ...
        def _delete_visit(self) -> None: ...
        def next_room(self) -> None: ...

    # Layout -------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("visitHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(12, 1, 20, 1)  # one line: the look-fors get the height
        self.menu_button = touch_button("☰", translate("VisitView", "Show the pages (the visit stays open)"),
                                        height=TOUCH_PX)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.menu_button.setObjectName("menuButton")
        self.menu_button.setFixedWidth(56)
        self.menu_button.setCheckable(True)
        self.menu_button.setToolTip(translate("VisitView", "Show or hide the pages list; the room stays as it is"))
        self.menu_button.clicked.connect(self.toggle_navigation)
        row.addWidget(self.menu_button)
        row.addSpacing(8)
        left = QHBoxLayout()  # room and teacher on one line
        left.setSpacing(14)
        self.room = plain_label()
        self.room.setObjectName("roomName")
        self.room.setAccessibleName(translate("VisitView", "Room"))
        self.teacher = plain_label()
        self.teacher.setObjectName("teacherName")
        self.teacher.setAccessibleName(translate("VisitView", "Teacher"))
        self.teacher.setWordWrap(True)
        left.addWidget(self.room, 0, Qt.AlignmentFlag.AlignVCenter)
        left.addWidget(self.teacher, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(left, 1)
        self.progress = QLabel()
        self.progress.setObjectName("roundProgress")
        self.progress.setAccessibleName(translate("VisitView", "Round progress"))
        self.marked = QLabel()  # in the header: the footer keeps its width for the buttons
        self.marked.setObjectName("markedCount")
        self.marked.setAccessibleName(translate("VisitView", "Look-fors marked"))
        counts = QVBoxLayout()
        counts.setSpacing(0)
        counts.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignRight)
        counts.addWidget(self.marked, 0, Qt.AlignmentFlag.AlignRight)
        row.addLayout(counts)
        timer_box = QVBoxLayout()
        self.timer = QLabel("0:00")
        self.timer.setObjectName("timer")
        self.timer.setAccessibleName(translate("VisitView", "Time in this room"))
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.timer_bar = QProgressBar()
        self.timer_bar.setTextVisible(False)
        self.timer_bar.setFixedSize(200, 8)
        self.timer_bar.setAccessibleName(translate("VisitView", "Time against the target visit length"))
        timer_box.addWidget(self.timer)
        timer_box.addWidget(self.timer_bar)
        row.addSpacing(24)
        row.addLayout(timer_box)
        return header

    # The pages list folds away while a room is open on a tablet-sized window ----------
    def _navigation(self) -> QWidget | None:
        nav = getattr(self.window(), "navigation", None)
        return nav if isinstance(nav, QWidget) else None

    def _fold(self, folded: bool) -> None:
        """Fold (or bring back) the pages list and the status bar with the profile button."""
        nav = self._navigation()
        if nav is None:
            return
        nav.setVisible(not folded)
        status = self.window().findChild(QStatusBar)
        if status is not None:
            status.setVisible(not folded)
        self.menu_button.setChecked(not folded)

    def toggle_navigation(self) -> None:
        nav = self._navigation()
        if nav is not None:
            self._fold(not nav.isHidden())

    def _fold_again(self) -> None:
        if self.isVisible() and self.window().width() < FOLD_NAVIGATION_BELOW_PX:
            self._fold(True)

    def _build_footer(self) -> QWidget:
        footer = QWidget()
        footer.setObjectName("visitFooter")
        outer = QVBoxLayout(footer)
        outer.setContentsMargins(12, 1, 12, 1)
        outer.setSpacing(2)
        row = QHBoxLayout()
        self.undo_button = _button(translate("VisitView", "↶ Undo"), translate("VisitView", "Undo the last change"))
        self.undo_button.clicked.connect(self.undo)
        self.skip_button = _button(translate("VisitView", "Skip room"), translate("VisitView", "Skip this room"))
        self.skip_button.clicked.connect(self.skip_room)
        self.rooms_button = RoundRoomsButton(self.repo)
        self.rooms_button.setMinimumHeight(48)
        self.rooms_button.room_chosen.connect(self.go_to_room)
        self.finish_button = _button(translate("VisitView", "Finish round"), translate("VisitView", "Finish the round"))
        self.finish_button.clicked.connect(self.finish_tapped)
        self.finish_armed = QTimer(self)  # "tap again to finish": a second tap within a few seconds
        self.finish_armed.setSingleShot(True)
        self.finish_armed.setInterval(FINISH_CONFIRM_MS)
        self.finish_armed.timeout.connect(self._disarm_finish)
        self.rest_button = _button(translate("VisitView", "Mark the rest\nnot observed"),
                                   translate("VisitView", "Mark the rest not observed"))
        self.rest_button.setToolTip(translate("VisitView",
                "Every presence look-for still not marked becomes Not observed, in one tap "
                                    "(Undo takes them all back). Until then, unmarked reads as Not marked."))
        self.rest_button.clicked.connect(self.mark_rest_not_observed)
        self.delete_button = _button(translate("VisitView", "Delete visit…"),
                                     translate("VisitView", "Delete this visit"), danger=True)
        self.delete_button.clicked.connect(self._delete_visit)
        self.delete_button.hide()  # shown when a visit is opened for review
        self.next_button = _button(translate("VisitView", "Next room  →"), translate("VisitView", "Next room"),
                                   primary=True)
        self.next_button.setMinimumWidth(180)
        self.next_button.clicked.connect(self.next_room)
        for widget in (self.undo_button, self.skip_button, self.rooms_button, self.finish_button, self.delete_button):
            row.addWidget(widget)
        row.addSpacing(12)
        row.addWidget(self.rest_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        outer.addLayout(row)
        hint = QLabel(translate("VisitView", str(KEY_HINT)))
        hint.setObjectName("keyHint")
        hint.setAccessibleName(translate("VisitView", "Keyboard shortcuts"))
        hint.setWordWrap(True)
        self.key_hint = hint  # on a short window its line goes to the look-fors (and the ☰ tooltip)
        outer.addWidget(hint)
        return footer

    def _fold_on_show(self) -> None:
        nav = self._navigation()
        self.menu_button.setVisible(nav is not None)
        if nav is not None and self.window().width() < FOLD_NAVIGATION_BELOW_PX:
            self._fold(True)  # the look-fors get the whole window; ☰ brings the pages back
            QTimer.singleShot(0, self._fold_again)  # the window may still be adding its status bar

    def _unfold_on_hide(self) -> None:
        if not self.window().isHidden():
            self._fold(False)

    def _show_key_hint_if_tall(self) -> None:
        self.key_hint.setVisible(self.window().height() >= SHOW_KEY_HINT_FROM_PX)
