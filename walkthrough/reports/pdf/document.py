"""The page template every report uses, and building a document from flowables.

Every page carries, above a thin rule, what the document covers ("Building summary · Lincoln
Elementary · 1 Aug 2025 to 19 Dec 2025"), and below it the date made and "page 3 of 12".
The total is drawn once, at the end, into a form every page refers to (one pass over the
document, however many pages it has).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from walkthrough import __version__
from walkthrough.reports.pdf.fonts import BOLD, REGULAR, register_fonts
from walkthrough.reports.pdf.styles import INK, MUTED, RULE
from walkthrough.reports.words import ENGLISH, Words

MARGIN = 16 * mm
HEADER = 12 * mm
FOOTER = 11 * mm
_TOTAL_FORM = "walkthroughPageTotal"


@dataclass(frozen=True)
class Header:
    """What every page says about the document."""

    title: str  # "Building summary"
    covers: str  # "Lincoln Elementary · 1 Aug 2025 to 19 Dec 2025"
    made: datetime  # when the document was made (local time)
    subject: str = ""  # the PDF's subject metadata
    author: str = ""  # who made it
    words: Words = ENGLISH  # the language of the footer ("Made … by", "page 3 of 12")


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Writes the page count, once it is known, into the form every footer shows."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR  # never a non-embedded Helvetica
        kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 9
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        pages = self.getPageNumber() - 1 if not self._code else self.getPageNumber()
        if self._code:
            self.showPage()
        self.beginForm(_TOTAL_FORM)
        self.setFont(REGULAR, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(pages))
        self.endForm()
        super().save()


def _draw_frame(header: Header) -> Callable[[Canvas, BaseDocTemplate], None]:
    w = header.words
    made = w.translate("core", "Made {made} by Walkthrough {version}").format(made=w.moment(header.made),
                                                                             version=__version__)

    def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        top = height - MARGIN + 2 * mm
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 9)
        canvas.drawString(MARGIN, top, header.title)
        canvas.setFont(REGULAR, 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, top, _fit(canvas, header.covers, width - 2 * MARGIN - 70 * mm, 9))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 2.5 * mm, width - MARGIN, top - 2.5 * mm)
        bottom = MARGIN - 6 * mm
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(MARGIN, bottom, made)
        label = w.translate("core", "page {page} of ").format(page=canvas.getPageNumber())
        right = width - MARGIN - 14
        canvas.drawRightString(right, bottom, label)
        canvas.translate(right, bottom)
        canvas.doForm(_TOTAL_FORM)
        canvas.restoreState()

    return draw


def _fit(canvas: Canvas, value: str, room: float, size: float) -> str:
    if canvas.stringWidth(value, REGULAR, size) <= room:
        return value
    while value and canvas.stringWidth(value + "…", REGULAR, size) > room:
        value = value[:-1]
    return value + "…"


def build(target: Path | IO[bytes], header: Header, story: Sequence[Flowable], *,
          pagesize: tuple[float, float] = A4, progress: Callable[[int], None] | None = None) -> int:
    """Lay out ``story`` on pages with the template; returns the number of pages.

    ``progress`` is called with each page number as it is finished (for a progress bar).
    """
    register_fonts()
    doc = BaseDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=pagesize,
        leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER - 4 * mm, bottomMargin=MARGIN + FOOTER - 6 * mm,
        title=f"{header.title}: {header.covers}", subject=header.subject or header.title,
        author=header.author, creator=f"Walkthrough {__version__}",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_draw_frame(header))])
    if progress is not None:
        def after_page(*_args: Any) -> None:
            progress(doc.page)

        doc.afterPage = after_page  # type: ignore[method-assign]
    doc.build(list(story), canvasmaker=_NumberedCanvas)
    return int(doc.page)
