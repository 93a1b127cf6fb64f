"""The main window: navigation on the left, one page at a time on the right.

The window can be shown before the database is open: ``MainWindow()`` is the
frame alone (Qt only, nothing heavy imported), and :meth:`MainWindow.attach`
opens the pages on a repository. The app shows the frame first, so the
window appears as fast as a bare Qt window, then attaches within the same
second (see ``ui/app.py``).

A page is built when it is first shown (or first asked for, as
``window.sync_page``): :meth:`MainWindow.add_page` takes the page or a
function that makes it, and the stack holds an empty stand-in until then, so
the start builds (and imports) only the page on screen. What must be wired
to a page once it exists goes in :meth:`MainWindow.when_built`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the frame needs: PySide 6.11 makes a class's Python enums when the class is first
# named, so each Qt class imported here is paid for before the first paint (``Qt`` itself: 93
# enum classes). What the pages' navigation needs is imported where it is used.
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from walkthrough.ui import core_text
from walkthrough.ui.icon import install_app_icon

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from walkthrough.storage import Repository
    from walkthrough.storage.framework_store import InstallReport
    from walkthrough.ui.idle import IdleWatch
    from walkthrough.ui.pages.dashboard import DashboardPage
    from walkthrough.ui.pages.directory import DirectoryPage
    from walkthrough.ui.pages.first_run import FirstRunPage
    from walkthrough.ui.pages.frameworks import FrameworksPage
    from walkthrough.ui.pages.help import HelpPage
    from walkthrough.ui.pages.peer_visits import PeerVisitsPage
    from walkthrough.ui.pages.reports import ReportsPage
    from walkthrough.ui.pages.schedule import SchedulePage
    from walkthrough.ui.pages.shared_visits import SharedVisitsPage
    from walkthrough.ui.pages.sync import SyncPage
    from walkthrough.ui.pages.visit_history import VisitHistoryPage
    from walkthrough.ui.pages.walkthroughs import WalkthroughsPage
    from walkthrough.ui.widgets.profile_button import ProfileButton


class MainWindow(QMainWindow):
    page_changed = Signal(str)
    ready = Signal()
    reopen_requested = Signal()  # the data was replaced (a backup restored): open a new window on it
    replaced = Signal(object)  # the MainWindow that took this one's place (the language changed)
    data_needed = Signal()  # the setup shown before the data was open needs it now (``show_setup``)

    repo: Repository
    profile_button: ProfileButton
    idle: IdleWatch

    def __init__(
        self,
        repo: Repository | None = None,
        *,
        data_dir: Path | None = None,
        install_reports: Sequence[InstallReport] = (),
        first_run: bool = False,
        watchers_later: bool = False,
    ) -> None:
        """``watchers_later``: the caller calls :meth:`watch_the_app` once the first page is
        painted (the app's starter), not at once: the app-wide event filters of finger scrolling
        and of the idle sign-out make PySide wrap every object that gets an event, ~130 enum
        classes and 0.02-0.04 s before the first paint."""
        super().__init__()
        self.data_dir = data_dir
        self._watching = False
        if not watchers_later:
            self.watch_the_app()
        self.setWindowTitle(self.tr("Walkthrough"))
        self.resize(1280, 800)
        self._keys: list[str] = []
        self._titles: dict[str, str] = {}
        self._makers: dict[str, Callable[[], QWidget]] = {}  # pages not built yet
        self._built: dict[str, QWidget] = {}
        self._on_built: dict[str, list[Callable[[QWidget], None]]] = {}

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._frame = layout  # the navigation goes first in it, with the pages (see _ensure_navigation)
        self.pages = QStackedWidget()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()  # plain text (it quotes framework files and messages): see _say
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notices"))
        self.banner.setStyleSheet("background:#fff4e5; color:#7a4100; padding:10px; border-bottom:1px solid #f0c58a;")
        self.banner.hide()
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.pages, 1)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        install_app_icon(self)
        self.first_run: FirstRunPage | None = None
        if repo is not None:
            self.attach(repo, install_reports, first_run=first_run)

    def _ensure_navigation(self) -> None:
        """The navigation list and the window's keys, made with the pages: the first-run welcome,
        shown before them, has none (the first list widget made costs PySide ~150 enum classes,
        0.02-0.05 s)."""
        if hasattr(self, "navigation"):
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence
        from PySide6.QtWidgets import QListWidget

        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        guide_action = QAction(self.tr("Guide for this page"), self)
        guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide_action.triggered.connect(lambda: self.help_page.open_from(self) if "help" in self._keys else None)
        self.addAction(guide_action)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setFixedWidth(210)
        self._frame.insertWidget(0, self.navigation)
        self.navigation.currentRowChanged.connect(self._show_row)

    def attach(
        self, repo: Repository, install_reports: Sequence[InstallReport] = (), *, first_run: bool = False
    ) -> None:
        """Open the pages on ``repo``: each is built when first shown. ``first_run``: the data
        folder is empty, so the first-run setup is shown over the pages until it is done."""
        from PySide6.QtWidgets import QApplication

        from walkthrough.ui.changes import Changes
        from walkthrough.ui.widgets.profile_button import ProfileButton

        self._ensure_navigation()
        self.repo = repo
        self.changes = Changes(self)  # the one "records changed" signal
        for key, title, maker in self._page_makers(repo):
            self.add_page(key, title, maker)
        self.changes.records_changed.connect(self._records_changed)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        # Who is using the app: always shown, a tap switches; nobody chosen, it asks.
        self.profile_button = ProfileButton(repo, self)
        self.statusBar().addPermanentWidget(self.profile_button)
        self.profile_button.profile_changed.connect(lambda: self._show_row(self.navigation.currentRow()))
        self.when_built("walkthroughs", lambda page: page.round_finished.connect(  # type: ignore[attr-defined]
            lambda _round_id: self.sync_page.sync_if_folder()))
        self.when_built("directory", lambda page: page.roster_imported.connect(  # type: ignore[attr-defined]
            lambda: self.changes.changed({"people", "rooms"})))
        for key in ("peer", "directory"):
            self.when_built(key, lambda page: page.choose_profile.connect(  # type: ignore[attr-defined]
                self.profile_button.choose))
        if self._watching:
            self._watch_idle()
        self.profile_button.ask_at_start()  # a PIN holder is never resumed without the PIN
        self._show_install_problems(install_reports)
        self._commit_kept_edits()
        # A new install opens where a principal starts: setting up the school.
        first = 0 if repo.schools() else self._keys.index("directory")
        if self.first_run is not None and not first_run:  # shown before the data was open, and not wanted
            self.pages.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
            self.navigation.show()
        if first_run:
            # The setup covers the pages: the one under it is built when the setup is done, not
            # at start (the School directory alone took 0.1-0.3 s of the first start).
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(first)
            self.navigation.blockSignals(False)
            self.pages.setCurrentIndex(first)
            self._show_first_run()
        elif self.navigation.currentRow() == first:
            self._show_row(first)  # already current: build it and show it
        else:
            self.navigation.setCurrentRow(first)
        self.ready.emit()
        QTimer.singleShot(0, self._sync_at_start)  # with a folder set, every start syncs

    def show_setup(self) -> QWidget:
        """The first-run setup on its welcome, before the data is open (the welcome needs none):
        the app's first page at a first start. :meth:`attach` then gives it the repository; if the
        setup needs it sooner, it says so through ``data_needed``. Returns the setup's main button."""
        from walkthrough.ui.pages.first_run import FirstRunPage

        setup = FirstRunPage()
        setup.data_needed.connect(self.data_needed)
        self._add_setup(setup)
        return setup.set_up_button

    def _add_setup(self, setup: FirstRunPage) -> None:
        setup.setAccessibleName(self.tr("First-run setup"))
        self.first_run = setup
        self.pages.addWidget(setup)  # after every page: not in the navigation
        self.pages.setCurrentWidget(setup)
        if hasattr(self, "navigation"):
            self.navigation.hide()

    def watch_the_app(self) -> None:
        """Finger scrolling for every list and scroll area (``ui/touch``), and, once the pages are
        open, the idle sign-out (``ui/idle``): both watch every event of the app."""
        from walkthrough.ui.touch import install_finger_scrolling

        if self._watching:
            return
        self._watching = True
        install_finger_scrolling()  # every list and scroll area follows a finger's drag
        if hasattr(self, "repo"):
            self._watch_idle()

    def _watch_idle(self) -> None:
        from walkthrough.ui.idle import watch_idle

        if not hasattr(self, "idle"):
            self.idle = watch_idle(self)  # a shared tablet left alone goes back to the chooser

    def _show_first_run(self) -> None:
        from walkthrough.ui.pages.first_run import FirstRunPage

        setup = self.first_run
        if setup is None:
            setup = FirstRunPage(self.repo)
            self._add_setup(setup)
        else:  # shown before the data was open (show_setup)
            setup.attach_repo(self.repo)
            self.pages.setCurrentWidget(setup)
            self.navigation.hide()
        self.profile_button.hide()  # the setup makes the first profile itself
        setup.finished.connect(self._first_run_done)
        setup.demo_made.connect(lambda: self.changes.changed({"schools", "people", "rooms", "observations"}))

    def _first_run_done(self, key: str) -> None:
        setup = self.first_run
        if setup is None:
            return
        self.first_run = None
        self.navigation.show()
        self.profile_button.show()
        self.profile_button.refresh()
        self.show_page(key)
        self._show_row(self._keys.index(key))  # re-read what the setup wrote, even if it was current
        self.pages.removeWidget(setup)
        setup.deleteLater()
        if self.repo.current_profile() is None:
            self.profile_button.choose()  # the demo district: who are you in it?

    def _page_makers(self, repo: Repository) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """Every page, in navigation order, as a function that builds it (its imports included)."""

        def walkthroughs() -> QWidget:
            from walkthrough.ui.pages.walkthroughs import WalkthroughsPage

            return WalkthroughsPage(repo)

        def peer() -> QWidget:
            from walkthrough.ui.pages.peer_visits import PeerVisitsPage

            return PeerVisitsPage(repo)

        def schedule() -> QWidget:
            from walkthrough.ui.pages.schedule import SchedulePage

            return SchedulePage(repo)

        def dashboard() -> QWidget:
            from walkthrough.ui.pages.dashboard import DashboardPage

            return DashboardPage(repo)

        def history() -> QWidget:
            from walkthrough.ui.pages.visit_history import VisitHistoryPage

            return VisitHistoryPage(repo)

        def shared() -> QWidget:
            from walkthrough.ui.pages.shared_visits import SharedVisitsPage

            return SharedVisitsPage(repo)

        def directory() -> QWidget:
            from walkthrough.ui.pages.directory import DirectoryPage

            return DirectoryPage(repo)

        def frameworks() -> QWidget:
            from walkthrough.ui.pages.frameworks import FrameworksPage

            return FrameworksPage(repo)

        def reports() -> QWidget:
            from walkthrough.ui.pages.reports import ReportsPage

            return ReportsPage(repo)

        def backups() -> QWidget:
            from walkthrough.ui.pages.backups import BackupsPage

            return BackupsPage(repo, self)

        def sync() -> QWidget:
            from walkthrough.ui.pages.sync import SyncPage

            return SyncPage(repo, self.changes)

        def settings() -> QWidget:
            from walkthrough.ui.pages.settings import SettingsPage

            return SettingsPage(repo, self.data_dir)

        def help_page() -> QWidget:
            from walkthrough.ui.pages.help import HelpPage

            return HelpPage(repo, self.data_dir)

        return [
            ("walkthroughs", self.tr("Walkthroughs"), walkthroughs),
            ("peer", self.tr("Peer visits"), peer),
            ("schedule", self.tr("Visit schedule"), schedule),
            ("dashboard", self.tr("Dashboard"), dashboard),
            ("history", self.tr("Visit history"), history),
            ("shared", self.tr("Shared with coaches"), shared),
            ("directory", self.tr("School directory"), directory),
            ("frameworks", self.tr("Frameworks"), frameworks),
            ("reports", self.tr("Reports"), reports),
            ("backups", self.tr("Backups"), backups),
            ("sync", self.tr("Sync"), sync),
            ("settings", self.tr("Settings"), settings),
            ("help", self.tr("Help"), help_page),
        ]

    # The pages, built when first asked for -------------------------------------------------------
    @property
    def walkthroughs_page(self) -> WalkthroughsPage:
        return self._typed_page("walkthroughs")  # type: ignore[return-value]

    @property
    def peer_page(self) -> PeerVisitsPage:
        return self._typed_page("peer")  # type: ignore[return-value]

    @property
    def schedule_page(self) -> SchedulePage:
        return self._typed_page("schedule")  # type: ignore[return-value]

    @property
    def dashboard_page(self) -> DashboardPage:
        return self._typed_page("dashboard")  # type: ignore[return-value]

    @property
    def history_page(self) -> VisitHistoryPage:
        return self._typed_page("history")  # type: ignore[return-value]

    @property
    def shared_page(self) -> SharedVisitsPage:
        return self._typed_page("shared")  # type: ignore[return-value]

    @property
    def directory_page(self) -> DirectoryPage:
        return self._typed_page("directory")  # type: ignore[return-value]

    @property
    def frameworks_page(self) -> FrameworksPage:
        return self._typed_page("frameworks")  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self._typed_page("reports")  # type: ignore[return-value]

    @property
    def help_page(self) -> HelpPage:
        return self._typed_page("help")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self._typed_page("sync")  # type: ignore[return-value]

    def _typed_page(self, key: str) -> QWidget:
        if key not in self._keys:
            raise AttributeError(f"the {key} page is not open yet (the window has no repository)")
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page under ``key``, built now if it was not yet (without showing it)."""
        if key in self._built:
            return self._built[key]
        maker = self._makers.pop(key)
        page = maker()
        page.setAccessibleName(self.tr("{title} page").format(title=self._titles[key]))
        index = self._keys.index(key)
        stand_in = self.pages.widget(index)
        showing = self.pages.currentIndex() == index
        self.pages.insertWidget(index, page)
        if stand_in is not None:
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        if showing:
            self.pages.setCurrentIndex(index)
        self._built[key] = page
        for callback in self._on_built.pop(key, []):
            callback(page)
        return page

    def is_built(self, key: str) -> bool:
        return key in self._built

    def when_built(self, key: str, callback: Callable[[QWidget], None]) -> None:
        """Call ``callback(page)`` once the page exists (now, if it already does)."""
        if key in self._built:
            callback(self._built[key])
        else:
            self._on_built.setdefault(key, []).append(callback)

    def built_pages(self) -> list[QWidget]:
        return [self._built[key] for key in self._keys if key in self._built]

    def closeEvent(self, event: QCloseEvent) -> None:
        """Commit whatever a field still holds before the window goes."""
        self.flush()
        super().closeEvent(event)

    def flush(self) -> None:
        """Commit typed text that is waiting for its pause (notes, focus, reflection),
        then every edit still waiting for the database (what cannot be committed
        now stays in the journal, and the next start commits it)."""
        from PySide6.QtWidgets import QApplication

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
        self.waiting_label.setAccessibleName(self.tr("Changes not saved yet"))
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setStyleSheet("color: #7a4100; background: #fff4e5; padding: 2px 8px; border-radius: 4px;")
        self.waiting_label.hide()
        self.statusBar().addWidget(self.waiting_label, 1)
        for signal in (pending.saved, pending.waiting, pending.refused):
            signal.connect(self._show_waiting)  # a method: disconnected when this window goes
        saved, waiting = pending.replay()
        if pending.load_problem:
            self.statusBar().showMessage(self.tr("Some edits from last time could not be read: {why}.")
                                         .format(why=pending.load_problem))
        elif waiting:
            self.statusBar().showMessage(
                self.tr("1 change typed before the app last closed is not saved yet ({why}); nothing is lost: it is "
                        "kept and saved as soon as the database takes it.").format(why=pending.fault)
                if waiting == 1 else
                self.tr("{n} changes typed before the app last closed are not saved yet ({why}); nothing is lost: "
                        "they are kept and saved as soon as the database takes them.").format(n=waiting,
                                                                                               why=pending.fault))
        elif saved:
            self.statusBar().showMessage(
                self.tr("The change typed just before the app last closed was saved.") if saved == 1 else
                self.tr("The {n} changes typed just before the app last closed were saved.").format(n=saved), 15_000)

    def _show_waiting(self, *_: object) -> None:
        """While anything waits for the database, the status bar says so, on every page."""
        from walkthrough.ui.pending import pending_writes

        pending = pending_writes(self.repo)
        count = pending.count()
        if count and pending.fault:
            self.waiting_label.setText(
                self.tr("1 change is not saved yet: {why}. Nothing is lost: it is kept and saved as soon as the "
                        "database takes it.").format(why=pending.fault) if count == 1 else
                self.tr("{n} changes are not saved yet: {why}. Nothing is lost: they are kept and saved as soon as "
                        "the database takes them.").format(n=count, why=pending.fault))
        self.waiting_label.setVisible(bool(count and pending.fault))

    def add_page(
        self, key: str, title: str, page: QWidget | Callable[[], QWidget], *, position: int | None = None
    ) -> None:
        """Add a page to the navigation (``position`` None appends). ``page`` is
        the page, or a function that builds it when it is first shown."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidgetItem

        self._ensure_navigation()
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(item.sizeHint().expandedTo(self.navigation.sizeHint().boundedTo(item.sizeHint())))
        if position is None:
            position = len(self._keys)
        self._titles[key] = title
        if isinstance(page, QWidget):
            page.setAccessibleName(self.tr("{title} page").format(title=title))
            self._built[key] = page
            shown = page
        else:
            self._makers[key] = page
            shown = QWidget()  # a stand-in until the page is first shown
            shown.setAccessibleName(self.tr("{title} page").format(title=title))
        self.navigation.insertItem(position, item)
        self.pages.insertWidget(position, shown)
        self._keys.insert(position, key)

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.navigation.setCurrentRow(self._keys.index(key))
        return page

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def current_page_key(self) -> str:
        if self.first_run is not None and self.pages.currentWidget() is self.first_run:
            return "setup"
        return self._keys[self.pages.currentIndex()]

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            key = self._keys[row]
            built_now = key not in self._built
            page = self.page(key)
            self.pages.setCurrentIndex(row)
            refresh = getattr(page, "refresh", None)
            # A page that read everything as it was built (``read_when_built``) is not read twice.
            if callable(refresh) and not (built_now and getattr(page, "read_when_built", False)):
                refresh()
            self.page_changed.emit(key)

    def _say(self, text: str) -> None:
        """The banner's text, shown as typed (never as rich text)."""
        from PySide6.QtCore import Qt

        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setText(text)

    def add_notice(self, text: str) -> None:
        """Show a line in the banner above the pages (plain text)."""
        shown = "" if self.banner.isHidden() else self.banner.text()
        self._say((shown + "\n" if shown else "") + text)
        self.banner.show()

    def _sync_at_start(self) -> None:
        if self.isVisible() and self.repo.sync_folder():
            self.sync_page.sync_if_folder()

    def _records_changed(self, tables: frozenset[str]) -> None:
        """Records changed behind the pages (a sync): the page on screen re-reads now, the
        others when they are next shown."""
        from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

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
        if not getattr(self, "_refresh_waiting", False):
            return  # before naming the text classes: the first focus, before the first paint, makes their enums
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

        if not isinstance(new, QLineEdit | QTextEdit | QPlainTextEdit):
            self._refresh_current()

    def frameworks_installed(self, reports: Sequence[InstallReport]) -> None:
        """The built-in frameworks were installed behind the pages (``ui/startup.py``): say what
        could not be, and let the pages re-read the frameworks."""
        from walkthrough.storage.framework_store import InstallResult

        self._show_install_problems(reports)
        if any(r.result in (InstallResult.INSTALLED, InstallResult.UPDATED) for r in reports):
            self.repo.forget_parsed_frameworks()
            self.changes.changed({"frameworks"})

    def _show_install_problems(self, reports: Sequence[InstallReport]) -> None:
        problems = [core_text.text(p) for r in reports for p in r.problems]
        if problems:
            shown = "\n".join(problems[:6]) + ("\n…" if len(problems) > 6 else "")
            self._say(
                self.tr("Some built-in framework files could not be installed; the others are ready to use.") + "\n"
                + shown
            )
            self.banner.show()
