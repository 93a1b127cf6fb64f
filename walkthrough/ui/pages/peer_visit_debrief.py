"""After the visit: the visitor's notes beside the host's focus, the host's
reflection and next step (committed as they type, with the wording nudge),
the host's choice to share, and the plain-text export of the visit."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from walkthrough.core import privacy
from walkthrough.core.model import Visibility
from walkthrough.core.peer import VISIT_NOTE_KINDS, PeerVisit
from walkthrough.reports.visit_text import VisitDocumentRefused, suggested_file_name, visit_text
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui import core_text
from walkthrough.ui.framework_text import shown
from walkthrough.ui.pages.peer_visit_record import kind_label
from walkthrough.ui.pending import pending_writes
from walkthrough.ui.report_words import interface_words
from walkthrough.ui.widgets.controls import plain_label
from walkthrough.ui.widgets.day_text import short_day
from walkthrough.ui.widgets.note_editor import NoteEditor
from walkthrough.ui.widgets.peer_style import STYLE, button, heading, notice, say


def wrapped(text: str) -> QLabel:
    """A caption that wraps in a narrow column (Spanish is a quarter longer)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class DebriefView(QWidget):
    back = Signal()

    def __init__(self, repo: Repository) -> None:
        super().__init__()
        self.repo = repo
        self.visit: PeerVisit | None = None
        self.me: str | None = None
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        top = QHBoxLayout()
        self.back_button = button(self.tr("◀ My visits"), self.tr("Back to my peer visits"))
        self.back_button.clicked.connect(self._leave)
        self.title = heading("", 20)
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        outer.addLayout(top)
        self.focus_banner = plain_label()
        self.focus_banner.setObjectName("focusBanner")
        self.focus_banner.setWordWrap(True)
        self.focus_banner.setAccessibleName(self.tr("The host's focus"))
        outer.addWidget(self.focus_banner)
        self.message = notice(self.tr("What happened"))
        outer.addWidget(self.message)
        body = QHBoxLayout()
        left = QVBoxLayout()
        whose = QHBoxLayout()
        whose.addWidget(QLabel(self.tr("Notes of")))
        self.observer = QComboBox()
        self.observer.setAccessibleName(self.tr("Whose notes to show"))
        self.observer.currentIndexChanged.connect(lambda _i: self._show_notes())
        whose.addWidget(self.observer, 1)
        left.addLayout(whose)
        self.notes = QTextBrowser()
        self.notes.setAccessibleName(self.tr("The visitor's notes"))
        left.addWidget(self.notes, 1)
        self.export_button = button(self.tr("Export these notes as a text file…"),
                                    self.tr("Export these notes as a text file"))
        self.export_button.clicked.connect(self._choose_export_file)
        left.addWidget(self.export_button)
        from walkthrough.ui.widgets.feedback_pdf import FeedbackPdf

        self.feedback = FeedbackPdf(repo, self.observation_id, lambda text: say(self.message, text, "info"))
        left.addWidget(self.feedback.button)
        body.addLayout(left, 3)
        right = QVBoxLayout()
        self.host_caption = QLabel()
        self.host_caption.setWordWrap(True)
        self.host_caption.setObjectName("focusCaption")
        right.addWidget(self.host_caption)
        right.addWidget(wrapped(self.tr("Reflection: what did the notes show you?")))
        pending = pending_writes(repo)
        self.reflection = NoteEditor(self.tr("The host's reflection"), autosave=pending, lines=5)
        self.reflection.saved.connect(self._saved)
        right.addWidget(self.reflection)
        right.addWidget(wrapped(self.tr("Next step: one thing to try or to look at again")))
        # A next step is a plan: the nudge leaves out advice there, and still marks judgements.
        self.next_step = NoteEditor(self.tr("The host's next step"), autosave=pending, lines=3, leave_out=("advice",))
        self.next_step.saved.connect(self._saved)
        right.addWidget(self.next_step)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setAccessibleName(self.tr("Who can see this visit"))
        right.addWidget(self.privacy)
        self.share = button("", self.tr("Share or make private"))
        self.share.clicked.connect(self._share)
        right.addWidget(self.share)
        right.addStretch(1)
        body.addLayout(right, 2)
        outer.addLayout(body, 1)

    def open_visit(self, visit_id: str, me: str | None, observation_id: str | None = None) -> None:
        self.me = me
        visit = self.repo.peer_visit(visit_id)
        if not privacy.plan_visible_on_screen(visit, privacy.PlanPart.FOCUS, me):
            raise StoreError(self.tr("this visit belongs to its host and visitors"))
        self.visit = visit
        host = self.repo.person(visit.host_id).name
        self.title.setText(self.tr("After the visit to {host}'s class, {day}").format(host=host,
                                                                                      day=short_day(visit.day)))
        self.focus_banner.setText(self.tr("{host}'s focus: {focus}").format(
            host=host, focus=visit.focus.strip() or self.tr("(none written)")))
        self.observer.blockSignals(True)
        self.observer.clear()
        for visitor in visit.visitors:
            if visitor.observation_id is None:
                continue
            observation = self.repo.observation(visitor.observation_id)
            if privacy.visible_on_screen(observation, me):
                self.observer.addItem(self.repo.person(visitor.visitor_id).name, observation.id)
        index = self.observer.findData(observation_id) if observation_id else 0
        self.observer.setCurrentIndex(max(0, index))
        self.observer.blockSignals(False)
        is_host = me == visit.host_id
        self.host_caption.setText(self.tr("Your debrief") if is_host
                                  else self.tr("{host}'s debrief (only {host} writes it)").format(host=host))
        for field, name, text in ((self.reflection, "reflection", visit.reflection),
                                  (self.next_step, "next_step", visit.next_step)):
            field.bind(f"peer_visit/{visit.id}/{name}", text, self._debrief_edit(visit.id, name, field))
            field.setEnabled(is_host)
        say(self.message, "")
        self._show_sharing()
        self._show_notes()

    def _show_sharing(self) -> None:
        visit = self.visit
        if visit is None:
            return
        host = self.repo.person(visit.host_id).name
        if visit.visibility is Visibility.SHARED:
            who = self.repo.person(visit.shared_by).name if visit.shared_by else host
            self.privacy.setText(self.tr("Shared by {who} on {day}. Never counted in walkthrough dashboards or "
                                         "reports.").format(who=who, day=short_day(visit.shared_at or "")))
        else:
            self.privacy.setText(self.tr("Private: only {host} and the visitors see the focus, the notes and this "
                                         "debrief.").format(host=host))
        self.share.setText(self.tr("Make private again") if visit.visibility is Visibility.SHARED
                           else self.tr("Share with coaches"))
        self.share.setAccessibleName(self.share.text())
        self.share.setVisible(self.me == visit.host_id)

    def observation_id(self) -> str | None:
        data = self.observer.currentData()
        return None if data is None else str(data)

    def _show_notes(self) -> None:
        observation_id = self.observation_id()
        self.export_button.setEnabled(observation_id is not None)
        self.feedback.button.setEnabled(observation_id is not None)
        if observation_id is None:
            self.notes.setHtml("<p>{}</p>".format(
                html.escape(self.tr("No notes yet: a visitor's notes show here once they start them."))))
            return
        notes = self.repo.notes(observation_id)
        parts = []
        none, none_marked, seen_title = self.tr("None"), self.tr("None marked"), self.tr("Look-fors seen")
        for kind in VISIT_NOTE_KINDS:
            mine = [n for n in notes if n.kind is kind]
            parts.append(f"<h3>{html.escape(kind_label(kind))}</h3>")
            if not mine:
                parts.append(f"<p><i>{html.escape(none)}</i></p>")
            for note in mine:
                minute = "<b>{}</b> · ".format(html.escape(self.tr("min {minute}").format(minute=note.minute))) \
                    if note.minute is not None else ""
                parts.append(f"<p>{minute}{html.escape(note.text)}</p>")
        # The look-fors the visitor marked "seen", as the text export lists them (in the framework's order).
        observation = self.repo.observation(observation_id)
        framework = shown(self.repo.observation_framework(observation))
        prompts = {lf.key: lf.prompt for lf in framework.look_fors}
        order = list(prompts)
        seen = sorted(self.repo.seen_look_fors(observation_id), key=lambda k: order.index(k) if k in order else 0)
        parts.append(f"<h3>{html.escape(seen_title)}</h3>")
        parts += [f"<p>• {html.escape(prompts.get(key, key))}</p>" for key in seen] or \
            [f"<p><i>{html.escape(none_marked)}</i></p>"]
        self.notes.setHtml("".join(parts))

    def _debrief_edit(self, visit_id: str, name: str, field: NoteEditor) -> Callable[[str], PendingEdit]:
        me, label = self.me, field.editor.accessibleName()
        return lambda text: PendingEdit(f"peer_visit/{visit_id}/{name}", "set_peer_debrief", (visit_id,),
                                        {"by": me, name: text}, label, text)

    def _saved(self, visit: object) -> None:
        if isinstance(visit, PeerVisit) and self.visit is not None and visit.id == self.visit.id:
            self.visit = visit

    def _share(self) -> None:
        if self.visit is None:
            return
        self.flush()
        try:
            self.visit = self.repo.share_peer_visit(self.visit.id, self.visit.visibility is not Visibility.SHARED,
                                                    by=self.me)
        except StoreError as exc:
            say(self.message, self.tr("Not changed: {why}.").format(why=core_text.text(exc)), "error")
        self._show_sharing()

    def flush(self) -> None:
        """Commit what is typed but not yet committed."""
        self.reflection.commit()
        self.next_step.commit()

    def _leave(self) -> None:
        self.flush()
        self.back.emit()

    def _choose_export_file(self) -> None:
        observation_id = self.observation_id()
        if observation_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the visit notes"),
                                              str(Path.home() / suggested_file_name(self.repo, observation_id)),
                                              self.tr("Text files (*.txt)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> bool:
        """Write the chosen visitor's notes as plain text to ``path``."""
        observation_id = self.observation_id()
        if observation_id is None:
            return False
        self.flush()
        try:
            text = visit_text(self.repo, observation_id, self.me, interface_words())
            path.write_text(text, encoding="utf-8")
        except (VisitDocumentRefused, OSError) as exc:
            say(self.message, self.tr("Not exported: {why}.").format(why=core_text.text(exc)), "error")
            return False
        say(self.message, self.tr("Exported to {path}.").format(path=path), "info")
        return True
