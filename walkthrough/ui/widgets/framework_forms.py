"""The editor's forms: the framework's settings, a section, a look-for with every option of the format.

Each form shows one part of the draft document (a dict, as the framework file has it) and writes every
change back into that dict at once, then emits ``edited``; the editor saves the draft and checks it.
Options and levels are edited one per line as ``Label | anchor | value``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from walkthrough.core.condition_words import condition_from_text, condition_text
from walkthrough.core.frameworks import ResponseType
from walkthrough.ui.widgets.framework_lines import options_from_text, options_text, scores_from_text, scores_text
from walkthrough.ui.widgets.response_names import response_name

Doc = dict[str, Any]


class _Form(QWidget):
    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.doc: Doc = {}
        self.layout_ = QFormLayout(self)
        self._loading = False

    def _line(self, label: str, key: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setObjectName(f"field_{key}")
        edit.textEdited.connect(lambda text, k=key: self._set(k, text.strip() or None))
        self.layout_.addRow(label, edit)
        return edit

    def _text(self, label: str, key: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(accessible)
        edit.setObjectName(f"field_{key}")
        edit.setMaximumHeight(90)
        edit.textChanged.connect(lambda k=key, e=edit: self._set(k, e.toPlainText().strip() or None))
        self.layout_.addRow(label, edit)
        return edit

    def _set(self, key: str, value: object) -> None:
        if self._loading:
            return
        if value is None or value == [] or value == "":
            self.doc.pop(key, None)
        else:
            self.doc[key] = value
        self.edited.emit()


class FrameworkForm(_Form):
    def __init__(self) -> None:
        super().__init__()
        self.id = self._line(QCoreApplication.translate("FrameworkForms", "Id"), "id",
                QCoreApplication.translate("FrameworkForms", "Framework id"))
        self.version = self._line(QCoreApplication.translate("FrameworkForms", "Version"), "version",
                QCoreApplication.translate("FrameworkForms", "Framework version"))
        self.title = self._line(QCoreApplication.translate("FrameworkForms", "Title"), "title",
                QCoreApplication.translate("FrameworkForms", "Framework title"))
        self.description = self._text(QCoreApplication.translate("FrameworkForms", "Description"), "description",
                QCoreApplication.translate("FrameworkForms", "Framework description"))
        self.blast = QCheckBox(QCoreApplication.translate("FrameworkForms", "Blast walkthroughs"))
        self.peer = QCheckBox(QCoreApplication.translate("FrameworkForms", "Peer visits (never rated or scored)"))
        for box in (self.blast, self.peer):
            box.toggled.connect(self._modes)
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Used for"), self.blast)
        self.layout_.addRow("", self.peer)
        self.target = self._line(QCoreApplication.translate("FrameworkForms", "Target minutes"), "target_minutes",
                QCoreApplication.translate("FrameworkForms", "Target length of a visit in minutes"))
        self.target.textEdited.disconnect()
        self.target.textEdited.connect(self._target)
        self.teacher = QComboBox()
        self.teacher.setAccessibleName(self.tr("Tied to the teacher"))
        self.teacher.addItems([self.tr("optional"), self.tr("named"), self.tr("anonymous")])
        self.teacher.currentTextChanged.connect(lambda t: self._set("teacher", None if t == "optional" else t))
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Tied to the teacher"), self.teacher)
        self.scores = self._text(QCoreApplication.translate("FrameworkForms", "Scores"), "scores",
                QCoreApplication.translate("FrameworkForms", "Scores of a visit"))
        self.scores.setPlaceholderText(
                self.tr("lesson: Lesson | mean | questioning talk | Developing at 2; Proficient at 3"))
        self.scores.setToolTip(
                self.tr("One score per line: key: Title | total, mean or count_met (and the value that counts "
                               "as met) | the look-for keys, or section KEY | bands: Label at N; Label at N"))
        self.scores.textChanged.disconnect()
        self.scores.textChanged.connect(self._scores)

    def _scores(self) -> None:
        before = {str(s.get("key")): s for s in self.doc.get("scores", []) if isinstance(s, dict)}
        typed = scores_from_text(self.scores.toPlainText())
        for score in typed:  # what the line does not show is kept
            if "description" in before.get(str(score["key"]), {}):
                score["description"] = before[str(score["key"])]["description"]
        self._set("scores", typed)

    def _modes(self) -> None:
        self._set("modes", [m for m, box in (("blast", self.blast), ("peer", self.peer)) if box.isChecked()])

    def _target(self, text: str) -> None:
        try:
            number = float(text)
            self._set("target_minutes", int(number) if number.is_integer() else number)
        except ValueError:
            self._set("target_minutes", text.strip() or None)

    def load(self, doc: Doc) -> None:
        self._loading = True
        self.doc = doc
        self.id.setText(str(doc.get("id", "")))
        self.version.setText(str(doc.get("version", "")))
        self.title.setText(str(doc.get("title", "")))
        self.description.setPlainText(str(doc.get("description", "")))
        modes = doc.get("modes", [])
        self.blast.setChecked("blast" in modes)
        self.peer.setChecked("peer" in modes)
        self.target.setText(str(doc.get("target_minutes", "")))
        self.teacher.setCurrentText(str(doc.get("teacher", "optional")))
        self.scores.setPlainText(scores_text(doc.get("scores")))
        self._loading = False


class SectionForm(_Form):
    def __init__(self) -> None:
        super().__init__()
        self.key = self._line(QCoreApplication.translate("FrameworkForms", "Key"), "key",
                QCoreApplication.translate("FrameworkForms", "Section key"))
        self.title = self._line(QCoreApplication.translate("FrameworkForms", "Title"), "title",
                QCoreApplication.translate("FrameworkForms", "Section title"))
        self.description = self._text(QCoreApplication.translate("FrameworkForms", "Description"), "description",
                QCoreApplication.translate("FrameworkForms", "Section description"))
        self.optional = QCheckBox(QCoreApplication.translate("FrameworkForms",
                "Optional: the observer opens it when it applies"))
        self.optional.toggled.connect(lambda on: self._set("optional", True if on else None))
        self.layout_.addRow("", self.optional)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Answered for"))
        self.scope.addItems([self.tr("each room (visit)"), self.tr("the whole round, once")])
        self.scope.currentIndexChanged.connect(lambda i: self._set("scope", "round" if i else None))
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Answered for"), self.scope)
        self.repeat = QLineEdit()
        self.repeat.setAccessibleName(self.tr("Segments"))
        self.repeat.setPlaceholderText(QCoreApplication.translate("FrameworkForms",
                "e.g. 4 (always 4 segments), or up to 6"))
        self.repeat.textEdited.connect(self._repeat)
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Segments"), self.repeat)
        self.show_if = QLineEdit()
        self.show_if.setAccessibleName(self.tr("Section condition"))
        self.show_if.setPlaceholderText(self.tr("other-key = answer"))
        self.show_if.textEdited.connect(self._condition)
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Show only if"), self.show_if)
        self.condition_problem = QLabel()
        self.layout_.addRow("", self.condition_problem)

    def _repeat(self, text: str) -> None:
        text = text.strip().lower()
        words = text.replace("up to", "").strip()
        if not text:
            self._set("repeat", None)
        elif words.isdigit():
            self._set("repeat", {"label": "Segment", ("most" if "up to" in text else "count"): int(words)})

    def _condition(self, text: str) -> None:
        found = condition_from_text(text) if text.strip() else None
        self.condition_problem.setText(found if isinstance(found, str) else "")
        if not isinstance(found, str):
            self._set("show_if", found)

    def load(self, doc: Doc) -> None:
        self._loading = True
        self.doc = doc
        self.key.setText(str(doc.get("key", "")))
        self.title.setText(str(doc.get("title", "")))
        self.description.setPlainText(str(doc.get("description", "")))
        self.optional.setChecked(bool(doc.get("optional")))
        self.scope.setCurrentIndex(1 if doc.get("scope") == "round" else 0)
        repeat = doc.get("repeat")
        self.repeat.setText("" if not isinstance(repeat, dict) else str(repeat.get("count")) if repeat.get("count")
                            else self.tr("up to {get}").format(get=repeat.get('most', 12)))
        self.show_if.setText(condition_text(doc.get("show_if")) if doc.get("show_if") else "")
        self.condition_problem.setText("")
        self._loading = False


class LookForForm(_Form):
    """Every key of a look-for; the ones its response type does not use are hidden."""

    key_changed = Signal(str, str)  # old key, new key

    def __init__(self) -> None:
        super().__init__()
        self.key = self._line(QCoreApplication.translate("FrameworkForms", "Key"), "key",
                QCoreApplication.translate("FrameworkForms", "Look-for key"))
        self.key.textEdited.connect(self._key_edited)
        self._key_before = ""
        self.prompt = self._line(QCoreApplication.translate("FrameworkForms", "Prompt"), "prompt",
                QCoreApplication.translate("FrameworkForms", "Look-for prompt"))
        self.response = QComboBox()
        self.response.setAccessibleName(self.tr("Response type"))
        for rtype in ResponseType:
            self.response.addItem(response_name(rtype), rtype.value)
        self.response.currentIndexChanged.connect(lambda _index: self._response(self._rtype()))
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Response"), self.response)
        self.description = self._text(QCoreApplication.translate("FrameworkForms", "Indicators"), "description",
                QCoreApplication.translate("FrameworkForms", "Observable indicators"))
        self.tags = self._line(QCoreApplication.translate("FrameworkForms", "Tags"), "tags",
                QCoreApplication.translate("FrameworkForms", "Tags, separated by ;"))
        self.tags.textEdited.disconnect()
        self.tags.textEdited.connect(lambda t: self._set("tags", [x.strip() for x in t.split(";") if x.strip()]))
        self.allow_na = QComboBox()
        self.allow_na.setAccessibleName(self.tr("Offer N/A"))
        self.allow_na.addItems([self.tr("as the type says"), self.tr("yes"), self.tr("no")])
        self.allow_na.currentIndexChanged.connect(lambda i: self._set("allow_na", None if i == 0 else i == 1))
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Offer N/A"), self.allow_na)
        self.notes = QComboBox()
        self.notes.setAccessibleName(self.tr("Evidence notes"))
        self.notes.addItems([self.tr("no notes"), self.tr("one short note"), self.tr("several notes")])
        self.notes.currentIndexChanged.connect(lambda i: self._set("evidence_note", [None, True, "several"][i]))
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Evidence notes"), self.notes)
        self.options = self._text(QCoreApplication.translate("FrameworkForms", "Options / levels"), "options",
                QCoreApplication.translate("FrameworkForms", "Options or levels, one per line"))
        self.options.setPlaceholderText(self.tr("Label | what it looks like | score"))
        self.options.textChanged.disconnect()
        self.options.textChanged.connect(self._options)
        self.parts = self._line(QCoreApplication.translate("FrameworkForms", "Paired parts"), "parts",
                QCoreApplication.translate("FrameworkForms", "Parts of a paired look-for, separated by ;"))
        self.parts.setPlaceholderText(self.tr("Teacher does; Students do"))
        self.parts.textEdited.disconnect()
        self.parts.textEdited.connect(lambda t: self._set("parts", [x.strip() for x in t.split(";") if x.strip()]))
        self.minutes = self._line(QCoreApplication.translate("FrameworkForms", "Snapshot minutes"), "minutes",
                QCoreApplication.translate("FrameworkForms", "Snapshot minutes, e.g. 0, 5"))
        self.minutes.textEdited.disconnect()
        self.minutes.textEdited.connect(self._minutes)
        self.every = self._line(QCoreApplication.translate("FrameworkForms", "Every N minutes"), "every",
                QCoreApplication.translate("FrameworkForms", "Snapshot every N minutes"))
        self.every.textEdited.disconnect()
        self.every.textEdited.connect(
            lambda t: self._set("every", int(t) if t.strip().isdigit() else t.strip() or None))
        self.pick = QComboBox()
        self.pick.setAccessibleName(self.tr("Snapshot pick"))
        self.pick.addItems([self.tr("one"), self.tr("several"), self.tr("count")])
        self.pick.currentTextChanged.connect(lambda t: self._set("pick", None if t == "one" else t))
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Pick"), self.pick)
        self.present = self._line(QCoreApplication.translate("FrameworkForms", "Counts add up to"), "students_present",
                QCoreApplication.translate("FrameworkForms", "Number look-for the counts add up to"))
        self.min_edit = self._line(QCoreApplication.translate("FrameworkForms", "Least"), "min",
                QCoreApplication.translate("FrameworkForms", "Least number allowed"))
        self.max_edit = self._line(QCoreApplication.translate("FrameworkForms", "Most"), "max",
                QCoreApplication.translate("FrameworkForms", "Most number allowed"))
        for edit, key in ((self.min_edit, "min"), (self.max_edit, "max")):
            edit.textEdited.disconnect()
            edit.textEdited.connect(lambda t, k=key: self._number(k, t))
        self.unit = self._line(QCoreApplication.translate("FrameworkForms", "Unit"), "unit",
                QCoreApplication.translate("FrameworkForms", "Unit of the number"))
        self.show_if = QLineEdit()
        self.show_if.setAccessibleName(self.tr("Condition"))
        self.show_if.setPlaceholderText(self.tr("other-key = answer   (and ...)"))
        self.show_if.textEdited.connect(self._condition)
        self.layout_.addRow(QCoreApplication.translate("FrameworkForms", "Show only if"), self.show_if)
        self.condition_problem = QLabel()
        self.condition_problem.setWordWrap(True)
        self.layout_.addRow("", self.condition_problem)
        self.default = self._line(QCoreApplication.translate("FrameworkForms", "Default"), "default",
                QCoreApplication.translate("FrameworkForms", "Default answer"))
        self.default.textEdited.disconnect()
        self.default.textEdited.connect(self._default)
        self.retired = QCheckBox(QCoreApplication.translate("FrameworkForms",
                "Retired: kept for earlier visits, hidden from new ones"))
        self.retired.toggled.connect(lambda on: self._set("retired", True if on else None))
        self.layout_.addRow("", self.retired)

    def _key_edited(self, text: str) -> None:
        if not self._loading:
            self.key_changed.emit(self._key_before, text.strip())
            self._key_before = text.strip()

    def _rtype(self) -> str:
        return str(self.response.currentData() or "")

    def _response(self, text: str) -> None:
        self._set("response", text)
        self._show_fields()

    def _show_fields(self) -> None:
        rtype = self._rtype()
        shown = {
            self.options: rtype in ("choice", "multi_choice", "snapshot", "rating", "frequency"),
            self.minutes: rtype == "snapshot", self.every: rtype == "snapshot", self.pick: rtype == "snapshot",
            self.present: rtype == "snapshot", self.unit: rtype == "number",
            self.min_edit: rtype == "number", self.max_edit: rtype == "number",
        }
        for widget, visible in shown.items():
            widget.setVisible(visible)
            label = self.layout_.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    def _options(self) -> None:
        items = options_from_text(self.options.toPlainText())
        rtype = self._rtype()
        key = {"rating": "levels", "frequency": "labels"}.get(rtype, "options")
        for other in ("levels", "labels", "options"):
            if other != key:
                self.doc.pop(other, None)
        self._set(key, items or None)

    def _minutes(self, text: str) -> None:
        parts = [p for p in text.replace(";", ",").split(",") if p.strip()]
        self._set("minutes", [int(p) if p.strip().lstrip("-").isdigit() else p.strip() for p in parts] or None)

    def _number(self, key: str, text: str) -> None:
        try:
            number = float(text)
            self._set(key, int(number) if number.is_integer() else number)
        except ValueError:
            self._set(key, text.strip() or None)

    def _default(self, text: str) -> None:
        text = text.strip()
        if self._rtype() in ("number", "tally", "rating") and text.lstrip("-").isdigit():
            self._set("default", int(text))
        else:
            self._set("default", text or None)

    def _condition(self, text: str) -> None:
        found = condition_from_text(text) if text.strip() else None
        self.condition_problem.setText(found if isinstance(found, str) else "")
        if not isinstance(found, str):
            self._set("show_if", found)

    def load(self, doc: Doc) -> None:
        self._loading = True
        self.doc = doc
        self.key.setText(str(doc.get("key", "")))
        self._key_before = str(doc.get("key", ""))
        self.prompt.setText(str(doc.get("prompt", "")))
        self.response.setCurrentIndex(max(0, self.response.findData(str(doc.get("response", "presence")))))
        self.description.setPlainText(str(doc.get("description", "")))
        self.tags.setText("; ".join(doc.get("tags", [])))
        na = doc.get("allow_na")
        self.allow_na.setCurrentIndex(0 if na is None else 1 if na else 2)
        note = doc.get("evidence_note")
        self.notes.setCurrentIndex(2 if note == "several" else 1 if note else 0)
        self.options.setPlainText(options_text(doc.get("options") or doc.get("levels") or doc.get("labels")))
        parts = doc.get("parts", [])
        self.parts.setText("; ".join(p if isinstance(p, str) else str(p.get("label", "")) for p in parts))
        self.minutes.setText(", ".join(str(m) for m in doc.get("minutes", [])))
        self.every.setText(str(doc.get("every", "")))
        self.pick.setCurrentText(str(doc.get("pick", "one")))
        self.present.setText(str(doc.get("students_present", "")))
        self.min_edit.setText(str(doc.get("min", "")))
        self.max_edit.setText(str(doc.get("max", "")))
        self.unit.setText(str(doc.get("unit", "")))
        self.show_if.setText(condition_text(doc.get("show_if")) if doc.get("show_if") else "")
        self.condition_problem.setText("")
        default = doc.get("default")
        self.default.setText("" if default is None else str(default))
        self.retired.setChecked(bool(doc.get("retired")))
        self._show_fields()
        self._loading = False
