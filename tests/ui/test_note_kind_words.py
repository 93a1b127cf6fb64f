"""Every note kind is named in the interface's words: none falls back to an English name
that no catalog holds, or to the value stored in the database."""

from __future__ import annotations

import pytest

from walkthrough.core.model import NoteKind
from walkthrough.ui.pages.peer_visit_record import KIND_LABELS, kind_label
from walkthrough.ui.pages.shared_visits import _kind_word


@pytest.mark.parametrize("kind", list(NoteKind))
def test_every_note_kind_has_a_name_marked_for_translation(kind: NoteKind) -> None:
    assert kind in KIND_LABELS
    assert kind_label(kind) == str(KIND_LABELS[kind])


def test_a_reflection_on_the_shared_visits_page_is_named_not_shown_as_its_stored_value() -> None:
    assert _kind_word(NoteKind.REFLECTION) == "Reflection"
    assert _kind_word(NoteKind.NEXT_STEP) == "Next step"
    assert _kind_word(NoteKind.NOTICING) == "Noticed"
