"""A demo district made once per test module, and a fresh copy of it per test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from walkthrough.demo import generate
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository


def make_demo(factory: pytest.TempPathFactory, name: str, *, observations: int, seed: int, today: date) -> Path:
    """The database file of a demo district with the built-in frameworks."""
    path = factory.mktemp(name) / "walkthrough.sqlite3"
    repo = Repository.open(path)
    repo.install_framework_files([FORMS_DIR])
    generate(repo, observations=observations, seed=seed, today=today)
    repo.close()
    return path


@contextmanager
def copy_of(demo: Path, folder: Path) -> Iterator[Repository]:
    """A repository on a copy of ``demo`` in ``folder``, closed afterwards."""
    target = folder / "walkthrough.sqlite3"
    target.write_bytes(demo.read_bytes())
    repo = Repository.open(target)
    try:
        yield repo
    finally:
        repo.close()
