"""The fonts every PDF uses: DejaVu Sans (regular, bold, italic, bold italic), shipped in
``resources/fonts/`` with its licence and embedded, so "Zoë Nguyễn" and "Peña" print as typed.

reportlab's built-in Helvetica is not embedded and has no Vietnamese letters; a TrueType font
registered with :class:`TTFont` is embedded (as a subset of the letters used) in every file.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from walkthrough.paths import RESOURCES_DIR

FONTS_DIR = RESOURCES_DIR / "fonts"
REGULAR = "WalkthroughSans"
BOLD = "WalkthroughSans-Bold"
ITALIC = "WalkthroughSans-Italic"
BOLD_ITALIC = "WalkthroughSans-BoldItalic"
_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_registered = False


class FontsMissing(RuntimeError):
    """A shipped font file is missing (a broken install); the message names it."""


def register_fonts() -> None:
    """Register the family with reportlab (once per process)."""
    global _registered
    if _registered:
        return
    for name, file in _FILES.items():
        path = FONTS_DIR / file
        if not path.is_file():
            raise FontsMissing(f"{path}: the report font is missing; reinstall Walkthrough")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    # Drawings (charts) start from reportlab's graphics defaults: make those ours too, or every
    # file would name a non-embedded Helvetica.
    from reportlab.graphics import shapes

    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    _registered = True
