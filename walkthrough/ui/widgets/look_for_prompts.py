"""A peer framework's look-fors as prompts: mark one "seen", or tap "Note" so
the next note goes with it. There is no rating control here, by design."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from walkthrough.core.frameworks import Framework, LookFor, ResponseType
from walkthrough.ui.widgets.controls import plain_label, plain_tooltip
from walkthrough.ui.widgets.peer_style import button, restyle

PROMPT_BESIDE_PX = 150  # the narrowest a prompt is worth reading beside its buttons


class PromptCard(QFrame):
    def __init__(self, look_for: LookFor) -> None:
        super().__init__()
        self.look_for = look_for
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Prompt: {prompt}").format(prompt=look_for.prompt))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(2)
        # The buttons sit beside the prompt, or under it when the pane is narrow (a longer language).
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        prompt = plain_label(look_for.prompt)
        prompt.setWordWrap(True)
        prompt.setStyleSheet("font-size: 15px;")
        self.row.addWidget(prompt, 1)
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        if look_for.description:
            self.setToolTip(plain_tooltip(look_for.description))
        self.seen: QPushButton | None = None
        if look_for.response is ResponseType.PRESENCE:
            self.seen = button(self.tr("Seen"), self.tr("Seen: {prompt}").format(prompt=look_for.prompt))
            self.seen.setCheckable(True)
            self.seen.setProperty("seenToggle", True)
            buttons.addWidget(self.seen)
        self.note = button(self.tr("Note"), self.tr("Next note is about: {prompt}").format(prompt=look_for.prompt))
        self.note.setCheckable(True)
        self.note.setToolTip(self.tr("The next note you add is about this prompt"))
        buttons.addWidget(self.note)
        self.row.addWidget(self.buttons)
        layout.addLayout(self.row)
        self.count = QLabel()
        self.count.setProperty("subtle", True)
        self.count.setAccessibleName(self.tr("Notes about: {prompt}").format(prompt=look_for.prompt))
        self.count.hide()
        layout.addWidget(self.count)

    def _beside_px(self) -> int:
        """The width at which the prompt still has room beside its buttons."""
        return PROMPT_BESIDE_PX + self.buttons.sizeHint().width() + 16

    def minimumSizeHint(self) -> QSize:
        """As narrow as the buttons under the prompt."""
        return QSize(self.buttons.minimumSizeHint().width() + 16, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        direction = QBoxLayout.Direction.LeftToRight if event.size().width() >= self._beside_px() \
            else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
        super().resizeEvent(event)

    def display(self, *, seen: bool, notes: int, target: bool) -> None:
        if self.seen is not None:
            self.seen.setChecked(seen)
            self.seen.setText(self.tr("Seen ✓") if seen else self.tr("Seen"))
        self.note.setChecked(target)
        self.count.setText(self.tr("{notes} note{n} about this").format(notes=notes,
                n='s' if notes != 1 else '') if notes else "")
        self.count.setVisible(bool(notes))
        self.setProperty("seen", seen)
        self.setProperty("target", target)
        restyle(self)


class LookForPrompts(QScrollArea):
    seen_toggled = Signal(str, bool)  # look-for key, seen
    target_chosen = Signal(object)  # look-for key, or None

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Prompts from the framework"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards: dict[str, PromptCard] = {}
        self.target: str | None = None

    def set_framework(self, framework: Framework) -> None:
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        self.cards = {}
        self.target = None
        title = plain_label(self.tr("Prompts: {title}").format(title=framework.title))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: 600; font-size: 16px;")
        layout.addWidget(title)
        for section in framework.sections:
            heading = plain_label(section.title)
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: 700; color: #34495e; padding-top: 8px;")
            layout.addWidget(heading)
            for look_for in section.look_fors:
                if look_for.response is ResponseType.RATING:
                    continue  # never offered in a peer visit (the store refuses it too)
                card = PromptCard(look_for)
                key = look_for.key
                if card.seen is not None:
                    card.seen.clicked.connect(lambda checked, k=key: self._seen_tapped(k, checked))
                card.note.clicked.connect(lambda _c=False, k=key: self.choose_target(None if self.target == k else k))
                self.cards[key] = card
                layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(inner)

    def _seen_tapped(self, key: str, checked: bool) -> None:
        card = self.cards[key]
        if card.seen is not None:
            card.seen.setChecked(not checked)  # shown once the store has it
        self.seen_toggled.emit(key, checked)

    def choose_target(self, key: str | None) -> None:
        self.target = key
        self.target_chosen.emit(key)

    def display(self, seen: set[str], note_counts: dict[str, int]) -> None:
        for key, card in self.cards.items():
            card.display(seen=key in seen, notes=note_counts.get(key, 0), target=key == self.target)
