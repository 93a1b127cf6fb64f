"""The dashboard's coverage and change tabs filled from the engine's figures; the strings keep the
DashboardPage context.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QTableWidget

from walkthrough.reports.figures import Comparison, Coverage, Proportion
from walkthrough.ui.pages.dashboard_words import (
    BEHIND,
    day_text,
    proportion_text,
    text_cell,
    too_few,
    translate,
    weekday_name,
)
from walkthrough.ui.widgets.figure_cells import FIGURE


def fill_coverage(rooms_missed: QTableWidget, teachers_missed: QTableWidget, balance: QTableWidget,
                  cover: Coverage) -> None:
    """The rooms and teachers not visited lately, and the balance of the visits."""
    for table, missed in ((rooms_missed, cover.rooms_not_visited), (teachers_missed, cover.teachers_not_visited)):
        table.setRowCount(len(missed))
        for i, entry in enumerate(missed):
            table.setItem(i, 0, text_cell(entry.name))
            table.setItem(i, 1, text_cell(entry.school))
            table.setItem(i, 2, text_cell(day_text(entry.last_visit) if entry.last_visit
                                          else translate("DashboardPage", "never")))
    rooms_missed.setHorizontalHeaderLabels(
        [translate("DashboardPage", "Rooms not visited in {days} days ({n})").format(
            days=cover.days, n=len(cover.rooms_not_visited)),
         translate("DashboardPage", "School"), translate("DashboardPage", "Last visit")])
    teachers_missed.setHorizontalHeaderLabels(
        [translate("DashboardPage", "Teachers not visited in {days} days ({n})").format(
            days=cover.days, n=len(cover.teachers_not_visited)),
         translate("DashboardPage", "School"), translate("DashboardPage", "Last visit")])
    rows: list[tuple[str, int, bool]] = []
    weekdays = tuple((weekday_name(day), n) for day, n in cover.by_weekday)
    for heading, counts in ((translate("DashboardPage", "Hour of the day"), cover.by_hour),
                            (translate("DashboardPage", "Weekday"), weekdays),
                            (translate("DashboardPage", "Subject"), cover.by_subject),
                            (translate("DashboardPage", "Grade band"), cover.by_grade_band)):
        rows.append((heading, -1, True))
        rows += [(name or translate("DashboardPage", "Not set"), n, False) for name, n in counts]
    table = balance
    table.setRowCount(len(rows))
    for i, (name, n, head) in enumerate(rows):
        first = text_cell(name)
        if head:
            font = QFont(first.font())
            font.setBold(True)
            first.setFont(font)
            first.setBackground(QBrush(QColor("#eef3fb")))
            table.setItem(i, 0, first)
            table.setItem(i, 1, text_cell(""))
            table.setItem(i, 2, text_cell(""))
            continue
        table.setItem(i, 0, first)
        table.setItem(i, 1, text_cell(str(n)))
        share = text_cell(f"{round(100 * n / cover.visits)}%" if cover.visits else "")
        share.setData(FIGURE, Proportion(n, cover.visits))
        table.setItem(i, 2, share)


def fill_change(change_label: QLabel, table: QTableWidget, comparison: Comparison | None) -> None:
    """Each presence look-for's share before and after, and whether it changed."""
    if comparison is None:
        change_label.setText(translate("DashboardPage", "Choose a term in Dates to compare it with the term before."))
        table.setRowCount(0)
        return
    change_label.setText(translate("DashboardPage", "{before} against {after}: a change is marked only when its "
                                   "95% interval excludes zero.").format(before=comparison.before_label,
                                                                         after=comparison.after_label))
    table.setHorizontalHeaderLabels([translate("DashboardPage", "Look-for"), comparison.before_label,
                                     comparison.after_label, translate("DashboardPage", "Change"), ""])
    table.setRowCount(len(comparison.changes))
    for i, change in enumerate(comparison.changes):
        name = text_cell(change.look_for.prompt)
        name.setData(BEHIND, (change.look_for.framework_id, change.look_for.key, "observed", None))
        table.setItem(i, 0, name)
        table.setItem(i, 1, text_cell(proportion_text(change.before)))
        table.setItem(i, 2, text_cell(proportion_text(change.after)))
        difference, interval = change.difference, change.interval
        if difference is None or interval is None:
            words = too_few()
        else:
            words = (translate("DashboardPage", "{difference} points ({low} to {high})").format(
                difference=f"{difference * 100:+.0f}", low=f"{interval.low * 100:+.0f}",
                high=f"{interval.high * 100:+.0f}")
                + (translate("DashboardPage", "  changed") if change.changed
                   else translate("DashboardPage", "  no clear change")))
        table.setItem(i, 3, text_cell(words))
        drawn = text_cell(words)
        drawn.setData(FIGURE, change)
        table.setItem(i, 4, drawn)
    table.resizeColumnToContents(3)
