"""The dashboard's figures in words and in table cells, in the interface's language ("31 of 50 (62%)",
"too few visits", "mean 2.5 over 12 visits"); the strings keep the DashboardPage context.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from walkthrough.reports.coverage import WEEKDAYS
from walkthrough.reports.figures import LookForFigure, Proportion

BEHIND = Qt.ItemDataRole.UserRole + 2  # for visits_behind: (framework id, key, value, group) or ("tag", look-fors)


def figure_table(accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(38)
    table.setWordWrap(True)
    return table


def text_cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


def translate(context: str, text: str) -> str:
    """``text`` in the interface's language. The name and the literal context matter: lupdate reads
    ``translate("Context", "text")`` calls, and not a one-argument helper's (the figures' words were
    missing from the catalog while they went through one)."""
    return QCoreApplication.translate(context, text)


def too_few() -> str:
    return translate("DashboardPage", "too few visits")  # reports.figures.TOO_FEW, in the interface's language


def decimal(value: float, places: int = 1) -> str:
    """A mean as the interface's language writes it ("2.5", "2,5")."""
    return QLocale().toString(value, "f", places)


def day_text(day: date | str | None) -> str:
    """A day as the interface's language writes it (the short date format)."""
    if day is None:
        return "…"
    found = QDate.fromString(day[:10], "yyyy-MM-dd") if isinstance(day, str) else QDate(day.year, day.month, day.day)
    return QLocale().toString(found, QLocale.FormatType.ShortFormat) if found.isValid() else str(day)


def weekday_name(name: str) -> str:
    """The engine's English weekday ("Monday") in the interface's language."""
    return QLocale().standaloneDayName(WEEKDAYS.index(name) + 1) if name in WEEKDAYS else name


def percent(proportion: Proportion) -> str:
    """"62%", or "too few visits", in the interface's language."""
    share = proportion.share
    return too_few() if share is None else f"{round(share * 100)}%"


def proportion_text(proportion: Proportion) -> str:
    """"31 of 50 (62%)", in the interface's language."""
    return translate("DashboardPage", "{n} of {total} ({share})").format(
        n=proportion.n, total=proportion.total, share=percent(proportion))


def figure_text(lf: LookForFigure) -> str:
    """The figure in words, for its row."""
    answered = translate("DashboardPage", "{n} answered").format(n=lf.answered)
    if lf.presence is not None:
        return proportion_text(lf.presence)
    if lf.answered < 5:
        return translate("DashboardPage", "{answered} ({too_few})").format(answered=answered, too_few=too_few())
    if lf.options:
        top = sorted(lf.options, key=lambda o: -o.count)[:3]
        shown = " · ".join(f"{o.label} {round(100 * o.count / lf.answered)}%" for o in top if o.count)
        mean = translate("DashboardPage", " · mean {mean}").format(mean=decimal(lf.mean)) \
            if lf.mean is not None and lf.response.value == "rating" else ""
        return f"{answered}: {shown}{mean}"
    if lf.mean is not None:
        return translate("DashboardPage", "mean {mean} over {n} visits").format(
            mean=decimal(lf.mean), n=lf.answered)
    if lf.snapshot:
        minute, options = lf.snapshot[0]
        total = sum(o.count for o in options)
        if not options or not total:
            return answered
        most = max(options, key=lambda o: o.count)
        return translate("DashboardPage", "minute {minute}: {label} {share}% ({minutes} minutes)").format(
            minute=minute, label=most.label, share=round(100 * most.count / total), minutes=len(lf.snapshot))
    if lf.snapshot_means:
        parts = [translate("DashboardPage", "min {minute}: {mean}").format(minute=m, mean=decimal(v))
                 for m, v in lf.snapshot_means[:3] if v is not None]
        return " · ".join(parts) or answered
    if lf.response.value == "text":
        return translate("DashboardPage", "written in {written} of {visits} visits").format(
            written=lf.written, visits=lf.visits)
    return answered


def heat_cell(proportion: Proportion) -> QTableWidgetItem:
    share = proportion.share
    item = text_cell("—" if share is None else f"{round(share * 100)}%", proportion_text(proportion))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if share is not None:
        shade = QColor.fromHslF(0.6, 0.75, 0.95 - 0.6 * share)
        item.setBackground(QBrush(shade))
        item.setForeground(QBrush(QColor("white" if share > 0.55 else "#0b2545")))
    else:
        item.setForeground(QBrush(QColor("#8a94a6")))
    item.setData(Qt.ItemDataRole.AccessibleTextRole, proportion_text(proportion))
    return item
