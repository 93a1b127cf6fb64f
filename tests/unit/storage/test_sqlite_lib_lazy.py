"""sqlite-utils loads without running dateutil's date parser (its recipes import it; the app never
uses it): about 0.01 s of every start with data. The parser still works at its first use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_opening_the_storage_layer_runs_none_of_dateutils_date_parser() -> None:
    loaded = _run("import sys; import walkthrough.storage.startup; "
                  "print(sorted(m for m in ('dateutil.parser._parser', 'dateutil.tz.tz') if m in sys.modules))")
    assert loaded == "[]"


def test_sqlite_utils_date_recipes_still_parse_at_their_first_use() -> None:
    said = _run("import walkthrough.storage.sqlite_lib; import sqlite_utils.recipes as r; "
                "print(r.parsedate('4 Dec 2026'), r.parsedatetime('2026-12-04 10:05'))")
    assert said == "2026-12-04 2026-12-04T10:05:00"


def test_a_module_loaded_lazily_runs_at_its_first_use_and_is_then_whole(tmp_path: Path) -> None:
    (tmp_path / "lazy_probe.py").write_text('print("ran")\nVALUE = 42\n', encoding="utf-8")
    said = _run(f"import sys; sys.path.insert(0, {str(tmp_path)!r}); "
                "from walkthrough.storage.lazy_load import load_lazily; load_lazily('lazy_probe'); print('placed'); "
                "import lazy_probe; print(lazy_probe.VALUE)")
    assert said.splitlines() == ["placed", "ran", "42"]


def test_a_module_already_imported_or_not_installed_is_left_alone() -> None:
    said = _run("import sys, json; from walkthrough.storage.lazy_load import load_lazily; "
                "before = sys.modules['json']; load_lazily('json'); load_lazily('no_such_module_here'); "
                "print(sys.modules['json'] is before, 'no_such_module_here' in sys.modules)")
    assert said == "True False"
