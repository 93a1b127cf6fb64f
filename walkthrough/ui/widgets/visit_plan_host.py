"""The host's part of a planned peer visit: their focus (what they want noticed, in their words),
their agreement, and whether the visit is shared; only the host can touch it, and a visitor reads
the focus once the host has agreed to the visit with them in it. Part of
:class:`walkthrough.ui.widgets.visit_plan.PlanEditor` (its strings keep that context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel

from walkthrough.core.model import Visibility
from walkthrough.core.nudge import PhraseList
from walkthrough.core.peer import PeerVisit
from walkthrough.storage.pending_edits import PendingEdit
from walkthrough.ui.pending import PendingWrites
from walkthrough.ui.widgets.day_text import short_day
from walkthrough.ui.widgets.note_editor import NoteEditor
from walkthrough.ui.widgets.peer_style import button
from walkthrough.ui.widgets.wrap_check import WrapCheckBox


class HostPart:
    """The host's focus, agreement and sharing, laid out in ``layout``."""

    def __init__(self, layout: QBoxLayout, pending: PendingWrites) -> None:
        self.focus_caption = QLabel()
        self.focus_caption.setObjectName("focusCaption")
        self.focus_caption.setWordWrap(True)
        layout.addWidget(self.focus_caption)
        self.focus = NoteEditor(
            QCoreApplication.translate("PlanEditor", "The host's focus"), autosave=pending, lines=2,
            phrases=PhraseList(()), placeholder=QCoreApplication.translate(
                "PlanEditor", "What would you like your colleague to notice? "
                "Ask it in your own words, e.g. “Who does the talking during partner work?”"))
        layout.addWidget(self.focus)
        self.consent = WrapCheckBox()  # its sentence wraps: a one-line box made the pane as wide as it
        self.consent.setAccessibleName(QCoreApplication.translate("PlanEditor", "The host agrees to this visit"))
        layout.addWidget(self.consent)
        share_row = QHBoxLayout()
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setAccessibleName(QCoreApplication.translate("PlanEditor", "Who can see this visit"))
        self.share = button("", QCoreApplication.translate("PlanEditor", "Share or make private"))
        share_row.addWidget(self.privacy, 1)
        share_row.addWidget(self.share)
        layout.addLayout(share_row)

    def show(self, visit: PeerVisit, me: str | None, host: str, started: bool,
             name: Callable[[str | None], str]) -> None:
        """Show ``visit``'s host part to ``me``: ``host`` is the host's name; ``started``: a visitor has notes."""
        is_host = me == visit.host_id
        reads = visit.agreed_to(me)  # the host's words: the host, and visitors the host agreed to
        self.focus_caption.setText(
            QCoreApplication.translate("PlanEditor", "Your focus: what you would like your visitors to notice")
            if is_host else
            QCoreApplication.translate("PlanEditor", "{host}'s focus (only {host} writes it)").format(host=host))
        visit_id = visit.id
        self.focus.bind(f"peer_visit/{visit_id}/focus", visit.focus if reads else "",
                        lambda text: PendingEdit(f"peer_visit/{visit_id}/focus", "set_peer_focus", (visit_id, text),
                                                 {"by": me}, "The host's focus", text))
        self.focus.setEnabled(is_host)
        if is_host:
            self.focus.editor.setPlaceholderText(QCoreApplication.translate(
                "PlanEditor", "What would you like your colleague to notice? Ask it in your own "
                "words, e.g. “Who does the talking during partner work?”"))
        elif not reads:
            self.focus.editor.setPlaceholderText(QCoreApplication.translate(
                "PlanEditor", "{host}'s focus shows here once {host} agrees to your visit.").format(host=host))
        else:
            self.focus.editor.setPlaceholderText(QCoreApplication.translate(
                "PlanEditor", "{host} has not written a focus yet.").format(host=host))
        self.consent.setChecked(visit.consented)
        self.consent.setEnabled(is_host and not (visit.consented and started))
        joined = [name(v) for v in visit.awaiting_agreement]
        if is_host and visit.consent_at and joined:
            self.consent.setText(QCoreApplication.translate(
                "PlanEditor", "{join} joined after you agreed: tick to agree again.").format(join=' and '.join(joined)))
        elif is_host:
            self.consent.setText(QCoreApplication.translate(
                "PlanEditor", "I agree to this visit. What my visitors write stays between us unless I share it."))
        elif visit.agreed_to(me):
            self.consent.setText(QCoreApplication.translate(
                "PlanEditor", "{host} agreed to this visit on {short_day}.").format(
                    host=host, short_day=short_day(visit.consent_at or '')))
        elif visit.consent_at and me in visit.visitor_ids:
            self.consent.setText(QCoreApplication.translate(
                "PlanEditor", "You joined after {host} agreed: waiting for {host} to agree again.").format(host=host))
        else:
            self.consent.setText(QCoreApplication.translate(
                "PlanEditor", "Waiting for {host} to agree to this visit (only {host} can).").format(host=host))
        shared = visit.visibility is Visibility.SHARED
        if shared:
            who = name(visit.shared_by) if visit.shared_by else host
            self.privacy.setText(QCoreApplication.translate(
                "PlanEditor", "Shared by {who} on {short_day}: coaches' summaries may include it. It is never counted "
                "in walkthrough dashboards or reports.").format(who=who, short_day=short_day(visit.shared_at or '')))
        else:
            self.privacy.setText(QCoreApplication.translate(
                "PlanEditor", "Private: only {host} and the visitors see the focus and the notes.").format(host=host))
        self.share.setText(QCoreApplication.translate("PlanEditor", "Make private again") if shared
                           else QCoreApplication.translate("PlanEditor", "Share with coaches"))
        self.share.setAccessibleName(self.share.text())
        self.share.setVisible(is_host)
