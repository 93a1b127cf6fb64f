"""The look of the walkthrough screens: state in words and colour, big targets.

Observed is green, not observed is red-brown, N/A is grey; an unmarked
look-for stays white with "Not marked", so no state relies on colour alone.
"""

STYLE = """
QWidget#visitHeader { background: #1d2733; }
QWidget#visitHeader QLabel { color: #ffffff; }
QLabel#roomName { font-size: 26px; font-weight: 700; }
QLabel#teacherName { font-size: 16px; color: #c9d3dd; }
QLabel#roundProgress { font-size: 17px; padding: 0 16px; color: #ffffff; }
QLabel#timer { font-size: 28px; font-weight: 700; font-family: monospace; }
QLabel#timer[over="true"] { color: #ffb454; }
QWidget#visitHeader QProgressBar { background: #3a4756; border: none; border-radius: 4px; }
QWidget#visitHeader QProgressBar::chunk { background: #4cc38a; border-radius: 4px; }
QLabel#notice { padding: 10px 20px; font-size: 16px; }
QLabel#notice[tone="info"] { background: #e7f0fd; color: #0b3d91; }
QLabel#notice[tone="prompt"] { background: #fff4d6; color: #6b4500; font-weight: 600; }
QLabel#notice[tone="error"] { background: #fdecea; color: #8a1c11; }
QWidget#checklist { background: #f6f7f9; }
QLabel#sectionHeading { font-size: 17px; font-weight: 700; color: #34495e; padding: 0 4px; }
QLabel#sectionDescription { font-size: 14px; }
QFrame#lookFor { background: #ffffff; border: 1px solid #d5dbe1; border-radius: 8px; }
QFrame#lookFor[state="observed"] { background: #eaf7ef; border-color: #7fc79a; }
QFrame#lookFor[state="not_observed"] { background: #fbeeeb; border-color: #e0a89c; }
QFrame#lookFor[state="na"] { background: #f0f1f3; border-color: #c4c9cf; }
QFrame#lookFor[state="marked"] { background: #edf3fc; border-color: #9dbbe8; }
QFrame#lookFor[state="waiting"] { background: #fff4e5; border: 2px dashed #d97706; }
QFrame#lookFor[current="true"] { border: 3px solid #1f6feb; }
QLabel#prompt { font-size: 15px; }
QLabel#stateChip { font-size: 14px; font-weight: 600; padding: 4px 8px; border-radius: 6px;
    color: #5b6775; border: 1px dashed #9aa5b1; background: #ffffff; }
QFrame#lookFor[state="observed"] QLabel#stateChip { color: #ffffff; background: #1e8e4e; border: none; }
QFrame#lookFor[state="not_observed"] QLabel#stateChip { color: #ffffff; background: #b3402a; border: none; }
QFrame#lookFor[state="na"] QLabel#stateChip { color: #ffffff; background: #6b7684; border: none; }
QFrame#lookFor[state="marked"] QLabel#stateChip { color: #ffffff; background: #1f5fbf; border: none; }
QFrame#lookFor[state="waiting"] QLabel#stateChip { color: #7a4100; background: #ffe8c2; border: 1px solid #d97706; }
QFrame#lookFor[state="waiting"] QPushButton:checked { color: #7a4100; background: #ffe8c2; border: 2px dashed #d97706; }
QPushButton[segment="true"] { font-size: 15px; padding: 0 14px; background: #ffffff; }
QPushButton[segment="true"]:checked { color: #ffffff; }
QPushButton[tone="observed"]:checked { background: #1e8e4e; border-color: #1e8e4e; }
QPushButton[tone="not_observed"]:checked { background: #b3402a; border-color: #b3402a; }
QPushButton[tone="na"]:checked { background: #6b7684; border-color: #6b7684; }
QPushButton[tone="choice"]:checked { background: #1f5fbf; border-color: #1f5fbf; }
QPushButton[tone="neutral"]:checked { background: #e7f0fd; border-color: #1f6feb; }
QStackedWidget#rowStack > QWidget { background: transparent; }
QLabel#wrapLabel { background: transparent; border: none; padding: 0; font-size: 15px; color: #1d2733; }
QLabel#wrapLabel[checked="true"] { color: #ffffff; }
QLabel#wrapLabel[checked="true"][tone="neutral"] { color: #0b3d91; font-weight: 600; }
QLabel#wrapLabel:disabled { color: #8a96a3; }
QPushButton[primary="true"] QLabel#wrapLabel { color: #ffffff; font-size: 18px; font-weight: 600; }
QPushButton[primary="true"] QLabel#wrapLabel:disabled { color: #f4f6f8; }
QPushButton[danger="true"] QLabel#wrapLabel { color: #b42318; }
QPushButton[danger="true"] QLabel#wrapLabel:disabled { color: #8a96a3; }
QLabel[count="true"][empty="true"] { font-size: 14px; font-weight: 400; color: #6b7684; }
QPushButton[stepper="true"] { font-size: 24px; font-weight: 700; padding: 0; }
QLabel[count="true"] { font-size: 22px; font-weight: 700; }
QLabel[due="true"] { color: #8a5a00; font-weight: 700; }
QWidget#visitFooter { background: #ffffff; border-top: 1px solid #d5dbe1; }
QLabel#markedCount { font-size: 15px; color: #c9d3dd; padding: 0 16px; }
QLabel#keyHint { font-size: 12px; color: #6b7684; }
QPushButton[primary="true"] { font-size: 18px; }
QFrame#rowPanel { background: #ffffff; border: 2px solid #1f6feb; border-radius: 10px; }
QLabel#panelTitle { font-size: 14px; font-weight: 600; color: #34495e; }
QLabel#rowOpener { font-size: 18px; color: #5b6775; padding: 0 4px; }
QLabel#noteMark { font-size: 16px; color: #1f5fbf; }
QLabel#roundBanner { background: #e7f0fd; color: #0b3d91; padding: 12px; font-size: 16px; border-radius: 8px; }
"""
