"""Reading a PDF back as a person would: its text (pdftotext), its fonts (pdffonts), its pages as
pictures (pdftoppm). The poppler tools are installed by test.sh."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:  # pragma: no cover - test.sh installs poppler-utils
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def pdf_text(path: Path, *, layout: bool = False) -> str:
    args = [_tool("pdftotext"), *(["-layout"] if layout else []), str(path), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_texts(path: Path) -> list[str]:
    """The text of each page (pdftotext ends a page with a form feed)."""
    return pdf_text(path).split("\f")[:-1]


@dataclass(frozen=True)
class FontRow:
    name: str
    embedded: bool


def pdf_fonts(path: Path) -> list[FontRow]:
    out = subprocess.run([_tool("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: emb is the fifth field from the end
        rows.append(FontRow(parts[0], parts[-5] == "yes"))
    return rows


def render_pages(path: Path, folder: Path, *, dpi: int = 40) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-png", str(path), str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"))


def ink_share(png: Path) -> float:
    """The share of pixels that are not white: a blank page is 0."""
    from PIL import Image

    with Image.open(png) as image:
        grey = image.convert("L")
        histogram = grey.histogram()
    total = sum(histogram)
    return 1 - sum(histogram[250:]) / total


def assert_every_page_drawn(path: Path, folder: Path) -> int:
    pages = render_pages(path, folder)
    assert pages, f"{path}: no page rendered"
    for page in pages:
        assert ink_share(page) > 0.003, f"{page.name} of {path.name} is blank"
    return len(pages)


def assert_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, f"{path}: no fonts"
    assert all(f.embedded for f in fonts), f"{path}: fonts not embedded: {[f.name for f in fonts if not f.embedded]}"
    assert all("DejaVuSans" in f.name for f in fonts), [f.name for f in fonts]
