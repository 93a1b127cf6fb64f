"""The "Feedback PDF…" button beside a visit: one visit's feedback for the teacher, made off the
UI thread (:func:`walkthrough.reports.outputs.visit_feedback`). For a peer visit only its host or
visitor may make it; the store's answer is shown as one line for anyone else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from walkthrough.storage import Repository
from walkthrough.ui.access import me
from walkthrough.ui.report_words import interface_words
from walkthrough.ui.widgets.controls import touch_button
from walkthrough.ui.widgets.report_runner import ReportRunner


class FeedbackPdf:
    """Wires a button to make the chosen visit's feedback PDF; ``say`` shows what happened."""

    def __init__(self, repo: Repository, chosen: Callable[[], str | None], say: Callable[[str], None]) -> None:
        self.repo = repo
        self.chosen = chosen
        self.say = say
        self.button: QPushButton = touch_button(QCoreApplication.translate("FeedbackPdf", "Feedback PDF…"),
                QCoreApplication.translate("FeedbackPdf", "Make the chosen visit's feedback PDF for the teacher"))
        self.runner = ReportRunner(repo, self.button)
        self.runner.finished.connect(lambda made: self._done(made))
        self.runner.failed.connect(lambda why: self._failed(why))
        self.button.clicked.connect(self._clicked)
        self.target: Path | None = None

    def ask_path(self, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # here: its enum classes are not needed to show the button

        name, _ = QFileDialog.getSaveFileName(self.button, QCoreApplication.translate("FeedbackPdf",
                "Save the feedback"), str(Path.home() / suggested),
                                              QCoreApplication.translate("FeedbackPdf", "PDF files (*.pdf)"))
        return Path(name) if name else None

    def _clicked(self) -> None:
        from walkthrough.reports.visit_pdf import suggested_pdf_name

        observation_id = self.chosen()
        if observation_id is None:
            return
        path = self.ask_path(suggested_pdf_name(self.repo, observation_id))
        if path is not None:
            self.make(observation_id, path)

    def make(self, observation_id: str, path: Path) -> None:
        from walkthrough.reports import outputs

        viewer = me(self.repo)
        self.target = path
        self.button.setEnabled(False)
        self.say(QCoreApplication.translate("FeedbackPdf", "Making {name}…").format(name=path.name))
        words = interface_words()  # the feedback reads as the app does
        self.runner.run(lambda repo, progress: outputs.visit_feedback(repo, observation_id, viewer, path, progress,
                                                                      words))

    def _done(self, made: str) -> None:
        self.button.setEnabled(True)
        self.say(QCoreApplication.translate("FeedbackPdf", "Saved the feedback to {target} ({made}).").format(
                target=self.target, made=made))

    def _failed(self, why: str) -> None:
        self.button.setEnabled(True)
        self.say(QCoreApplication.translate("FeedbackPdf", "Not made: {rstrip}.").format(rstrip=why.rstrip('.')))
