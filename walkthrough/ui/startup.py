"""A start that never ends in an empty window.

:class:`Starter` takes the app from nothing to the main window, or to the
safe-start window that says what stops it:

1. the data folder is checked and locked (one copy of the app per folder).
   A second start asks the first copy, over a local socket
   (:class:`SingleInstance`), to bring its window forward, and exits; if no
   window answers (a headless command holds the folder), it says plainly
   that the folder is in use;
2. the main window's frame is shown at once, then the database is checked
   read-only (``storage.first_look``, plain sqlite3). At a first start (no
   school, nobody yet) the setup's welcome is the first page: it needs no data,
   so it is shown at once and the stores open (``storage.startup``: sqlite-utils,
   the schema steps, a new database made) right after it is painted. Otherwise
   the stores open and the first page is built on them. Any problem hides the
   frame and shows :class:`~walkthrough.ui.dialogs.safe_start.SafeStartWindow`;
3. ``window_ready`` is logged once the first page is painted; then the built-in
   frameworks are checked and, if none was made today, a backup is made, both on
   a background thread.

Restoring a backup from the Backups page reopens the main window on the
restored data (:meth:`Starter.reopen`).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from walkthrough.folder_lock import DataFolderLock, FolderInUse, lock_folder
from walkthrough.log import current_log_file
from walkthrough.paths import (
    FORMS_DIR,
    StartProblem,
    database_path,
    new_data_folder_beside,
    prepare_data_folder,
    remember_data_dir,
)
from walkthrough.ui import core_text
from walkthrough.ui.mainwindow import MainWindow
from walkthrough.ui.painted import when_painted
from walkthrough.ui.tasks import TaskManager
from walkthrough.ui.window_place import show_placed

if TYPE_CHECKING:  # the storage layer loads after the window frame is shown (sqlite-utils alone takes 0.1 s)
    from walkthrough.storage.backup import Backup
    from walkthrough.storage.framework_store import InstallReport
    from walkthrough.storage.startup import OpenedData
    from walkthrough.ui.dialogs.safe_start import SafeStartWindow
    from walkthrough.ui.single_instance import SingleInstance

log = logging.getLogger("walkthrough.ui")

CHECKPOINT_EVERY_MS = 20_000
EXIT_NOT_OPENED = 1


class Starter(QObject):
    """Opens the data folder into the main window or the safe-start window."""

    main_window_ready = Signal(object)  # the MainWindow
    safe_start_shown = Signal(object)  # the SafeStartWindow

    def __init__(self, app: QApplication, folder: Path, *, folder_chosen: bool = True) -> None:
        super().__init__()
        self.app = app
        self.folder = folder
        self.folder_chosen = folder_chosen
        self.started = time.perf_counter()
        self.window: MainWindow | None = None
        self.safe_window: SafeStartWindow | None = None
        self.opened: OpenedData | None = None
        self.lock: DataFolderLock | None = None
        self.instance: SingleInstance | None = None
        self.tasks = TaskManager(self)
        self.exit_code = 0
        self.pending_notice = ""  # said in the main window once it opens (after a restore at start)
        self.is_ready = False  # the first page has been painted (``window_ready``)

    # The way in --------------------------------------------------------------------------------
    def start(self) -> None:
        if self.lock is None or not self.lock.held:
            try:
                self.lock = lock_folder(self.folder)
            except FolderInUse as in_use:
                from walkthrough.ui.single_instance import SingleInstance

                # A copy of the app listens once its first page is shown: asked again until then. A
                # headless command (named in the lock's note) never listens: asked once.
                app_holds = in_use.holder.get("what", "app") == "app"
                if SingleInstance.ask_running_copy_to_show(self.folder, keep_asking=app_holds):
                    log.info("second start: the open window was brought forward",
                             extra={"event": {"event": "second_start_forwarded"}})
                    print("walkthrough: Walkthrough is already open on this data folder; its window was brought "
                          "forward.", file=sys.stderr)
                    QTimer.singleShot(0, lambda: self.app.exit(0))
                    return
                self.show_problem(in_use)
                return
            except StartProblem as problem:
                self.show_problem(problem)
                return
        self.window = MainWindow(data_dir=self.folder, watchers_later=True)  # see _ready
        show_placed(self.window)  # maximised on a small screen, else where it was left
        log.info("main window shown", extra={"event": {"event": "window_shown",
                                                       "seconds": round(time.perf_counter() - self.started, 4)}})
        QTimer.singleShot(0, self.attach)

    def attach(self) -> None:
        """The first page in the main window (or the safe-start window that says what stops it)."""
        from walkthrough.storage.first_look import first_look

        window = self.window
        assert window is not None
        self.is_ready = False
        try:
            look = first_look(database_path(self.folder))
        except StartProblem as problem:
            self._not_opened(problem)
            return
        if look.first_run:  # the welcome needs no data: shown now, the data opened once it is painted
            first = window.show_setup()
            window.data_needed.connect(self.open_data_now)
        elif not self.open_data_now():
            return
        else:
            first = window.pages.currentWidget() or window
        when_painted(first, lambda: self._ready(window))

    def _ready(self, window: MainWindow) -> None:
        """The first page is on screen: logged; then what waited for it."""
        if self.window is not window or not window.isVisible():
            return  # replaced, or closed before its first paint: nothing waits for it now
        self.is_ready = True
        log.info("main window ready", extra={"event": {
            "event": "window_ready", "seconds": round(time.perf_counter() - self.started, 4),
            "cpu_seconds": round(time.process_time(), 4)}})  # since the process started: a loaded machine's figure
        window.watch_the_app()  # finger scrolling and the idle sign-out (see MainWindow)
        self.listen_for_second_starts()
        if self.opened is None:
            QTimer.singleShot(0, self.open_data_now)
        else:
            self._after_ready()

    def listen_for_second_starts(self) -> None:
        """From now on a second start on this folder brings this window forward (until then it
        waits for this: ``SingleInstance.ask_running_copy_to_show``). Once the first page is on
        screen: QtNetwork is not loaded before it."""
        from walkthrough.ui.single_instance import SingleInstance

        if self.instance is not None:
            return
        self.instance = SingleInstance(self.folder, self)
        self.instance.raise_requested.connect(self.bring_forward)
        if not self.instance.listen():
            log.warning("a second start will not find this window: %s", self.instance.server.errorString())

    def open_data_now(self) -> bool:
        """Open the stores into the main window (at once if not done yet); False if the data
        cannot be opened (the safe-start window says why)."""
        from walkthrough.storage.startup import open_data

        window = self.window
        if self.opened is not None or window is None:
            return self.opened is not None
        try:
            self.opened = open_data(self.folder, lock=self.lock, background_checkpoints=True, check_large_later=True)
        except StartProblem as problem:
            self._not_opened(problem)
            return False
        self._attach_window(window)
        log.info("data opened", extra={"event": {"event": "data_opened",
                                                 "seconds": round(time.perf_counter() - self.started, 4)}})
        if self.is_ready:
            self._after_ready()
        return True

    def _not_opened(self, problem: StartProblem) -> None:
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.show_problem(problem)

    def _after_ready(self) -> None:
        self.install_built_in_frameworks()
        if self.opened is not None and self.opened.check_later:
            self.check_database_later()
        self.back_up_if_due()

    def check_database_later(self) -> None:
        """SQLite's quick_check of a large database, on the background thread (it reads every page:
        about 2 s on the 100,000-visit database). Damage found is said in the window's banner."""
        from walkthrough.storage.startup import later_check

        folder, window = self.folder, self.window

        def done(result: object) -> None:
            log.info("database checked", extra={"event": {"event": "database_checked", "sound": result is None,
                                                          "seconds": round(time.perf_counter() - self.started, 4)}})
            if result is None or window is None or self.window is not window or self.opened is None:
                return
            log.warning("the database is damaged (SQLite's check says: %s)", result)
            window.add_notice(self.tr("SQLite's check found damage in the database ({why}). What can be read is "
                                      "shown; restore the last good backup from the Backups page before recording "
                                      "more.").format(why=result))

        self.tasks.run(lambda: later_check(folder), done,
                       lambda exc: log.warning("the database could not be checked: %s", exc))

    def install_built_in_frameworks(self) -> None:
        """Install the built-in frameworks that changed, on the background thread after the
        window is ready (parsing every file in forms/ is not worth a wait at each start);
        the pages then re-read the frameworks. A file that cannot be installed is said in the
        window's banner, as before."""
        assert self.opened is not None
        database = self.opened.repo.database_file
        window = self.window

        from walkthrough.storage.framework_store import InstallResult

        def work() -> list[InstallReport]:
            from walkthrough.storage import Repository

            repo = Repository.open(database)
            try:
                return repo.install_framework_files([FORMS_DIR])
            finally:
                repo.close()

        def done(reports: object) -> None:
            assert isinstance(reports, list)
            for report in reports:
                for framework_problem in report.problems:
                    log.warning("built-in framework not installed: %s", framework_problem)
            changed = sum(1 for r in reports if r.result in (InstallResult.INSTALLED, InstallResult.UPDATED))
            log.info("built-in frameworks checked", extra={"event": {
                "event": "frameworks_installed", "changed": changed,
                "seconds": round(time.perf_counter() - self.started, 4)}})
            if window is not None and self.window is window and self.opened is not None:  # not shut down since
                window.frameworks_installed(reports)

        def failed(exc: Exception) -> None:
            log.warning("the built-in frameworks could not be checked: %s", exc)
            if window is not None and self.window is window:
                window.add_notice(self.tr("The built-in frameworks could not be installed this time: {why}")
                                  .format(why=core_text.text(exc)))

        self.tasks.run(work, done, failed)

    def _attach_window(self, window: MainWindow, reports: Sequence[InstallReport] = ()) -> None:
        assert self.opened is not None
        repo = self.opened.repo
        window.attach(repo, reports, first_run=not repo.schools() and not repo.people())
        newer = self.opened.newer_app_version()
        if newer:
            window.add_notice(
                self.tr("This data was last opened by Walkthrough {version}, which is newer than this copy. It "
                        "opens normally; update this copy when you can.").format(version=newer)
            )
        if self.pending_notice:
            window.add_notice(self.pending_notice)
            self.pending_notice = ""
        keep_checkpointing(window)
        self._follow(window)
        self.main_window_ready.emit(window)

    def _follow(self, window: MainWindow) -> None:
        """What the starter keeps doing for the main window, and for the one that takes its place
        when the language changes (``ui/language_switch``)."""
        window.reopen_requested.connect(self.reopen)
        window.replaced.connect(self._replaced)

    def _replaced(self, window: MainWindow) -> None:
        self.window = window
        keep_checkpointing(window)
        self._follow(window)

    def bring_forward(self) -> None:
        shown: QWidget | None = self.window if self.window is not None else self.safe_window
        if shown is None:
            return
        shown.showNormal()
        shown.raise_()
        shown.activateWindow()
        log.info("brought forward for a second start", extra={"event": {"event": "window_brought_forward"}})

    # The safe start ---------------------------------------------------------------------------
    def show_problem(self, problem: StartProblem) -> None:
        from walkthrough.storage.backup import backups, check_backup
        from walkthrough.ui.dialogs.safe_start import SafeStartWindow

        log.warning("the data cannot be opened: %s", problem,
                    extra={"event": {"event": "safe_start_shown", "problem": getattr(problem, "kind", "folder")}})
        if self.lock is not None and self.lock.held:
            self.listen_for_second_starts()  # a second start brings the safe-start window forward
        backup: Backup | None = None
        checked = 0
        if problem.can_restore:
            for candidate in backups(self.folder):
                checked += 1
                if check_backup(candidate) is None:
                    backup = candidate
                    break
        stamp = time.strftime("%Y-%m-%d %H%M")
        if self.safe_window is not None:
            self.safe_window.dismiss()
        self.safe_window = SafeStartWindow(
            problem,
            backup=backup,
            backups_checked=checked,
            new_folder=new_data_folder_beside(self.folder, stamp),
            log_file=current_log_file(),
        )
        self.safe_window.restore_chosen.connect(self.restore)
        self.safe_window.new_folder_chosen.connect(self.use_new_folder)
        self.safe_window.retry_chosen.connect(self.retry)
        self.safe_window.quit_chosen.connect(self.quit_not_opened)
        self.safe_window.show()
        self.safe_start_shown.emit(self.safe_window)

    def restore(self, backup: Backup) -> None:
        from walkthrough.storage.backup import restore_file

        try:
            moved = restore_file(backup, database_path(self.folder))
        except StartProblem as problem:
            self.show_problem(problem)
            return
        log.info("backup restored at start", extra={"event": {
            "event": "backup_restored", "path": str(backup.path), "set_aside": str(moved) if moved else None}})
        kept = " " + self.tr("The file that could not be opened is kept, unchanged, as {file}.").format(file=moved) \
            if moved else ""
        self.pending_notice = self.tr("Restored the backup of {when}.").format(when=backup.local_time) + kept
        self._leave_safe_start()

    def use_new_folder(self) -> None:
        folder = new_data_folder_beside(self.folder, time.strftime("%Y-%m-%d %H%M"))
        try:
            prepare_data_folder(folder)
            lock = lock_folder(folder)
        except StartProblem as problem:
            self.show_problem(problem)
            return
        if self.lock is not None:
            self.lock.release()
        self.lock = lock
        self.folder = folder
        if self.instance is not None:
            self.instance.deleteLater()
            self.instance = None
        if not self.folder_chosen:
            try:
                remember_data_dir(folder)
            except OSError as exc:
                log.warning("the new data folder cannot be remembered for the next start: %s", exc.strerror)
        log.info("new empty data folder", extra={"event": {"event": "new_data_folder", "folder": str(folder)}})
        self._leave_safe_start()

    def retry(self) -> None:
        self._leave_safe_start()

    def _leave_safe_start(self) -> None:
        if self.safe_window is not None:
            self.safe_window.dismiss()
            self.safe_window = None
        self.start()

    def quit_not_opened(self) -> None:
        self.exit_code = EXIT_NOT_OPENED
        self.app.exit(EXIT_NOT_OPENED)

    # After the start --------------------------------------------------------------------------
    def back_up_if_due(self) -> None:
        """Today's backup, on the background thread (2.4 s on the 100,000-visit database)."""
        from walkthrough.storage.backup import Reason, daily_backup_due, make_backup

        if not daily_backup_due(self.folder):
            return
        database = database_path(self.folder)
        window = self.window

        def failed(exc: Exception) -> None:
            log.warning("today's backup could not be made: %s", exc)
            if window is not None and self.window is window:
                window.add_notice(self.tr("Today's backup could not be made: {why}").format(why=core_text.text(exc)))

        self.tasks.run(lambda: make_backup(database, Reason.DAILY), on_failed=failed)

    def reopen(self) -> None:
        """Open a new main window on the (restored) data and close the old one."""
        old = self.window
        assert self.opened is not None
        self.pending_notice = self.tr("The backup was restored; the data as it was before is kept as a backup too.")
        self.window = MainWindow(data_dir=self.folder)
        show_placed(self.window)  # maximised on a small screen, else where it was left
        self._attach_window(self.window)
        if old is not None:
            old.hide()
            old.deleteLater()

    def shutdown(self) -> None:
        """After the event loop: finish background work, close the database, let the folder go."""
        self.tasks.wait(60_000)
        if self.opened is not None:
            from walkthrough.storage.db import checkpoint

            path = self.opened.repo.database_file
            self.opened.repo.close()
            if path:
                try:
                    checkpoint(path)
                except Exception as exc:  # a full disk at exit: the WAL keeps everything
                    log.warning("the last checkpoint failed (the data is safe in the WAL): %s", exc)
            self.opened = None
        if self.lock is not None:
            self.lock.release()


def keep_checkpointing(window: MainWindow) -> QTimer:
    """Copy the WAL into the database every 20 s on the background thread,
    so no tap ever waits for it (see storage.db.open_database)."""
    from walkthrough.storage.db import checkpoint

    path = window.repo.database_file
    tasks = TaskManager(window)
    timer = QTimer(window)
    timer.setInterval(CHECKPOINT_EVERY_MS)
    timer.timeout.connect(lambda: tasks.run(lambda: checkpoint(path)))
    if path:
        timer.start()
    window.destroyed.connect(lambda: tasks.wait(5000))
    return timer
