"""Charts drawn as vectors (reportlab graphics): a share as a bar with its interval whisker,
and a heatmap. A group of fewer than :data:`FEWEST_VISITS` visits is never drawn as a share:
it says "too few visits", as on the dashboard."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from walkthrough.reports.pdf.fonts import ITALIC, REGULAR
from walkthrough.reports.pdf.styles import ACCENT, INK, MUTED, RULE

FEWEST_VISITS = 5  # fewer visits than this in a group: "too few visits", never a percentage
TOO_FEW = "too few visits"


def share_bar(share: float | None, low: float | None, high: float | None, *, width: float = 150,
              height: float = 11, too_few: str = TOO_FEW) -> Drawing:
    """A bar for ``share`` (0..1) on a 0-100 % track with the interval ``low``..``high`` as a whisker;
    ``share`` None draws the words ``too_few`` ("too few visits", in the report's language) instead."""
    d = Drawing(width, height)
    d.add(Rect(0, 1, width, height - 2, fillColor=colors.Color(0.94, 0.95, 0.96), strokeColor=None))
    if share is None:
        d.add(String(4, height / 2 - 3, too_few, fontName=ITALIC, fontSize=7, fillColor=MUTED))
        return d
    d.add(Rect(0, 2, max(0.0, min(1.0, share)) * width, height - 4, fillColor=ACCENT, strokeColor=None))
    if low is not None and high is not None:
        y = height / 2
        x0, x1 = max(0.0, low) * width, min(1.0, high) * width
        d.add(Line(x0, y, x1, y, strokeColor=INK, strokeWidth=0.9))
        for x in (x0, x1):
            d.add(Line(x, y - 3, x, y + 3, strokeColor=INK, strokeWidth=0.9))
    for tick in (0.25, 0.5, 0.75):
        d.add(Line(tick * width, 0, tick * width, 1.5, strokeColor=RULE, strokeWidth=0.5))
    return d


@dataclass(frozen=True)
class HeatCell:
    share: float | None  # None: too few visits
    visits: int


def heatmap(rows: Sequence[str], columns: Sequence[str], cells: Sequence[Sequence[HeatCell]], *,
            width: float, label_width: float = 170, cell_height: float = 14) -> Drawing:
    """Look-fors (rows) against groups (columns): each cell shaded by its share, with the percentage
    written in it; a group of too few visits is left pale and marked "–"."""
    cols = max(1, len(columns))
    cell_width = (width - label_width) / cols
    head = 26
    height = head + cell_height * len(rows)
    d = Drawing(width, height)
    for j, name in enumerate(columns):
        x = label_width + j * cell_width + cell_width / 2
        d.add(String(x, height - 11, _clip(name, cell_width, 7), fontName=REGULAR, fontSize=7, fillColor=INK,
                     textAnchor="middle"))
    for i, name in enumerate(rows):
        y = height - head - (i + 1) * cell_height
        d.add(String(0, y + 4, _clip(name, label_width - 4, 7), fontName=REGULAR, fontSize=7, fillColor=INK))
        for j, cell in enumerate(cells[i]):
            x = label_width + j * cell_width
            if cell.share is None:
                fill = colors.Color(0.96, 0.96, 0.96)
                label, ink = "–", MUTED
            else:
                fill = _shade(cell.share)
                label = f"{round(cell.share * 100)}%"
                ink = colors.white if cell.share > 0.55 else INK
            d.add(Rect(x + 0.5, y + 0.5, cell_width - 1, cell_height - 1, fillColor=fill, strokeColor=None))
            d.add(String(x + cell_width / 2, y + 4, label, fontName=REGULAR, fontSize=7, fillColor=ink,
                         textAnchor="middle"))
    return d


def _shade(share: float) -> colors.Color:
    share = max(0.0, min(1.0, share))
    light, dark = (0.93, 0.96, 0.98), (0.12, 0.36, 0.55)
    return colors.Color(*(a + (b - a) * share for a, b in zip(light, dark, strict=True)))


def _clip(value: str, room: float, size: float) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(value, REGULAR, size) <= room:
        return value
    while value and stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value + "…"
