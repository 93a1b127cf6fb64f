"""Every catalog is complete and current: no string of the code missing from it, none unfinished,
and each committed .qm exactly what pyside6-lrelease makes of its .ts (packaging/translations.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations
_spec.loader.exec_module(translations)


@pytest.mark.parametrize("catalog", sorted(translations.catalog_sources()))
@pytest.mark.parametrize("language", translations.languages())
def test_each_catalog_holds_every_string_of_its_code_translated_and_compiled(catalog: str, language: str) -> None:
    sources = translations.catalog_sources()[catalog]
    assert translations.problems(catalog, sources, language) == []


def test_the_catalogs_cover_every_module_of_the_interface_once() -> None:
    seen: dict[Path, str] = {}
    for name, sources in translations.catalog_sources().items():
        for path in sources:
            assert path not in seen, f"{path} is in both {seen[path]} and {name}"
            seen[path] = name
    ui = set((ROOT / "walkthrough" / "ui").rglob("*.py"))
    assert ui <= set(seen)


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "i18n").glob("*.ts")), ids=lambda p: p.name)
def test_every_context_is_a_name_the_code_translates_in(ts: Path) -> None:
    # lupdate files a self.tr() that shares a statement with QCoreApplication.translate() under a made-up
    # context ("QCoreApplication.self"); at run time Qt looks under the class's name and shows English.
    bad = sorted({e.context for e in translations.entries(ts) if not e.context.isidentifier()})
    assert bad == []


@pytest.mark.parametrize("ts", sorted((ROOT / "resources" / "i18n").glob("*.ts")), ids=lambda p: p.name)
def test_every_count_in_a_catalog_has_its_plural_forms(ts: Path) -> None:
    # lupdate makes a plural entry only of self.tr("…%n…", "", n); QCoreApplication.translate(ctx, "…%n…", "", n)
    # becomes a single-form entry, and Spanish would then say "3 aula" for every count.
    import xml.etree.ElementTree as ET

    single = sorted(m.findtext("source") or "" for m in ET.parse(ts).getroot().iter("message")
                    if "%n" in (m.findtext("source") or "") and m.get("numerus") != "yes")
    assert single == []
