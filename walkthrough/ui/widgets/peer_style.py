"""The look of the peer-visit screens: calm, descriptive, big touch targets.

Note kinds have a colour and always their name (never colour alone). There
is deliberately no red/green anywhere near a colleague's name: nothing here
looks like a grade.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from walkthrough.ui.widgets.controls import touch_button

KIND_COLOURS = {"noticing": "#1f5fbf", "wondering": "#7a3fb0", "evidence": "#0f766e"}

STYLE = """
QDateEdit, QTimeEdit { min-height: 48px; padding: 0 10px; border: 1px solid #b8c2cc; border-radius: 8px;
    background: #ffffff; }
QCheckBox { min-height: 48px; spacing: 10px; }
QCheckBox::indicator { width: 26px; height: 26px; }
QLabel#focusBanner { background: #fff4d6; color: #4a3000; font-size: 19px; padding: 12px 16px;
    border: 1px solid #f0d48a; border-radius: 8px; }
QLabel#focusCaption { color: #6b4500; font-size: 13px; font-weight: 600; }
QLabel#notice { padding: 8px 12px; border-radius: 6px; }
QLabel#notice[tone="info"] { background: #e7f0fd; color: #0b3d91; }
QLabel#notice[tone="error"] { background: #fdecea; color: #8a1c11; }
QLabel#notice[tone="private"] { background: #eef1f4; color: #34495e; }
QLabel#chip { padding: 4px 10px; border-radius: 12px; background: #eef1f4; color: #34495e; font-size: 13px; }
QFrame#card { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 8px; }
QFrame#card[seen="true"] { background: #eef6fd; border-color: #8fb5e6; }
QFrame#card[target="true"] { border: 3px solid #1f6feb; }
QLabel#timer { font-size: 22px; font-weight: 700; font-family: monospace; color: #1d2733; }
QPushButton[kind] { font-weight: 600; }
QPushButton[kind="noticing"]:checked { background: #1f5fbf; color: white; border-color: #1f5fbf; }
QPushButton[kind="wondering"]:checked { background: #7a3fb0; color: white; border-color: #7a3fb0; }
QPushButton[kind="evidence"]:checked { background: #0f766e; color: white; border-color: #0f766e; }
QPushButton[badge="noticing"] { color: #1f5fbf; border-color: #1f5fbf; }
QPushButton[badge="wondering"] { color: #7a3fb0; border-color: #7a3fb0; }
QPushButton[badge="evidence"] { color: #0f766e; border-color: #0f766e; }
QPushButton:disabled { color: #8a96a3; background: #f0f2f4; }
QComboBox:disabled, QLineEdit:disabled, QDateEdit:disabled, QTimeEdit:disabled, QPlainTextEdit[readOnly="true"] {
    color: #4a5563; background: #f0f2f4; }
QListWidget::item:selected { background: #dbe8fb; color: #1d2733; border-left: 4px solid #1f6feb; }
QPushButton[seenToggle="true"]:checked { background: #1f5fbf; color: white; border-color: #1f5fbf; }
"""


button = touch_button  # the peer screens' name for the app's touch button


def heading(text: str, size: int = 22) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: {size}px; font-weight: 600;")
    return label


def notice(accessible: str) -> QLabel:
    """A line that says what happened (or went wrong) without a pop-up."""
    label = QLabel()
    label.setObjectName("notice")
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def say(label: QLabel, text: str, tone: str = "info") -> None:
    label.setText(text)
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))



def restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
