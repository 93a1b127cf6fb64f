"""Paragraph styles in the shipped font, sized for A4 or Letter read at arm's length."""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from walkthrough.reports.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#2f6f9f")
ACCENT_LIGHT = colors.HexColor("#cfe0ee")
RULE = colors.HexColor("#c8d0d8")


class Styles:
    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=BOLD)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.cell_muted = ParagraphStyle("cell_muted", parent=self.cell, fontName=ITALIC, textColor=MUTED)
        self.title = ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=10.5, leading=14, textColor=MUTED,
                                       spaceAfter=8)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10,
                                 spaceAfter=4, textColor=ACCENT)
        self.h3 = ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6,
                                 spaceAfter=2)
        self.quote = ParagraphStyle("quote", parent=base, fontName=ITALIC, leftIndent=12, spaceAfter=3)
        self.note = ParagraphStyle("note", parent=base, leftIndent=12, spaceAfter=3)


@cache
def styles() -> Styles:
    return Styles()


def text(value: object) -> str:
    """Plain text made safe for a Paragraph (which reads a little XML); line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")
