"""Finger scrolling in every list and scroll area (kinetic, ``QScroller``), word-by-word undo in every field.

Installed once on the application: each scroll area, list, table and tree gets a scroller as it is
made, so a principal with a tablet in one hand scrolls by dragging the content, not by finding a
14 px scroll bar. A short tap still reaches the button or row under the finger (the scroller starts
only once the finger has moved). Text fields and editors keep the mouse for selecting text and scroll
with a touch drag.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScroller,
    QScrollerProperties,
    QTextEdit,
)

from walkthrough.ui.word_undo import word_undo

_DONE = "_finger_scrolling"


def finger_scrolling(area: QAbstractScrollArea) -> None:
    """Let ``area`` scroll by dragging its content (mouse or finger), kinetically."""
    if area.property(_DONE):
        return
    area.setProperty(_DONE, True)
    text = isinstance(area, QTextEdit | QPlainTextEdit)
    gesture = QScroller.ScrollerGestureType.TouchGesture if text else \
        QScroller.ScrollerGestureType.LeftMouseButtonGesture
    QScroller.grabGesture(area.viewport(), gesture)
    scroller = QScroller.scroller(area.viewport())
    properties = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    # A tap reaches the button under the finger at once (Qt holds a press back 0.25 s by default,
    # which made quick taps land late or not at all).
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    scroller.setScrollerProperties(properties)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class _FingerScrolling(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and shiboken6.isValid(watched):
            if isinstance(watched, QAbstractScrollArea):
                finger_scrolling(watched)
            elif isinstance(watched, QLineEdit):
                word_undo(watched)  # Ctrl+Z takes back a word, not the whole field
        return False


def install_finger_scrolling(app: QApplication | None = None) -> None:
    """Give every scroll area finger scrolling, and every line edit word undo: those that exist
    now, and those made from now on (once per application)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication) or app.property(_DONE):
        return
    app.setProperty(_DONE, True)
    # The ones made before (polished already), before the filter is in (grabbing a gesture sends
    # events, each one through it). findChildren picks them in Qt: allWidgets() would make a
    # Python object of every widget (and PySide the enums of every class).
    for top in app.topLevelWidgets():
        for area in [top, *top.findChildren(QAbstractScrollArea)]:
            if isinstance(area, QAbstractScrollArea):
                finger_scrolling(area)
        for edit in [top, *top.findChildren(QLineEdit)]:
            if isinstance(edit, QLineEdit):
                word_undo(edit)
    app.installEventFilter(_FingerScrolling(app))


def uninstall_finger_scrolling(app: QApplication | None = None) -> None:
    """Take the application-wide watch out again (the widgets keep what they were given)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication) or not app.property(_DONE):
        return
    for watch in app.findChildren(_FingerScrolling):
        app.removeEventFilter(watch)
        watch.deleteLater()
    app.setProperty(_DONE, False)
