"""The start's schema check keeps what it learns: the tables each set of steps makes is built once."""

from __future__ import annotations

import pytest

from walkthrough.storage import health
from walkthrough.storage.migrations import steps


def test_the_expected_tables_are_built_once_then_read_from_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    applied = tuple(steps())
    first = health.expected_tables.__wrapped__(applied)
    assert {"people", "rooms", "observations"} <= first

    def never(_applied: tuple[str, ...]) -> frozenset[str]:
        raise AssertionError("built again")

    monkeypatch.setattr(health, "_build_expected_tables", never)
    assert health.expected_tables.__wrapped__(applied) == first


def test_other_steps_have_their_own_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    all_steps = tuple(steps())
    health.expected_tables.__wrapped__(all_steps)
    built: list[tuple[str, ...]] = []
    real = health._build_expected_tables

    def counting(applied: tuple[str, ...]) -> frozenset[str]:
        built.append(applied)
        return real(applied)

    monkeypatch.setattr(health, "_build_expected_tables", counting)
    fewer = health.expected_tables.__wrapped__(all_steps[:1])
    assert built == [all_steps[:1]]
    assert "people" in fewer and "plc_teams" not in fewer


def test_a_cache_file_cut_short_is_built_again(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    import platformdirs

    from walkthrough.paths import APP_NAME

    applied = tuple(steps())
    first = health.expected_tables.__wrapped__(applied)
    folder = platformdirs.user_cache_dir(APP_NAME, appauthor=False)
    from pathlib import Path

    [cache] = list(Path(folder).glob("schema-tables-*.json"))
    cache.write_text('["people", "roo', encoding="utf-8")  # a write cut short
    assert health.expected_tables.__wrapped__(applied) == first


def test_the_store_loads_no_crypto_or_framework_text_library_until_one_is_used() -> None:
    """PyNaCl (sync sealing), argon2-cffi (PINs) and tomlkit (framework text) are not needed to start."""
    import subprocess
    import sys

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; import walkthrough.storage; "
         "print(sorted(m for m in ('nacl', 'argon2', 'tomlkit') if m in sys.modules))"],
        capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
