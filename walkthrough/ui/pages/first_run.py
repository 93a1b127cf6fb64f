"""The first run: a short setup when the data folder is empty.

Welcome (set up, or explore the demo district) → you (the first profile is the
administrator) → your district and school → its rooms and teachers (a roster
file, or typed one per line, or later) → the frameworks to use → done. Each step
is saved as it is left (the profile, the school, the roster: each one store
action), so a setup stopped half way keeps what was done; every step can be
changed later (School directory, Settings). The roster and the demo district are
read and written on the background thread.

At a first start the welcome is shown before the database is open (it needs no
data): the page is made with no repository, and the app's starter opens the
data right after the welcome is painted (:meth:`FirstRunPage.attach_repo`). Anything
that needs the data before then (a tap faster than that) asks for it at once
(``data_needed``), so no tap is lost or answered from nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from walkthrough.ui import core_text
from walkthrough.ui.pages.first_run_roster import RosterStep
from walkthrough.ui.pages.setup_labels import heading as _heading
from walkthrough.ui.pages.setup_labels import make_plain as _plain
from walkthrough.ui.pages.setup_labels import text as _text
from walkthrough.ui.settings import LANGUAGES, AppSettings
from walkthrough.ui.tasks import TaskManager
from walkthrough.ui.widgets.controls import line_edit, touch_button

if TYPE_CHECKING:  # the stores load after the welcome is shown (see the module's description); the
    # steps after the welcome import what they use (the welcome is the app's first page at a first start)
    from walkthrough.core.framework_types import Mode
    from walkthrough.core.roster import Roster
    from walkthrough.storage import Repository
    from walkthrough.storage.roster_store import RosterPlan

STEPS = ("welcome", "you", "school", "roster", "frameworks", "done")


class FirstRunPage(RosterStep):
    finished = Signal(str)  # the page to open next: "walkthroughs", or "directory"
    demo_made = Signal()
    data_needed = Signal()  # the repository is wanted now (see the module's description)

    def refresh(self) -> None:
        """Records changed behind the setup (the built-in frameworks were installed)."""
        if self.step == "frameworks":
            self._fill_frameworks()

    def __init__(self, repo: Repository | None = None) -> None:
        super().__init__()
        self._repo = repo
        self.settings = AppSettings()
        self.tasks = TaskManager(self)
        self.admin_id: str | None = None
        self.school_id: str | None = None
        self.roster: Roster | None = None
        self.imported: RosterPlan | None = None
        centred = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(860)  # a readable column on a wide screen
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        outer = QVBoxLayout(column)
        outer.setContentsMargins(28, 28, 28, 28)
        self.progress = _text(subtle=True, plain=repo is not None)  # else plain once the data is open
        self.progress.setAccessibleName(self.tr("Setup step"))
        outer.addWidget(self.progress)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)
        self.message = _text(plain=repo is not None)
        self.message.setAccessibleName(self.tr("Setup message"))
        self.message.setStyleSheet("color: #8a1c1c;")
        outer.addWidget(self.message)
        nav = QHBoxLayout()
        self.back_button = touch_button(self.tr("Back"), self.tr("Back to the step before"))
        self.back_button.clicked.connect(self.back)
        self.next_button = touch_button(self.tr("Next"), self.tr("Next step"), primary=True)
        self.next_button.setMinimumWidth(180)
        self.next_button.clicked.connect(self.next)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.steps.addWidget(self._welcome())
        self.show_step("welcome")

    @property
    def repo(self) -> Repository:
        if self._repo is None:
            self.data_needed.emit()  # the starter opens the data now (and calls attach_repo)
        if self._repo is None:
            raise RuntimeError("the setup's data could not be opened")  # the safe-start window says why
        return self._repo

    def attach_repo(self, repo: Repository) -> None:
        """The data, opened after the welcome was shown."""
        self._repo = repo
        _plain(self.progress)  # before anything can say what went wrong in them
        _plain(self.message)

    def set_language(self, language: str) -> QWidget:
        """The setup (and everything after it) in ``language`` at once; the window shown."""
        from walkthrough.ui.language_switch import switch_language

        self.repo  # noqa: B018  (the new window opens on the same data: open it first if it is not yet)
        return switch_language(self, language)

    _rest_built = False

    def _build_rest(self) -> None:
        """The steps after the welcome, built when the setup first leaves it: the start shows the
        welcome alone (building every step took 0.05-0.1 s of the first start)."""
        if self._rest_built:
            return
        self._rest_built = True
        for build in (self._you, self._school, self._roster_step, self._frameworks, self._done):
            self.steps.addWidget(build())

    # The steps ----------------------------------------------------------------------------------
    def _welcome(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.addWidget(_heading(self.tr("Welcome to Walkthrough")))
        col.addWidget(_text(self.tr("Classroom walkthroughs and peer visits, offline, on this device. A few steps "
                                    "set up your school; everything can be changed later."), plain=False))
        col.addSpacing(16)
        self.set_up_button = touch_button(self.tr("Set up my school"), self.tr("Set up my school"), primary=True,
                                           height=64)
        self.set_up_button.clicked.connect(lambda: self.show_step("you"))
        col.addWidget(self.set_up_button)
        col.addWidget(_text(self.tr("Your profile, your school, its rooms and teachers (from a spreadsheet or "
                                    "typed), and the frameworks you use."), subtle=True, plain=False))
        col.addSpacing(12)
        self.demo_button = touch_button(self.tr("Explore with the demo district"),
                                        self.tr("Explore with the demo district"), height=64)
        self.demo_button.clicked.connect(self.make_demo)
        col.addWidget(self.demo_button)
        col.addWidget(_text(self.tr("Two made-up schools with a term of walkthroughs and peer visits, to look "
                                    "around first. Use another data folder for your own school (Settings)."),
                            subtle=True, plain=False))
        col.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(QLabel("Language / Idioma"))  # in both: read before a language is chosen
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setMinimumHeight(44)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language or "en")))
        self.language.activated.connect(lambda _i: self.set_language(str(self.language.currentData())))
        row.addWidget(self.language)
        row.addStretch(1)
        col.addLayout(row)
        col.addStretch(1)
        return box

    def _you(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.addWidget(_heading(self.tr("You")))
        col.addWidget(_text(self.tr("You are the first profile on this device, so you are its administrator: you "
                                    "set up the school, and later give others their roles (School directory).")))
        self.name = line_edit(self.tr("Your name"), self.tr("Your name, as colleagues know you"))
        self.name.returnPressed.connect(self.next)
        self.name.textChanged.connect(lambda _t: self._update_next())
        col.addWidget(self.name)
        col.addStretch(1)
        return box

    def _school(self) -> QWidget:
        from PySide6.QtWidgets import QFormLayout

        box = QWidget()
        col = QVBoxLayout(box)
        col.addWidget(_heading(self.tr("Your school")))
        form = QFormLayout()
        self.district = line_edit(self.tr("District"), self.tr("Your district (optional)"))
        self.school_name = line_edit(self.tr("School's name"), self.tr("e.g. Cedar Park Elementary"))
        self.school_name.textChanged.connect(lambda _t: self._update_next())
        self.school_name.returnPressed.connect(self.next)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("School"), self.school_name)
        col.addLayout(form)
        col.addWidget(_text(self.tr("More schools can be added in School directory."), subtle=True))
        col.addStretch(1)
        return box

    def _frameworks(self) -> QWidget:
        from PySide6.QtWidgets import QFormLayout

        from walkthrough.core.framework_types import Mode

        box = QWidget()
        col = QVBoxLayout(box)
        col.addWidget(_heading(self.tr("The frameworks you use")))
        col.addWidget(_text(self.tr("Which look-fors a walkthrough and a peer visit start with. Both can be changed "
                                    "for any round or visit, in Settings, and new frameworks made on the Frameworks "
                                    "page.")))
        form = QFormLayout()
        self.framework_boxes: dict[Mode, QComboBox] = {}
        for mode, label, accessible in ((Mode.BLAST, self.tr("Walkthroughs"), self.tr("Framework for walkthroughs")),
                                        (Mode.PEER, self.tr("Peer visits"), self.tr("Framework for peer visits"))):
            combo = QComboBox()
            combo.setAccessibleName(accessible)
            combo.setMinimumHeight(44)
            self.framework_boxes[mode] = combo
            form.addRow(label, combo)
        col.addLayout(form)
        col.addStretch(1)
        return box

    def _fill_frameworks(self) -> None:
        """The installed frameworks (read when the step shows: the built-in ones are installed
        in the background at the first start)."""
        from walkthrough.core.framework_types import Mode
        from walkthrough.core.peer import DEFAULT_PEER_FRAMEWORK
        from walkthrough.ui.framework_text import shown_title

        for mode, combo in self.framework_boxes.items():
            chosen = combo.currentData() or self.settings.default_framework(mode) or \
                (DEFAULT_PEER_FRAMEWORK if mode is Mode.PEER else "")
            combo.clear()
            for framework in self.repo.frameworks(mode):
                combo.addItem(shown_title(framework.id, framework.title), framework.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _done(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.addWidget(_heading(self.tr("Ready")))
        self.done_text = _text()
        self.done_text.setAccessibleName(self.tr("What was set up"))
        col.addWidget(self.done_text)
        col.addStretch(1)
        return box

    # Moving between steps -----------------------------------------------------------------------
    @property
    def step(self) -> str:
        return STEPS[self.steps.currentIndex()]

    def show_step(self, step: str) -> None:
        if step != "welcome":
            self._build_rest()
        self.steps.setCurrentIndex(STEPS.index(step))
        self.message.setText("")
        index = STEPS.index(step)
        self.progress.setText("" if step in ("welcome", "done") else self.tr("Step {index} of {total}").format(
            index=index, total=len(STEPS) - 2))
        self.back_button.setVisible(step not in ("welcome", "done"))
        self.next_button.setVisible(step != "welcome")
        self.next_button.setText({"frameworks": self.tr("Finish"), "done": self.tr("Start a walkthrough")}.get(
            step, self.tr("Next")))
        if step == "done" and self.imported is None and not self.repo.rooms(self.school_id or ""):
            self.next_button.setText(self.tr("Add rooms in School directory"))
        if step == "frameworks":
            self._fill_frameworks()
        focus = {"you": self.name, "school": self.school_name}.get(step) if self._rest_built else None
        if focus is not None:
            focus.setFocus()
        self._update_next()

    def _update_next(self) -> None:
        step = self.step
        blocked = (step == "you" and not self.name.text().strip()) or \
            (step == "school" and not self.school_name.text().strip())
        self.next_button.setEnabled(not blocked and not self._busy)

    _busy = False

    def back(self) -> None:
        index = STEPS.index(self.step)
        if index > 0:
            self.show_step(STEPS[index - 1])

    def next(self) -> None:
        from walkthrough.storage.base import StoreError

        if not self.next_button.isEnabled():
            return
        try:
            {"you": self._save_you, "school": self._save_school, "roster": self._save_roster,
             "frameworks": self._save_frameworks, "done": self._finish}[self.step]()
        except StoreError as exc:
            self.message.setText(self.tr("Not saved: {exc}.").format(exc=core_text.text(exc)))

    def _save_you(self) -> None:
        from walkthrough.core.model import Role

        name = self.name.text().strip()
        if self.admin_id is None:
            person = self.repo.add_person(name, Role.ADMINISTRATOR, by=None)
            self.admin_id = person.id
            self.repo.switch_profile(person.id)
        elif self.repo.person(self.admin_id).name != name:
            self.repo.update_person(self.admin_id, name=name, by=self.admin_id)
        self.show_step("school")

    def _save_school(self) -> None:
        name = self.school_name.text().strip()
        with self.repo.transaction():
            if self.school_id is None:
                self.school_id = self.repo.add_school(name, by=self.admin_id).id
            elif self.repo.school(self.school_id).name != name:
                self.repo.rename_school(self.school_id, name, by=self.admin_id)
            self.repo.set_district_name(self.district.text(), by=self.admin_id)
        self.show_step("roster")

    def _after_roster(self) -> None:
        self.show_step("frameworks")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if self._rest_built:
            self.roster_button.setEnabled(not busy)
        self.demo_button.setEnabled(not busy)
        self.set_up_button.setEnabled(not busy)
        self._update_next()

    # Frameworks and the end -------------------------------------------------------------------------
    def _save_frameworks(self) -> None:
        from walkthrough.core.model import Role

        for mode, combo in self.framework_boxes.items():
            if combo.count():
                self.settings.set_default_framework(mode, str(combo.currentData()))
        rooms = self.repo.rooms(self.school_id) if self.school_id else []
        teachers = len([p for p in self.repo.people(Role.TEACHER, self.school_id) if p.active])
        school = self.repo.school(self.school_id).name if self.school_id else ""
        self.done_text.setText(self.tr("{school}: {rooms} and {teachers}, saved. {next} Everything here can be "
                                       "changed later in School directory and Settings.").format(
            school=school, rooms=self.rooms_counted(len(rooms)), teachers=self.teachers_counted(teachers),
            next=self.tr("Start your first walkthrough: pick the rooms and walk.") if rooms else
            self.tr("Add the rooms in School directory (or import a roster there), then start a walkthrough.")))
        self.show_step("done")

    def _finish(self) -> None:
        rooms = self.repo.rooms(self.school_id) if self.school_id else []
        self.finished.emit("walkthroughs" if rooms else "directory")

    # The demo district --------------------------------------------------------------------------------
    def make_demo(self) -> None:
        from walkthrough.demo import generate

        database = self.repo.database_file
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Making the demo district (two schools, a term of visits)… about half a minute."))

        def work() -> object:
            from walkthrough.paths import FORMS_DIR
            from walkthrough.storage import Repository

            repo = Repository.open(database)
            try:
                repo.install_framework_files([FORMS_DIR])  # the start may not have installed them yet
                return generate(repo)
            finally:
                repo.close()

        self.tasks.run(work, self._demo_done, self._demo_failed)

    def _demo_done(self, _summary: object) -> None:
        self._set_busy(False)
        self.message.setText("")
        self.demo_made.emit()
        self.finished.emit("walkthroughs")

    def _demo_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.setStyleSheet("color: #8a1c1c;")
        self.message.setText(self.tr("The demo district could not be made: {exc}. Nothing of it was kept.").format(
            exc=core_text.text(exc)))
