"""A framework's title in a list (round start, filters, settings) reads as the framework itself does."""

from __future__ import annotations

from walkthrough.core.framework_text import localize, localize_title
from walkthrough.paths import FORMS_DIR
from walkthrough.storage import Repository

BLAST = "blast-empowered-learning"


def test_a_listed_title_is_the_title_the_framework_shows(repo: Repository) -> None:
    repo.install_framework_files([FORMS_DIR])
    framework = repo.framework(BLAST)
    assert localize_title(BLAST, framework.title, "es") == localize(framework, "es").title
    assert localize_title(BLAST, framework.title, "es") != framework.title


def test_a_title_without_a_translation_stays_as_written() -> None:
    assert localize_title(BLAST, "Empowered", "en") == "Empowered"
    assert localize_title("our-own-framework", "Our own", "es") == "Our own"
    assert localize_title(BLAST, "Empowered", "pseudo") == "⟦Empowered⟧"
