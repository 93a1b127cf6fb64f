"""The built-in guide: its files in both languages, its plain-text format, and its search."""

from __future__ import annotations

from pathlib import Path

import pytest

from walkthrough.core.guide import (
    LANGUAGES,
    Kind,
    find_words,
    folded,
    load_guide,
    parse_topic,
    preferred_language,
    query_words,
)
from walkthrough.paths import RESOURCES_DIR

GUIDE = RESOURCES_DIR / "guide"
# What the issue asks the guide to explain, and a word of each that must be found in each language.
MUST_EXPLAIN = {
    "blast-rounds": {"en": "Start round", "es": "Iniciar recorrido"},
    "peer-visits": {"en": "wondering", "es": "me pregunto"},
    "dashboard": {"en": "95% interval", "es": "intervalo de 95%"},
    "directory": {"en": "Add school", "es": "Agregar escuela"},
    "frameworks": {"en": "Import a framework file", "es": "Importar un archivo de marco"},
    "sync": {"en": "shared folder", "es": "carpeta compartida"},
    "visit-history": {"en": "Search the notes", "es": "Buscar en las notas"},
    "shared-with-coaches": {"en": "host's focus", "es": "enfoque del anfitrión"},
    "reports": {"en": "no clear change", "es": "sin cambio claro"},
    "settings": {"en": "Backup folder", "es": "Carpeta de copias de seguridad"},
}


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_guide_loads_in_each_language_without_problems(language: str) -> None:
    guide = load_guide(GUIDE, language)
    assert not guide.problems, guide.problems
    assert guide.keys()[0] == "welcome"
    for topic in guide.topics:
        assert topic.passages[0].kind is Kind.TITLE, topic.key
        assert len(topic.passages) >= 4, topic.key


def test_both_languages_have_the_same_topics_in_the_same_order() -> None:
    assert load_guide(GUIDE, "en").keys() == load_guide(GUIDE, "es").keys()


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("topic", list(MUST_EXPLAIN))
def test_each_topic_the_issue_names_is_there_and_searchable(language: str, topic: str) -> None:
    guide = load_guide(GUIDE, language)
    hits = guide.search(MUST_EXPLAIN[topic][language])
    assert topic in {hit.topic.key for hit in hits}, [h.topic.key for h in hits]


def test_the_peer_topic_says_what_the_host_owns_and_what_stays_private() -> None:
    for language, words in {"en": ("What the host owns", "What stays private", "noticing"),
                            "es": ("Lo que decide el anfitrión", "Lo que queda en privado", "Lo que noto")}.items():
        topic = load_guide(GUIDE, language).topic("peer-visits")
        assert topic is not None
        headings = [p.text for p in topic.passages if p.kind is Kind.HEADING]
        assert words[0] in headings and words[1] in headings, headings
        assert any(words[2] in p.text for p in topic.passages)


def test_the_dashboard_topic_explains_too_few_visits_under_five() -> None:
    for language, phrase in {"en": "fewer than 5 visits", "es": "menos de 5 visitas"}.items():
        assert load_guide(GUIDE, language).search(phrase), language


def test_search_ignores_case_and_accents_and_maps_back_to_the_text() -> None:
    text = "Después de la visita, la conversación final."
    spans = find_words(text, query_words("CONVERSACION despues"))
    assert spans is not None
    assert [text[a:b] for a, b in spans] == ["Después", "conversación"]


def test_search_needs_every_word_in_one_passage() -> None:
    assert find_words("the host owns the focus", query_words("host focus")) is not None
    assert find_words("the host owns the focus", query_words("host interval")) is None
    assert load_guide(GUIDE, "en").search("wondering zebra") == []
    assert load_guide(GUIDE, "en").search("   ") == []


def test_folding_keeps_one_origin_per_character() -> None:
    plain, origin = folded("Straße Ñu")
    assert plain == "strasse nu"
    assert len(origin) == len(plain)
    assert origin[4] == origin[5] == 4  # ß became ss, both from index 4


def test_the_format_has_titles_headings_paragraphs_bullets_steps_and_bold() -> None:
    topic = parse_topic(
        "# A title\n\nA paragraph\non two lines.\n\n## A heading\n\n- a **bold** bullet\n  that goes on\n"
        "- another\n\n1. first step\n2. second step\nA paragraph after.\n",
        "sample",
    )
    kinds = [p.kind for p in topic.passages]
    assert kinds == [Kind.TITLE, Kind.PARAGRAPH, Kind.HEADING, Kind.BULLET, Kind.BULLET, Kind.STEP, Kind.STEP,
                     Kind.PARAGRAPH]
    assert topic.title == "A title"
    assert topic.passages[1].text == "A paragraph on two lines."
    bullet = topic.passages[3]
    assert bullet.text == "a bold bullet that goes on"
    assert [bullet.text[a:b] for a, b in bullet.bold] == ["bold"]
    assert topic.passages[6].number == 2


def test_markup_other_than_the_format_stays_text() -> None:
    topic = parse_topic("# T\n\n<b>not bold</b> <img src=x> [a link](http://x)\n", "t")
    assert topic.passages[1].text == "<b>not bold</b> <img src=x> [a link](http://x)"
    assert topic.passages[1].bold == ()


def test_an_unreadable_or_oversized_topic_is_named_and_the_rest_still_loads(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "01-welcome.md").write_text("# Welcome\n\nHello.\n", encoding="utf-8")
    (folder / "02-huge.md").write_bytes(b"# Huge\n\n" + b"x" * 300_000)
    (folder / "03-bom.md").write_bytes("\ufeff# Con BOM\n\nTexto \xe9\n".encode() + b"\xff\n")
    (folder / "04-gone.md").symlink_to(tmp_path / "missing.md")
    (folder / "notes.txt").write_text("not a topic", encoding="utf-8")
    guide = load_guide(tmp_path, "en")
    assert guide.keys() == ["welcome", "bom"]
    assert guide.topic("bom") is not None and guide.topic("bom").title == "Con BOM"  # type: ignore[union-attr]
    assert any("02-huge.md" in p and "too big" in p for p in guide.problems), guide.problems


def test_a_missing_language_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    guide = load_guide(tmp_path, "es")
    assert guide.topics == () and "no guide topics" in guide.problems[0]


@pytest.mark.parametrize(("locale", "language"), [("es_US", "es"), ("es-MX", "es"), ("en_US", "en"),
                                                   ("fr_FR", "en"), ("C", "en"), ("", "en")])
def test_the_guide_opens_in_the_locales_language_or_english(locale: str, language: str) -> None:
    assert preferred_language(locale) == language
