"""Tables that split across pages, repeating their header row on each."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import LongTable, Paragraph, TableStyle

from walkthrough.reports.pdf.fonts import BOLD, REGULAR
from walkthrough.reports.pdf.styles import ACCENT_LIGHT, INK, RULE, styles, text

Cell = object  # a str (escaped and wrapped here), a Paragraph or a drawing


def table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
          numeric: Sequence[int] = (), short: Sequence[int] = (), zebra: bool = True) -> LongTable:
    """A table of ``rows`` under ``header``, splitting across pages; ``numeric`` columns align right;
    ``short`` columns hold a few words that never wrap (drawn as plain strings, like the numbers)."""
    s = styles()
    head = [Paragraph(text(h), s.cell_bold) for h in header]
    plain = set(numeric) | set(short)
    # Figures and short words are drawn as plain strings (fast); longer words wrap in a Paragraph.
    body = [[(c if i in plain else Paragraph(text(c), s.cell)) if isinstance(c, str) else c
             for i, c in enumerate(row)] for row in rows]
    t = LongTable([head, *body], colWidths=list(widths), repeatRows=1, splitByRow=True)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 8.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for col in numeric:
        commands.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
    if zebra:  # one command for every row: a style command per row is re-applied at each page split
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.97, 0.975, 0.98)]))
    commands.append(("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT))
    t.setStyle(TableStyle(commands))
    t.hAlign = "LEFT"
    return t
