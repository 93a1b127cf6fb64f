"""The status-bar button that says who is using the app and switches profile."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from walkthrough.ui.profile_label import describe

if TYPE_CHECKING:  # the chooser loads when it is first opened, not with the button at start
    from walkthrough.storage import Repository
    from walkthrough.ui.dialogs.profile import ProfileDialog


class ProfileButton(QPushButton):
    """Shows the current profile; a tap opens the chooser. Nobody chosen: it asks."""

    profile_changed = Signal()

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.dialog: ProfileDialog | None = None
        self.setMinimumHeight(48)
        self.clicked.connect(self.choose)
        self.refresh()

    def refresh(self) -> None:
        person = self.repo.current_profile()
        if person is None:
            self.setText(self.tr("Who is using the app? Choose your profile"))
        else:
            self.setText(self.tr("Using the app as {describe} · Switch").format(describe=describe(person)))
        self.setAccessibleName(self.text())
        was = self.property("primary")
        self.setProperty("primary", person is None)
        if was is not None and bool(was) != (person is None):
            # The style sheet's look follows the property once re-polished. Not when it is first set
            # (Qt polishes the button when it is first shown): style() makes QStyle's enum classes.
            self.style().unpolish(self)
            self.style().polish(self)

    def ask_at_start(self) -> None:
        """The profile chosen last has a PIN: open the chooser on it, asking for the PIN
        (the app never resumes a PIN holder without it)."""
        last = self.repo.last_profile()
        if self.repo.current_profile() is None and last is not None and self.repo.has_pin(last.id):
            QTimer.singleShot(0, self, self.choose)

    def choose(self) -> ProfileDialog:
        """Open the chooser (not blocking the app); returns it for tests."""
        from walkthrough.ui.dialogs.profile import ProfileDialog

        self.dialog = ProfileDialog(self.repo, self.window())
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.refresh()
            self.profile_changed.emit()
