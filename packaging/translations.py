"""Make and check the interface's translation catalogs (resources/i18n/<catalog>_<language>.ts/.qm).

    .venv/bin/python packaging/translations.py              # update every catalog from the code, then compile it
    .venv/bin/python packaging/translations.py --only pages # one catalog
    .venv/bin/python packaging/translations.py --check      # exit 1 when a catalog is out of date or unfinished

Updating runs ``pyside6-lupdate`` over the catalog's source files (new strings arrive as
unfinished entries, strings gone from the code are dropped) and ``pyside6-lrelease`` to make the
``.qm`` the app loads. A translator then fills in the unfinished entries (Qt Linguist, or any
editor: they are XML) and runs this again.

Checking (the test ``tests/unit/test_translations.py`` runs it) fails when the code holds a string
its catalog lacks, when an entry is unfinished or empty, or when a committed ``.qm`` is not what
``pyside6-lrelease`` makes of its ``.ts``.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
UI = "walkthrough/ui"

#: The window's pages kept in the "pages" catalog; every other module of walkthrough/ui outside
#: widgets/ and dialogs/ is in the "window" catalog.
PAGES = (
    "pages/directory.py", "pages/directory_rooms.py", "pages/first_run.py", "pages/first_run_roster.py",
    "pages/dashboard.py",
    "pages/dashboard_work.py", "pages/dashboard_words.py", "pages/dashboard_tables.py",
    "pages/peer_visits.py", "pages/peer_visit_record.py", "pages/peer_visit_debrief.py",
    "pages/frameworks.py", "models/frameworks.py",
)


def _ui_files(*patterns: str) -> list[Path]:
    return sorted({path for pattern in patterns for path in (ROOT / UI).glob(pattern)})


def catalog_sources() -> dict[str, list[Path]]:
    """Each catalog's name and the source files lupdate reads for it."""
    widgets = _ui_files("widgets/*.py", "dialogs/*.py")
    pages = [ROOT / UI / name for name in PAGES]
    taken = set(widgets) | set(pages)
    window = [path for path in _ui_files("**/*.py") if path not in taken]
    core = sorted(path for package in ("core", "storage", "sync", "reports")
                  for path in (ROOT / "walkthrough" / package).rglob("*.py"))
    core += sorted(path for path in (ROOT / "walkthrough").glob("*.py"))
    return {"widgets": widgets, "pages": pages, "window": window, "core": core}


def languages() -> list[str]:
    """The languages there are catalogs for (English is the source and needs none)."""
    return sorted({ts.stem.rsplit("_", 1)[1] for ts in I18N.glob("*_*.ts")}) or ["es"]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6): run bash test.sh once")
    return found


def lupdate(sources: list[Path], ts: Path) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    *map(str, sources), "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    finished: bool


def entries(ts: Path) -> list[Entry]:
    """Every message of a catalog, with whether its translation is done."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
            text = "" if translation is None else (translation.text or "")
            done = (translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                                 "obsolete")
                    and (all(forms) if forms else bool(text.strip())))
            found.append(Entry(name, message.findtext("source", ""), done))
    return found


def update(name: str, sources: list[Path], language: str) -> Path:
    ts = I18N / f"{name}_{language}.ts"
    if not ts.exists():
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                      f'<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
    lupdate(sources, ts)
    lrelease(ts, ts.with_suffix(".qm"))
    return ts


def problems(name: str, sources: list[Path], language: str) -> list[str]:
    """What is wrong with one committed catalog, in words (empty when it is complete and current)."""
    ts = I18N / f"{name}_{language}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.exists():
        return [f"{ts.relative_to(ROOT)} is missing: run packaging/translations.py"]
    found = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        shutil.copy(ts, fresh)
        lupdate(sources, fresh)
        committed = {(e.context, e.source) for e in entries(ts)}
        for entry in entries(fresh):
            if (entry.context, entry.source) not in committed:
                found.append(f"{ts.name}: not in the catalog yet: [{entry.context}] {entry.source!r}")
        for entry in entries(ts):
            if not entry.finished:
                found.append(f"{ts.name}: not translated: [{entry.context}] {entry.source!r}")
        made = Path(scratch) / qm.name
        lrelease(ts, made)
        if not qm.exists():
            found.append(f"{qm.relative_to(ROOT)} is missing: run packaging/translations.py")
        elif not filecmp.cmp(made, qm, shallow=False):
            found.append(f"{qm.name} is not what lrelease makes of {ts.name}: run packaging/translations.py")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=sorted(catalog_sources()), help="one catalog")
    parser.add_argument("--check", action="store_true", help="report what is out of date; change nothing")
    args = parser.parse_args(argv)
    catalogs = {k: v for k, v in catalog_sources().items() if args.only in (None, k)}
    failed = []
    for language in languages():
        for name, sources in catalogs.items():
            if args.check:
                failed += problems(name, sources, language)
            else:
                ts = update(name, sources, language)
                todo = [e for e in entries(ts) if not e.finished]
                print(f"{ts.relative_to(ROOT)}: {len(entries(ts))} entries, {len(todo)} to translate")
    for line in failed:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
