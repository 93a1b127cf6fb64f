"""Find what a person would see cut off: text wider than its label or button, a combo box's chosen
text wider than its field or an entry wider than its list, a table header's words wider than their
column, a control outside the window, a sideways scroll bar, or a touch target under 48 px.

    problems = clipping_problems(window)   # [] when nothing is clipped

Used by the tablet tests on every page at every size; run as a script (with ``QT_SCALE_FACTOR=1.5``
for 150 % scaling) it prints the problems of every page as JSON (tests/ui/test_every_page_fits.py).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

TOUCH_PX = 48


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} '{widget.accessibleName() or text}'"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def _visible_rect(widget: QWidget, window: QWidget) -> tuple[QRect, bool]:
    """The part of ``widget`` not hidden by a scroll area's edge, in window coordinates, and whether a
    scroll area that cannot scroll sideways cuts it at its left or right edge."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    cut_sideways = False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            edge = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
            sideways = parent.horizontalScrollBar().maximum() > 0 and parent.horizontalScrollBar().isVisible()
            if not sideways and (rect.left() < edge.left() - 3 or rect.right() > edge.right() + 3) and \
                    rect.intersects(edge):
                cut_sideways = True
            rect = rect.intersected(edge)
        parent = parent.parentWidget()
    return rect, cut_sideways


def text_fits(widget: QWidget) -> bool:
    """A label's or button's text fits the space it has (wrapped labels: in their height)."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return True
        if widget.textFormat() == Qt.TextFormat.RichText or (QtGui.Qt.mightBeRichText(text) and \
                widget.textFormat() != Qt.TextFormat.PlainText):
            return True  # rich text lays itself out
        room = widget.contentsRect()
        margin = widget.margin() * 2 + widget.indent() if widget.indent() > 0 else widget.margin() * 2
        metrics = widget.fontMetrics()
        flags = int(widget.alignment()) | (int(Qt.TextFlag.TextWordWrap) if widget.wordWrap() else 0)
        need = metrics.boundingRect(QRect(0, 0, max(1, room.width() - margin), 100000), flags, text)
        return need.width() <= room.width() - margin + 1 and need.height() <= room.height() + 2
    if isinstance(widget, QAbstractButton):
        text = widget.text()
        if not text or widget.findChild(QLabel, "wrapLabel") is not None:
            return True  # a wrap button's label is checked as a label
        metrics = widget.fontMetrics()
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        widest = max(metrics.horizontalAdvance(line) for line in text.replace("&&", "&").split("\n"))
        return widest + icon + 12 <= widget.width()
    return True


def combo_problems(combo: QComboBox) -> list[str]:
    """The chosen text wider than the combo's field, and the widest entry wider than its open list
    (the list is as wide as the combo unless its view asks for more)."""
    found: list[str] = []
    metrics = combo.fontMetrics()
    if not combo.isEditable() and combo.currentText():  # an editable one is a line edit: it scrolls its text
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        icon = combo.iconSize().width() + 4 if not option.currentIcon.isNull() else 0
        need = metrics.horizontalAdvance(combo.currentText()) + icon
        if need > field.width() + 1:
            found.append(f"chosen text cut off: {_name(combo)} '{combo.currentText()}' ({need} px in {field.width()})")
    view = combo.view()
    if combo.count():
        widest = max(range(combo.count()), key=lambda i: metrics.horizontalAdvance(combo.itemText(i)))
        need = metrics.horizontalAdvance(combo.itemText(widest)) + 8  # the entry's own padding, at least
        bar = view.verticalScrollBar().sizeHint().width() if combo.count() > combo.maxVisibleItems() else 0
        room = max(combo.width(), view.minimumWidth()) - bar - 2 * view.frameWidth()
        if need > room + 1:
            found.append(f"entry cut off in the open list: {_name(combo)} '{combo.itemText(widest)}' "
                         f"({need} px in {room})")
    return found


def header_problems(header: QHeaderView, window: QWidget) -> list[str]:
    """Each shown header section whose words are wider than the section."""
    found: list[str] = []
    model = header.model()
    if model is None or not _shown(header, window):
        return found
    view = header.parentWidget()
    name = _name(view) if isinstance(view, QAbstractItemView) else _name(header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = str(model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text.strip():
            continue
        need = header.sectionSizeFromContents(logical)
        size = header.sectionSize(logical)
        have = size if header.orientation() == Qt.Orientation.Horizontal else header.width()
        wanted = need.width()
        if wanted > have + 1:
            found.append(f"header cut off: {name} '{text}' ({wanted} px in {have})")
    return found


def placeholder_fits(edit: QLineEdit) -> bool:
    """An empty field's hint text is drawn whole, not cut with "…" (Qt's line edit keeps 2 px a side)."""
    if edit.text() or not edit.placeholderText():
        return True
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
    room -= edit.textMargins().left() + edit.textMargins().right() + 4
    return edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room


def clipping_problems(window: QWidget, *, touch: bool = True, placeholders: bool = False) -> list[str]:
    """Everything shown in ``window`` that is cut off, outside it, or too small for a finger (and, with
    ``placeholders``, an empty field's hint text cut with "…")."""
    problems: list[str] = []
    frame = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QAbstractScrollArea):
            bar = widget.horizontalScrollBar()
            if bar.isVisibleTo(window) and bar.maximum() > 0:
                problems.append(f"sideways scroll bar: {_name(widget)} ({bar.maximum()} px)")
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            problems += header_problems(widget, window)
        if placeholders and isinstance(widget, QLineEdit) and not placeholder_fits(widget) and \
                not _visible_rect(widget, window)[0].isEmpty():
            problems.append(f"hint text cut off: {_name(widget)} '{widget.placeholderText()}' ({widget.width()} px)")
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox):
            continue
        seen, cut_sideways = _visible_rect(widget, window)
        if seen.isEmpty():
            continue  # scrolled out of view: reached by scrolling, not clipped
        if cut_sideways:
            problems.append(f"cut off at the side of its pane: {_name(widget)}")
        if not frame.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersected(seen)):
            problems.append(f"outside the window: {_name(widget)}")
        if not text_fits(widget):
            problems.append(f"text cut off: {_name(widget)} ({widget.width()}x{widget.height()})")
        if isinstance(widget, QComboBox):
            problems += combo_problems(widget)
        if touch and isinstance(widget, QAbstractButton | QComboBox) and widget.isEnabled() and \
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.height() < TOUCH_PX and \
                not type(widget).__name__.startswith("QScrollBar"):
            problems.append(f"smaller than a finger: {_name(widget)} ({widget.width()}x{widget.height()})")
    return problems
