"""A framework's text in the language a person reads, without touching the framework.

A framework version that has left a device never changes (its hash is checked on sync), so
translations are display-only: a sidecar ``forms/translations/<id>.<lang>.toml`` for a built-in framework
(or the translations an imported XLSForm carried) maps section and look-for keys, and options by
their stable key, to the text to show. :func:`localize` returns a copy of the framework with that
text put in; keys, values, hash and canonical text are the original's, so stored responses and
sync are unaffected. English (or a missing sidecar, or a key the sidecar lacks) falls back to the
definition's own text. The language ``"pseudo"`` wraps every text in ⟦ ⟧ for the test that finds
untranslated strings.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from walkthrough.core.framework_types import Framework, LookFor, Option, Part, RatingLevel, Section
from walkthrough.paths import FORMS_DIR

PSEUDO = "pseudo"
#: The language the definitions are written in: nothing to look up.
SOURCE_LANGUAGE = "en"

Table = Mapping[str, object]


#: The sidecars live in a folder of their own: installing ``forms/`` takes every .toml in it, and a
#: sidecar is not a framework.
TRANSLATIONS_FOLDER = "translations"


def sidecar_path(framework_id: str, language: str, forms_dir: Path = FORMS_DIR) -> Path:
    return forms_dir / TRANSLATIONS_FOLDER / f"{framework_id}.{language}.toml"


@lru_cache(maxsize=32)
def _read_sidecar(path: Path) -> Table:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # A missing or broken sidecar shows the definition's own text: never an error on screen.
        return {}


def translations_for(framework_id: str, language: str, forms_dir: Path = FORMS_DIR) -> Table:
    """The sidecar's table for a framework in ``language`` ({} when there is none)."""
    if language in ("", SOURCE_LANGUAGE, PSEUDO):
        return {}
    return _read_sidecar(sidecar_path(framework_id, language, forms_dir))


def _table(parent: Table, name: str) -> Table:
    value = parent.get(name)
    return value if isinstance(value, Mapping) else {}


def _text(table: Table, name: str, fallback: str, pseudo: bool) -> str:
    if pseudo:
        return f"⟦{fallback}⟧" if fallback else fallback
    value = table.get(name)
    return value if isinstance(value, str) and value.strip() else fallback


def _list_text(table: Table, name: str, index: int, fallback: str, pseudo: bool) -> str:
    if pseudo:
        return f"⟦{fallback}⟧" if fallback else fallback
    values = table.get(name)
    if isinstance(values, list) and index < len(values) and isinstance(values[index], str) and values[index]:
        return str(values[index])
    return fallback


def _look_for(lf: LookFor, tr: Table, pseudo: bool, tags: Table | None = None) -> LookFor:
    options = _table(tr, "options")
    anchors = _table(tr, "anchors")
    parts = _table(tr, "parts")
    return replace(
        lf,
        prompt=_text(tr, "prompt", lf.prompt, pseudo),
        description=_text(tr, "description", lf.description, pseudo),
        options=tuple(Option(o.key, _text(options, o.key, o.label, pseudo), _text(anchors, o.key, o.anchor, pseudo),
                             o.value) for o in lf.options),
        levels=tuple(RatingLevel(_list_text(tr, "levels", i, lvl.label, pseudo),
                                 _list_text(tr, "level_anchors", i, lvl.anchor, pseudo), lvl.value)
                     for i, lvl in enumerate(lf.levels)),
        parts=tuple(Part(p.key, _text(parts, p.key, p.label, pseudo),
                         _text(_table(tr, "part_prompts"), p.key, p.prompt, pseudo)) for p in lf.parts),
        tags=tuple(_text(tags or {}, tag, tag, pseudo) for tag in lf.tags),
    )


def _section(section: Section, sections: Table, look_fors: Table, pseudo: bool, tags: Table) -> Section:
    tr = _table(sections, section.key)
    repeat = section.repeat
    if repeat is not None:
        repeat = replace(repeat, label=_text(tr, "repeat_label", repeat.label, pseudo))
    return replace(
        section,
        title=_text(tr, "title", section.title, pseudo),
        description=_text(tr, "description", section.description, pseudo),
        look_fors=tuple(_look_for(lf, _table(look_fors, lf.key), pseudo, tags) for lf in section.look_fors),
        sections=tuple(_section(inner, sections, look_fors, pseudo, tags) for inner in section.sections),
        repeat=repeat,
    )


def apply(framework: Framework, translations: Table, *, pseudo: bool = False) -> Framework:
    """A copy of ``framework`` showing the text of ``translations`` (same keys, hash and canonical text)."""
    if not translations and not pseudo:
        return framework
    sections = _table(translations, "sections")
    look_fors = _table(translations, "look_fors")
    scores = _table(translations, "scores")
    return replace(
        framework,
        title=_text(translations, "title", framework.title, pseudo),
        description=_text(translations, "description", framework.description, pseudo),
        sections=tuple(_section(s, sections, look_fors, pseudo, _table(translations, "tags"))
                       for s in framework.sections),
        scores=tuple(replace(s, title=_text(_table(scores, s.key), "title", s.title, pseudo),
                             description=_text(_table(scores, s.key), "description", s.description, pseudo))
                     for s in framework.scores),
    )


def localize(framework: Framework, language: str, stored: Mapping[str, Table] | None = None,
             forms_dir: Path = FORMS_DIR) -> Framework:
    """``framework`` as a person reading ``language`` sees it.

    ``stored`` holds translations kept with an imported framework (language -> table, e.g. from an
    XLSForm's ``label::Español (es)`` columns); a built-in framework's sidecar is used otherwise."""
    if language == PSEUDO:
        return apply(framework, {}, pseudo=True)
    if language in ("", SOURCE_LANGUAGE):
        return framework
    table = (stored or {}).get(language) or translations_for(framework.id, language, forms_dir)
    return apply(framework, table)


def title_in(framework_id: str, title: str, language: str, forms_dir: Path = FORMS_DIR) -> str:
    """A framework's title in ``language`` from its sidecar alone (a list of titles parses no framework)."""
    if language == PSEUDO:
        return f"⟦{title}⟧" if title else title
    return _text(translations_for(framework_id, language, forms_dir), "title", title, False)


def option_label(look_for: LookFor, key: str) -> str:
    """The label shown for a stored value of a one-of look-for (the key itself when it has none)."""
    for option in look_for.choices:
        if option.key == key:
            return option.label
    return key
