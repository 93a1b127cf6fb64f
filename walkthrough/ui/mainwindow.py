"""The main window: navigation on the left, one page at a time on the right.

The window can be shown before the database is open: ``MainWindow()`` is the
frame alone (Qt only, nothing heavy imported), and :meth:`MainWindow.attach`
opens the pages on a repository. The app shows the frame first, so the
window appears as fast as a bare Qt window, then attaches within the same
second (see ``ui/app.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from walkthrough.ui.icon import install_app_icon

if TYPE_CHECKING:
    from walkthrough.storage import Repository
    from walkthrough.storage.framework_store import InstallReport
    from walkthrough.ui.idle import IdleWatch
    from walkthrough.ui.pages.directory import DirectoryPage
    from walkthrough.ui.pages.frameworks import FrameworksPage
    from walkthrough.ui.pages.help import HelpPage
    from walkthrough.ui.pages.peer_visits import PeerVisitsPage
    from walkthrough.ui.pages.reports import ReportsPage
    from walkthrough.ui.pages.schedule import SchedulePage
    from walkthrough.ui.pages.sync import SyncPage
    from walkthrough.ui.pages.walkthroughs import WalkthroughsPage
    from walkthrough.ui.widgets.profile_button import ProfileButton


class MainWindow(QMainWindow):
    page_changed = Signal(str)
    ready = Signal()
    reopen_requested = Signal()  # the data was replaced (a backup restored): open a new window on it

    repo: Repository
    walkthroughs_page: WalkthroughsPage
    peer_page: PeerVisitsPage
    schedule_page: SchedulePage
    frameworks_page: FrameworksPage
    reports_page: ReportsPage
    directory_page: DirectoryPage
    help_page: HelpPage
    sync_page: SyncPage
    profile_button: ProfileButton
    idle: IdleWatch

    def __init__(
        self,
        repo: Repository | None = None,
        *,
        data_dir: Path | None = None,
        install_reports: Sequence[InstallReport] = (),
    ) -> None:
        super().__init__()
        from walkthrough.ui.touch import install_finger_scrolling

        install_finger_scrolling()  # every list and scroll area follows a finger's drag
        self.data_dir = data_dir
        self.setWindowTitle("Walkthrough")
        self.resize(1280, 800)
        self._keys: list[str] = []

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Navigation")
        self.navigation.setFixedWidth(210)
        self.pages = QStackedWidget()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it quotes framework files and messages
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Notices")
        self.banner.setStyleSheet("background:#fff4e5; color:#7a4100; padding:10px; border-bottom:1px solid #f0c58a;")
        self.banner.hide()
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.pages, 1)
        layout.addWidget(self.navigation)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_row)

        quit_action = QAction("Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        guide_action = QAction(self.tr("Guide for this page"), self)
        guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide_action.triggered.connect(lambda: self.help_page.open_from(self) if hasattr(self, "help_page") else None)
        self.addAction(guide_action)
        install_app_icon(self)
        if repo is not None:
            self.attach(repo, install_reports)

    def attach(self, repo: Repository, install_reports: Sequence[InstallReport] = ()) -> None:
        """Open every page on ``repo``."""
        from walkthrough.ui.changes import Changes
        from walkthrough.ui.pages.backups import BackupsPage
        from walkthrough.ui.pages.directory import DirectoryPage
        from walkthrough.ui.pages.frameworks import FrameworksPage
        from walkthrough.ui.pages.help import HelpPage
        from walkthrough.ui.pages.peer_visits import PeerVisitsPage
        from walkthrough.ui.pages.schedule import SchedulePage
        from walkthrough.ui.pages.sync import SyncPage
        from walkthrough.ui.pages.walkthroughs import WalkthroughsPage
        from walkthrough.ui.widgets.profile_button import ProfileButton

        self.repo = repo
        self.changes = Changes(self)  # the one "records changed" signal
        self.walkthroughs_page = WalkthroughsPage(repo)
        self.add_page("walkthroughs", "Walkthroughs", self.walkthroughs_page, position=0)
        self.peer_page = PeerVisitsPage(repo)
        self.add_page("peer", "Peer visits", self.peer_page)
        self.schedule_page = SchedulePage(repo)
        self.add_page("schedule", "Visit schedule", self.schedule_page)
        from walkthrough.ui.pages.dashboard import DashboardPage
        from walkthrough.ui.pages.shared_visits import SharedVisitsPage
        from walkthrough.ui.pages.visit_history import VisitHistoryPage

        self.dashboard_page = DashboardPage(repo)
        self.add_page("dashboard", "Dashboard", self.dashboard_page)
        self.history_page = VisitHistoryPage(repo)
        self.add_page("history", "Visit history", self.history_page)
        self.shared_page = SharedVisitsPage(repo)
        self.add_page("shared", "Shared with coaches", self.shared_page)
        self.directory_page = DirectoryPage(repo)
        self.add_page("directory", "School directory", self.directory_page)
        self.frameworks_page = FrameworksPage(repo)
        self.add_page("frameworks", "Frameworks", self.frameworks_page)
        from walkthrough.ui.pages.reports import ReportsPage

        self.reports_page = ReportsPage(repo)
        self.add_page("reports", self.tr("Reports"), self.reports_page)
        self.add_page("backups", "Backups", BackupsPage(repo, self))
        self.sync_page = SyncPage(repo, self.changes)
        self.add_page("sync", "Sync", self.sync_page)
        self.changes.records_changed.connect(self._records_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.walkthroughs_page.visit.round_finished.connect(lambda _round_id: self.sync_page.sync_if_folder())
        self.help_page = HelpPage(repo, self.data_dir)
        self.add_page("help", self.tr("Help"), self.help_page)
        # Who is using the app: always shown, a tap switches; nobody chosen, it asks.
        self.profile_button = ProfileButton(repo, self)
        self.statusBar().addPermanentWidget(self.profile_button)
        self.profile_button.profile_changed.connect(lambda: self._show_row(self.navigation.currentRow()))
        self.peer_page.choose_profile.connect(self.profile_button.choose)
        self.directory_page.choose_profile.connect(self.profile_button.choose)
        from walkthrough.ui.idle import watch_idle

        self.idle = watch_idle(self)  # a shared tablet left alone goes back to the chooser
        self.profile_button.ask_at_start()  # a PIN holder is never resumed without the PIN
        self._show_install_problems(install_reports)
        self._commit_kept_edits()
        # A new install opens where a principal starts: setting up the school.
        self.navigation.setCurrentRow(0 if repo.schools() else self._keys.index("directory"))
        self.ready.emit()
        QTimer.singleShot(0, self._sync_at_start)  # with a folder set, every start syncs

    def closeEvent(self, event: QCloseEvent) -> None:
        """Commit whatever a field still holds before the window goes."""
        self.flush()
        super().closeEvent(event)

    def flush(self) -> None:
        """Commit typed text that is waiting for its pause (notes, focus, reflection),
        then every edit still waiting for the database (what cannot be committed
        now stays in the journal, and the next start commits it)."""
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()  # fields commit on focus-out
        for widget in self.findChildren(QWidget):
            for name in ("flush", "flush_note"):
                method = getattr(widget, name, None)
                if callable(method):
                    method()
        if hasattr(self, "repo"):
            from walkthrough.ui.pending import pending_writes

            pending_writes(self.repo).flush()

    def _commit_kept_edits(self) -> None:
        """Commit the edits the journal kept from last time (the app was killed or closed while they waited)."""
        from walkthrough.ui.pending import pending_writes

        pending = pending_writes(self.repo)
        self.waiting_label = QLabel()
        self.waiting_label.setAccessibleName("Changes not saved yet")
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet("color: #7a4100; background: #fff4e5; padding: 2px 8px; border-radius: 4px;")
        self.waiting_label.hide()
        self.statusBar().addWidget(self.waiting_label, 1)
        for signal in (pending.saved, pending.waiting, pending.refused):
            signal.connect(lambda *_: self._show_waiting())
        saved, waiting = pending.replay()
        if pending.load_problem:
            self.statusBar().showMessage(f"Some edits from last time could not be read: {pending.load_problem}.")
        elif waiting:
            changes = "1 change typed before the app last closed is" if waiting == 1 else \
                f"{waiting} changes typed before the app last closed are"
            self.statusBar().showMessage(f"{changes} not saved yet ({pending.fault}); nothing is lost: they are "
                                         "kept and saved as soon as the database takes them.")
        elif saved:
            changes = "The change typed just before the app last closed was" if saved == 1 else \
                f"The {saved} changes typed just before the app last closed were"
            self.statusBar().showMessage(f"{changes} saved.", 15_000)

    def _show_waiting(self) -> None:
        """While anything waits for the database, the status bar says so, on every page."""
        from walkthrough.ui.pending import pending_writes

        pending = pending_writes(self.repo)
        count = pending.count()
        if count and pending.fault:
            changes = "1 change is" if count == 1 else f"{count} changes are"
            self.waiting_label.setText(f"{changes} not saved yet: {pending.fault}. Nothing is lost: they are kept "
                                       "and saved as soon as the database takes them.")
        self.waiting_label.setVisible(bool(count and pending.fault))

    def add_page(self, key: str, title: str, page: QWidget, *, position: int | None = None) -> None:
        """Add a page to the navigation (``position`` None appends)."""
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(item.sizeHint().expandedTo(self.navigation.sizeHint().boundedTo(item.sizeHint())))
        page.setAccessibleName(f"{title} page")
        if position is None:
            position = len(self._keys)
        self.navigation.insertItem(position, item)
        self.pages.insertWidget(position, page)
        self._keys.insert(position, key)

    def show_page(self, key: str) -> QWidget:
        index = self._keys.index(key)
        self.navigation.setCurrentRow(index)
        page = self.pages.widget(index)
        assert page is not None
        return page

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def current_page_key(self) -> str:
        return self._keys[self.pages.currentIndex()]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.pages.setCurrentIndex(row)
            page = self.pages.widget(row)
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
            self.page_changed.emit(self._keys[row])

    def add_notice(self, text: str) -> None:
        """Show a line in the banner above the pages (plain text)."""
        shown = "" if self.banner.isHidden() else self.banner.text()
        self.banner.setText((shown + "\n" if shown else "") + text)
        self.banner.show()

    def _sync_at_start(self) -> None:
        if self.isVisible():
            self.sync_page.sync_if_folder()

    def _records_changed(self, tables: frozenset[str]) -> None:
        """Records changed behind the pages (a sync): the page on screen re-reads now, the
        others when they are next shown."""
        if not tables:
            return
        self.profile_button.refresh()
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit | QTextEdit | QPlainTextEdit) and self.isAncestorOf(focused):
            # Someone is typing: re-read once they leave the field, never under their fingers.
            self._refresh_waiting = True
            return
        self._refresh_current()

    def _refresh_current(self) -> None:
        self._refresh_waiting = False
        refresh = getattr(self.pages.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if getattr(self, "_refresh_waiting", False) and not isinstance(new, QLineEdit | QTextEdit | QPlainTextEdit):
            self._refresh_current()

    def _show_install_problems(self, reports: Sequence[InstallReport]) -> None:
        problems = [str(p) for r in reports for p in r.problems]
        if problems:
            shown = "\n".join(problems[:6]) + ("\n…" if len(problems) > 6 else "")
            self.banner.setText(
                "Some built-in framework files could not be installed; the others are ready to use.\n" + shown
            )
            self.banner.show()
