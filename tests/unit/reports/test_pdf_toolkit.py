"""The PDF toolkit: fonts shipped and embedded, accents printed, "page N of M" on every page with the
header and the date made, long tables split across pages with their header row, small groups never
drawn as a share."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pdf_helpers import assert_every_page_drawn, assert_fonts_embedded, page_texts, pdf_text
from reportlab.platypus import Paragraph

from walkthrough.reports.pdf.charts import TOO_FEW, HeatCell, heatmap, share_bar
from walkthrough.reports.pdf.document import Header, build
from walkthrough.reports.pdf.fonts import FONTS_DIR
from walkthrough.reports.pdf.styles import styles, text
from walkthrough.reports.pdf.tables import table

MADE = datetime(2026, 3, 9, 14, 5)
NAMES = ("Zoë Nguyễn", "Peña", "Łukasz Żółć", "Ngô Bảo Châu")


def _document(path: Path, rows: int) -> int:
    s = styles()
    story = [Paragraph(text(" · ".join(NAMES)), s.title)]
    body = [[f"{NAMES[i % 4]} row {i}", f"{i % 40} of 40", share_bar((i % 40) / 40, 0.1, 0.9)]
            for i in range(rows)]
    body.append(["small group", "3 of 4", share_bar(None, None, None)])
    story.append(table(["Look-for", "n of N", "Share"], body, [220, 70, 160], numeric=[1]))
    story.append(heatmap(["Questions", "Talk"], ["K-2", "3-5"], [[HeatCell(0.5, 20), HeatCell(None, 3)]] * 2,
                         width=460))
    return build(path, Header("Building summary", "Lincoln Elementary · fall term", MADE), story)


def test_the_shipped_fonts_and_their_licence_are_in_resources() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"):
        assert (FONTS_DIR / name).stat().st_size > 100_000
    assert "Bitstream" in (FONTS_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_names_with_accents_print_in_embedded_fonts(tmp_path: Path) -> None:
    path = tmp_path / "names.pdf"
    _document(path, 5)
    assert_fonts_embedded(path)
    got = pdf_text(path)
    for name in NAMES:
        assert name in got


def test_every_page_says_what_it_covers_its_number_of_the_total_and_the_date_made(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pages = _document(path, 300)
    assert pages >= 5
    texts = page_texts(path)
    assert len(texts) == pages
    for number, page in enumerate(texts, start=1):
        assert f"page {number} of {pages}" in page.replace("\n", " ").replace("of  ", "of "), page[-200:]
        assert "Lincoln Elementary · fall term" in page
        assert "Made 9 March 2026, 14:05" in page


def test_a_long_table_splits_across_pages_repeating_its_header(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    _document(path, 300)
    texts = page_texts(path)
    assert all("Look-for" in page and "n of N" in page for page in texts[:-1])
    assert "row 299" in "".join(texts) and "row 0" in texts[0]


def test_a_small_group_shows_too_few_visits_never_a_share(tmp_path: Path) -> None:
    path = tmp_path / "small.pdf"
    _document(path, 1)
    got = pdf_text(path)
    assert TOO_FEW in got
    assert "–" in got  # the heatmap's small cell: no percentage
    assert got.count("50%") == 2  # the heatmap's large cells only


def test_every_page_is_drawn(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pages = _document(path, 120)
    assert assert_every_page_drawn(path, tmp_path / "png") == pages
