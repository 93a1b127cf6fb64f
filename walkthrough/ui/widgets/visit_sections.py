"""The visit screen's checklist for real instruments: nested sections, segments as tabs with a
"Next segment" step, the part answered once for the whole round, optional sections, and items that
appear and disappear as answers change (a hidden item counts as not applicable).

:func:`build_checklist` makes the rows (one :class:`LookForRow` per look-for, per segment);
:func:`apply_conditions` shows what the answers stored now allow and says how many are marked. The
visit screen calls both; they only place and show rows, every tap still goes through its queue of edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from walkthrough.core.answers import snapshot_totals_problem, visit_answers
from walkthrough.core.frameworks import Framework, Scope, Section, response_key
from walkthrough.core.model import Observation, Response
from walkthrough.ui.widgets.checklist_columns import ChecklistColumns
from walkthrough.ui.widgets.controls import plain_label, plain_tooltip
from walkthrough.ui.widgets.instrument_controls import SnapshotPicks
from walkthrough.ui.widgets.look_for_controls import LookForRow

if TYPE_CHECKING:
    from walkthrough.ui.widgets.visit_view import VisitView

ROW_GAP_PX = 2  # between a section's rows: their borders keep them apart, the height goes to the look-fors


class SegmentTabs(QWidget):
    """A repeated section: a tab per segment, and "Next segment" while more may be added."""

    def __init__(self, view: VisitView, section: Section, count: int) -> None:
        super().__init__()
        assert section.repeat is not None
        self.view, self.section = view, section
        self.repeat = section.repeat
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.setAccessibleName(self.tr("{title}: segments").format(title=section.title))
        self.tabs.setExpanding(False)
        bar.addWidget(self.tabs, 1)
        self.next_button = QPushButton(QCoreApplication.translate("VisitSections", "Next segment  →"))
        self.next_button.setAccessibleName(self.tr("{title}: next segment").format(title=section.title))
        self.next_button.setMinimumHeight(48)
        self.next_button.clicked.connect(self.next_segment)
        bar.addWidget(self.next_button)
        outer.addLayout(bar)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.tabs.currentChanged.connect(self.pages.setCurrentIndex)
        for segment in range(1, count + 1):
            self._add_page(segment)
        self._refresh_button()

    def _add_page(self, segment: int) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        _fill(self.view, self.section, column, segment, None, depth=1)
        column.addStretch(1)
        self.pages.addWidget(page)
        minutes = f" · {self.repeat.minutes} min" if self.repeat.minutes else ""
        self.tabs.addTab(self.tr("{label} {segment}{minutes}").format(label=self.repeat.label, segment=segment,
                minutes=minutes))

    def _refresh_button(self) -> None:
        limit = self.repeat.count or self.repeat.most
        last = self.tabs.currentIndex() == self.tabs.count() - 1
        self.next_button.setVisible(self.tabs.count() < limit or not last)
        self.next_button.setText(QCoreApplication.translate("VisitSections",
                "Next segment  →") if not last or self.tabs.count() < limit else "")

    def next_segment(self) -> None:
        """Go to the next segment, adding it when the observer starts a new one."""
        index = self.tabs.currentIndex()
        if index + 1 >= self.tabs.count():
            limit = self.repeat.count or self.repeat.most
            if self.tabs.count() >= limit:
                return
            self._add_page(self.tabs.count() + 1)
            self.view.segments_shown[self.section.key] = self.tabs.count()
            self.view.wire_new_rows()
        self.tabs.setCurrentIndex(index + 1)
        self._refresh_button()


class SectionHeading(QWidget):
    """A section's title, and its description on the same line when it fits there; when it does not,
    the description is the title's tooltip, so the heading stays one line and the look-fors fit."""

    def __init__(self, section: Section, depth: int, round_part: bool) -> None:
        super().__init__()
        line_up = QHBoxLayout(self)
        line_up.setContentsMargins(depth * 16, 0, 0, 0)
        line_up.setSpacing(10)
        self.title = plain_label(section.title + (QCoreApplication.translate("VisitSections",
                "  (answered once for the whole round)") if round_part else ""))
        self.title.setObjectName("sectionHeading" if depth == 0 else "subsectionHeading")
        self.title.setWordWrap(True)
        line_up.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBottom)
        self.description = plain_label(section.description)
        self.description.setProperty("subtle", True)
        self.description.setObjectName("sectionDescription")
        line_up.addWidget(self.description, 1, Qt.AlignmentFlag.AlignBottom)
        if not section.description:
            self.description.hide()

    def _one_line(self, label: QLabel) -> int:
        style = label.style()
        return label.fontMetrics().horizontalAdvance(label.text()) + 2 * style.pixelMetric(
            style.PixelMetric.PM_DefaultFrameWidth) + 12

    def _text_height(self, label: QLabel, width: int) -> int:
        """The height ``label``'s words need at ``width`` (QLabel's own guess wraps a line early)."""
        margins = label.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * label.margin())
        box = label.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), int(Qt.TextFlag.TextWordWrap),
                                               label.text())
        return box.height() + margins.top() + margins.bottom() + 2 * label.margin()

    def fit(self, width: int) -> None:
        """Title and description on one line at ``width`` when both fit; else the title alone."""
        if width <= 0:
            return
        layout = self.layout()
        room = width - (layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0)
        title = self._one_line(self.title) + 16  # QLabel wraps a little before the words fill it
        self.title.setMinimumWidth(min(title, room))
        fits = False
        if self.description.text():
            fits = title + 10 + self._one_line(self.description) <= room
            self.description.setVisible(fits)
            self.title.setToolTip("" if fits else plain_tooltip(self.description.text()))
        # The height the words need now (a layout may still remember the two lines of a moment ago).
        height = self._text_height(self.title, min(title, room))
        if fits:
            height = max(height, self.description.sizeHint().height())
        if height > 0 and height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit(event.size().width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit(self.width())
        QTimer.singleShot(0, self._refit)  # once the style sheet's fonts are on the labels

    def _refit(self) -> None:
        self.fit(self.width())


def _heading(section: Section, depth: int, round_part: bool) -> QWidget:
    return SectionHeading(section, depth, round_part)


def _fill(view: VisitView, section: Section, column: QVBoxLayout, segment: int | None, round_id: str | None,
          *, depth: int) -> None:
    for look_for in section.look_fors:
        if look_for.retired and view.framework is not None and look_for not in view.framework.active_look_fors:
            continue
        key = response_key(look_for.key, segment)
        row = LookForRow(look_for, key, round_id=round_id)
        view.rows[key] = row
        view.order.append(key)
        view.new_rows.append(row)
        column.addWidget(row)
    for inner in section.sections:
        box = QWidget()
        inner_column = QVBoxLayout(box)
        inner_column.setContentsMargins(0, 0, 0, 0)
        inner_column.addWidget(_heading(inner, depth + 1, False))
        _fill(view, inner, inner_column, segment, round_id, depth=depth + 1)
        view.section_boxes.setdefault(inner.key, []).append(box)
        column.addWidget(box)


def build_checklist(view: VisitView, framework: Framework, observation: Observation) -> QWidget:
    """The checklist of ``framework`` for ``observation``: every row made and placed (not yet shown a value)."""
    holder = QWidget()
    holder.setObjectName("checklist")
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    view.rows, view.order, view.new_rows = {}, [], []
    view.section_boxes, view.optional_buttons = {}, {}
    stored = view.repo.responses(observation.id)
    boxes: list[QWidget] = []
    for top in framework.sections:
        round_part = top.scope is Scope.ROUND
        if round_part and observation.round_id is None:
            continue  # a visit outside a round: no round to answer for
        box = QWidget()
        box_column = QVBoxLayout(box)
        box_column.setContentsMargins(0, 0, 0, 0)
        box_column.setSpacing(ROW_GAP_PX)
        box_column.addWidget(_heading(top, 0, round_part))
        if top.optional:
            opener = QPushButton(QCoreApplication.translate("VisitSections", "Use this section"))
            opener.setCheckable(True)
            opener.setMinimumHeight(44)
            opener.setMaximumWidth(360)
            opener.setAccessibleName(QCoreApplication.translate("visit_sections",
                    "Use the optional section: {title}").format(title=top.title))
            opener.setToolTip(QCoreApplication.translate("VisitSections",
                    "An optional section: open it when it applies. Left closed, it counts as not "
                                  "applicable."))
            opener.toggled.connect(lambda on, k=top.key: view.open_section(k, on))
            view.optional_buttons[top.key] = opener
            box_column.addWidget(opener)
        if top.repeat is not None:
            from walkthrough.core.answers import segment_count

            count = max(segment_count(framework, top, stored), view.segments_shown.get(top.key, 1))
            box_column.addWidget(SegmentTabs(view, top, count))
        else:
            _fill(view, top, box_column, None, observation.round_id if round_part else None, depth=0)
        view.section_boxes.setdefault(top.key, []).append(box)
        boxes.append(box)
    view.columns = ChecklistColumns(boxes)
    column.addWidget(view.columns)
    column.addStretch(1)
    return holder


def stored_answers(view: VisitView) -> dict[str, Response]:
    assert view.observation is not None
    stored: dict[str, Any] = dict(view.repo.responses(view.observation.id))
    if view.observation.round_id is not None:
        stored.update(view.repo.round_responses(view.observation.round_id))
    return stored


def apply_conditions(view: VisitView) -> tuple[int, int]:
    """Show the rows the answers allow now, hide the others (counted N/A); (marked, shown)."""
    if view.framework is None or view.observation is None:
        return 0, 0
    stored = stored_answers(view)
    opened = {k for k, b in view.optional_buttons.items() if b.isChecked()}
    answers = visit_answers(view.framework, stored, segments=view.segments_shown, opened=opened)
    shown = marked = 0
    for key, row in view.rows.items():
        answer = answers.get(key)
        visible = answer is not None and not answer.hidden
        if row.isHidden() == visible:
            row.setVisible(visible)
        if visible and answer is not None:
            shown += 1
            marked += int(answer.is_marked and not answer.defaulted)
            if isinstance(row.extra, SnapshotPicks):
                row.extra.show_totals_problem(snapshot_totals_problem(row.look_for, answer.value, answers))
    for section_key, boxes in view.section_boxes.items():
        keys = [k for k, r in view.rows.items() if view.framework.section_of(k).key == section_key
                or section_key in [s.key for s in view.framework.sections_around(k)]]
        any_visible = any(not view.rows[k].isHidden() for k in keys) or section_key in view.optional_buttons
        for box in boxes:
            if box.isHidden() == any_visible:
                box.setVisible(any_visible)
    for key, button in view.optional_buttons.items():
        section = next(s for s in view.framework.sections if s.key == key)
        used = any(stored.get(k) is not None and getattr(stored[k], "is_marked", False)
                   for k in view.rows if view.framework.top_section(k) is section)
        if used and not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)
        button.setText(QCoreApplication.translate("VisitSections", "Using this section") if button.isChecked() else
                QCoreApplication.translate("VisitSections", "Use this section"))
    return marked, shown
