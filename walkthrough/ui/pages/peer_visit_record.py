"""During the visit: the host's focus on top, fast notes stamped with the
minute of the visit, one tap between noticing / wondering / evidence, and the
framework's look-fors as prompts. Each note commits when it is added."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from walkthrough.core.model import Note, NoteKind, Observation
from walkthrough.core.peer import NOTE_KIND_LABELS, VISIT_NOTE_KINDS, PeerVisit, visit_minute
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError, StoreUnavailable
from walkthrough.ui import core_text
from walkthrough.ui.framework_text import shown
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.look_for_prompts import LookForPrompts
from walkthrough.ui.widgets.note_editor import NoteEditor
from walkthrough.ui.widgets.peer_style import STYLE, button, heading, notice, restyle, say

KIND_HINTS: dict[NoteKind, object] = {
    NoteKind.NOTICING: QT_TRANSLATE_NOOP("NoteKinds", "What you saw or heard, as a camera would record it."),
    NoteKind.WONDERING: QT_TRANSLATE_NOOP("NoteKinds", "A question, e.g. “I wonder how the pairs were chosen.”"),
    NoteKind.EVIDENCE: QT_TRANSLATE_NOOP("NoteKinds", "A moment that speaks to the host's focus."),
}

#: The note kinds' names on screen (core/peer.py's NOTE_KIND_LABELS are the English, for exports and the CLI).
KIND_LABELS: dict[NoteKind, object] = {
    NoteKind.NOTICING: QT_TRANSLATE_NOOP("NoteKinds", "Noticing"),
    NoteKind.WONDERING: QT_TRANSLATE_NOOP("NoteKinds", "Wondering"),
    NoteKind.EVIDENCE: QT_TRANSLATE_NOOP("NoteKinds", "Evidence for the focus"),
    NoteKind.REFLECTION: QT_TRANSLATE_NOOP("NoteKinds", "Reflection"),
    NoteKind.NEXT_STEP: QT_TRANSLATE_NOOP("NoteKinds", "Next step"),
}


def kind_label(kind: NoteKind) -> str:
    """A note kind's name in the interface's language."""
    return QCoreApplication.translate("NoteKinds", str(KIND_LABELS.get(kind, NOTE_KIND_LABELS[kind])))


def kind_hint(kind: NoteKind) -> str:
    """What to write in a note of ``kind``, in the interface's language."""
    return QCoreApplication.translate("NoteKinds", str(KIND_HINTS[kind]))


def next_kind(kind: NoteKind) -> NoteKind:
    kinds = list(VISIT_NOTE_KINDS)
    return kinds[(kinds.index(kind) + 1) % len(kinds)] if kind in kinds else kinds[0]


class NoteRow(QWidget):
    """One note: its minute, its kind (tap to switch) and Remove on a line, and its words under them
    (the whole width of a narrow pane is the note's)."""

    def __init__(self, note: Note, about: str) -> None:
        super().__init__()
        rows = QVBoxLayout(self)
        rows.setContentsMargins(6, 4, 6, 4)
        rows.setSpacing(2)
        layout = QHBoxLayout()
        rows.addLayout(layout)
        minute = QLabel(self.tr("min {minute}").format(minute=note.minute) if note.minute is not None else "")
        minute.setFixedWidth(56)
        minute.setAccessibleName(self.tr("Minute of the visit"))
        layout.addWidget(minute)
        label = kind_label(note.kind)
        self.kind = QPushButton(label)
        self.kind.setProperty("badge", note.kind.value)
        self.kind.setMinimumHeight(48)
        self.kind.setFixedWidth(190)
        self.kind.setAccessibleName(self.tr("{kind}: tap to switch the kind of this note").format(kind=label))
        layout.addWidget(self.kind)
        about_line = "\n" + self.tr("— about: {prompt}").format(prompt=about) if about else ""
        text = plain_label(note.text + about_line)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("Note"))
        layout.addStretch(1)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setMinimumHeight(48)
        self.remove.setAccessibleName(self.tr("Remove this note"))
        layout.addWidget(self.remove)
        rows.addWidget(text)


class RecordView(QWidget):
    back = Signal()
    finished = Signal(str)  # observation id

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.observation: Observation | None = None
        self.visit: PeerVisit | None = None
        self.me: str | None = None
        self.kind = NoteKind.NOTICING
        self.prompts = LookForPrompts()
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        self.back_button = button(self.tr("◀ My visits"), self.tr("Back to my peer visits"))
        self.back_button.clicked.connect(self.back.emit)
        self.title = heading("", 20)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.timer_label.setAccessibleName(self.tr("Minute of the visit"))
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.timer_label)
        outer.addLayout(top)
        self.focus_caption = QLabel()
        self.focus_caption.setObjectName("focusCaption")
        self.focus_caption.setWordWrap(True)
        self.focus_banner = plain_label()
        self.focus_banner.setObjectName("focusBanner")
        self.focus_banner.setWordWrap(True)
        self.focus_banner.setAccessibleName(self.tr("The host's focus"))
        outer.addWidget(self.focus_caption)
        outer.addWidget(self.focus_banner)
        self.message = notice(self.tr("What happened"))
        outer.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        l_layout = QVBoxLayout(left)
        l_layout.setContentsMargins(0, 0, 8, 0)
        kinds = QHBoxLayout()
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[NoteKind, QPushButton] = {}
        for kind in VISIT_NOTE_KINDS:
            made = button(kind_label(kind), self.tr("The next note: {kind}").format(kind=kind_label(kind)))
            made.setCheckable(True)
            made.setProperty("kind", kind.value)
            made.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            made.clicked.connect(lambda _c=False, k=kind: self.choose_kind(k))
            self.kind_group.addButton(made)
            self.kind_buttons[kind] = made
            kinds.addWidget(made)
        l_layout.addLayout(kinds)
        target_row = QHBoxLayout()
        self.target_label = plain_label()
        self.target_label.setWordWrap(True)
        self.target_label.setAccessibleName(self.tr("What the next note is about"))
        self.clear_target = button("✕", self.tr("The next note is not about a prompt"))
        self.clear_target.setFixedWidth(48)
        self.clear_target.clicked.connect(lambda: self.prompts.choose_target(None))
        target_row.addWidget(self.target_label, 1)
        target_row.addWidget(self.clear_target)
        l_layout.addLayout(target_row)
        self.editor = NoteEditor(self.tr("Note"), lines=3, drafts=pending_writes(repo))
        self.editor.submitted.connect(self.add_note)
        l_layout.addWidget(self.editor)
        add_row = QHBoxLayout()
        self.add_button = button(self.tr("Add note"), self.tr("Add the note"), primary=True)
        self.add_button.clicked.connect(self.add_note)
        add_row.addWidget(QLabel(self.tr("Ctrl+Enter adds the note")), 1)
        add_row.addWidget(self.add_button)
        l_layout.addLayout(add_row)
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("My notes, newest first"))
        self.notes.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap to its width
        self.notes.viewport().installEventFilter(self)
        l_layout.addWidget(self.notes, 1)
        splitter.addWidget(left)
        self.prompts.seen_toggled.connect(self.mark_seen)
        self.prompts.target_chosen.connect(lambda _key: self._show_target())
        splitter.addWidget(self.prompts)
        splitter.setSizes([720, 480])
        outer.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.finish_button = button(self.tr("Finish my notes and go to the debrief"),
                                    self.tr("Finish my notes and go to the debrief"))
        self.finish_button.clicked.connect(self.finish)
        bottom.addWidget(self.finish_button)
        outer.addLayout(bottom)
        self._clock = QTimer(self)
        self._clock.setInterval(10_000)
        self._clock.timeout.connect(self._tick)

    # Showing ----------------------------------------------------------------
    def open_observation(self, observation_id: str, me: str | None) -> None:
        self.me = me
        self.observation = self.repo.peer_observation(observation_id, me)
        self.visit = self.repo.peer_visit_of_observation(observation_id)
        host = self.repo.person(self.observation.teacher_id).name if self.observation.teacher_id else \
            self.tr("the host")
        room = self.repo.room(self.observation.room_id).name if self.observation.room_id else ""
        self.title.setText(self.tr("Visiting {host}'s class").format(host=host) + (f" · {room}" if room else ""))
        focus = self.visit.focus.strip() if self.visit is not None else ""
        self.focus_caption.setText(self.tr("{host}'s focus: what {host} asked you to notice").format(host=host))
        self.focus_banner.setText(focus or self.tr("{host} did not write a focus: note what you see and hear.")
                                  .format(host=host))
        self.prompts.set_framework(shown(self.repo.observation_framework(self.observation)))
        self.editor.bind_draft(f"peer_visit_note/{observation_id}/draft")  # a note typed but not added is kept
        say(self.message, "")
        self.choose_kind(NoteKind.NOTICING)
        self._reload()
        self._tick()
        self._clock.start()
        self.editor.editor.setFocus()

    def _reload(self) -> None:
        assert self.observation is not None
        notes = self.repo.notes(self.observation.id)
        framework = shown(self.repo.observation_framework(self.observation))
        prompts = {lf.key: lf.prompt for lf in framework.look_fors}
        self.notes.clear()
        counts: dict[str, int] = {}
        for note in reversed(notes):
            if note.look_for_key:
                counts[note.look_for_key] = counts.get(note.look_for_key, 0) + 1
            row = NoteRow(note, prompts.get(note.look_for_key or "", ""))
            row.kind.clicked.connect(lambda _c=False, n=note: self.switch_kind(n))
            row.remove.clicked.connect(lambda _c=False, n=note: self.remove_note(n))
            item = QListWidgetItem()
            self.notes.addItem(item)
            self.notes.setItemWidget(item, row)
        self._fit_notes()
        self.prompts.display(self.repo.seen_look_fors(self.observation.id), counts)
        self._show_target()

    def _fit_notes(self) -> None:
        """Each note as tall as its words need at the list's width (never wider: no sideways scrolling)."""
        width = self.notes.viewport().width()
        for i in range(self.notes.count()):
            item = self.notes.item(i)
            row = self.notes.itemWidget(item)
            if row is not None:
                item.setSizeHint(QSize(width, max(row.heightForWidth(width), row.minimumSizeHint().height())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_notes()
        return super().eventFilter(watched, event)

    def _show_target(self) -> None:
        key = self.prompts.target
        if key is None or key not in self.prompts.cards:
            self.target_label.setText(self.tr("The next note is about the lesson in general. "
                                              "Tap “Note” on a prompt to tie the next note to it."))
            self.clear_target.hide()
        else:
            self.target_label.setText(self.tr("The next note is about: {prompt}")
                                      .format(prompt=self.prompts.cards[key].look_for.prompt))
            self.clear_target.show()
        for k, card in self.prompts.cards.items():
            card.note.setChecked(k == key)
            card.setProperty("target", k == key)
            restyle(card)

    def _tick(self) -> None:
        if self.observation is not None:
            minute = visit_minute(self.observation.started_at)
            self.timer_label.setText(self.tr("Minute {minute}").format(minute=minute))

    def hideEvent(self, event: QHideEvent) -> None:
        self._clock.stop()
        super().hideEvent(event)

    # Actions ----------------------------------------------------------------
    def choose_kind(self, kind: NoteKind) -> None:
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.editor.editor.setPlaceholderText(kind_hint(kind))

    def add_note(self) -> bool:
        """Add what is typed as a note; False if the store refused it (the text stays)."""
        if self.observation is None or not self.editor.text().strip():
            return True
        try:
            self.repo.add_peer_note(self.observation.id, self.kind, self.editor.text(), by=self.me,
                                    look_for_key=self.prompts.target)
        except StoreUnavailable as exc:
            say(self.message, self.tr("The note was not added yet: {why}. It is still in the box, and kept even if "
                                      "the app closes: tap Add note again in a moment.")
                .format(why=core_text.text(exc)), "error")
            return False
        except StoreError as exc:
            say(self.message, self.tr("The note was not added: {why}.").format(why=core_text.text(exc)), "error")
            return False
        self.editor.clear()
        self.prompts.target = None
        say(self.message, "")
        self._reload()
        self.editor.editor.setFocus()
        return True

    def switch_kind(self, note: Note) -> None:
        try:
            self.repo.set_peer_note_kind(note.id, next_kind(note.kind), by=self.me)
        except StoreError as exc:
            say(self.message, self.tr("Not changed: {why}.").format(why=core_text.text(exc)), "error")
        self._reload()

    def remove_note(self, note: Note) -> None:
        try:
            self.repo.remove_peer_note(note.id, by=self.me)
        except StoreError as exc:
            say(self.message, self.tr("Not removed: {why}.").format(why=core_text.text(exc)), "error")
        self._reload()

    def mark_seen(self, key: str, seen: bool) -> None:
        if self.observation is None:
            return
        try:
            self.repo.mark_peer_seen(self.observation.id, key, seen, by=self.me)
        except (StoreError, ValueError) as exc:
            say(self.message, self.tr("Not marked: {why}.").format(why=core_text.text(exc)), "error")
        self._reload()

    def finish(self) -> None:
        if self.observation is None:
            return
        if not self.add_note():
            return
        try:
            self.repo.finish_peer_notes(self.observation.id, by=self.me)
        except StoreError as exc:
            say(self.message, self.tr("Not finished: {why}.").format(why=core_text.text(exc)), "error")
            return
        self._clock.stop()
        self.finished.emit(self.observation.id)
