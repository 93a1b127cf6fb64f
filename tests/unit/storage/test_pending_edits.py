"""The journal of edits not yet saved: written whole or not at all, gone when
empty, a damaged one set aside with a message, and only edits that set a
record's field can be replayed from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from role_helpers import first_admin

from walkthrough.core.model import Role
from walkthrough.storage import Repository
from walkthrough.storage.base import StoreError
from walkthrough.storage.pending_edits import EditJournal, JournalDamaged, PendingEdit, apply_edit


def _edit(key: str = "room/r1/name", text: str = "Room 3B") -> PendingEdit:
    return PendingEdit(key, "update_room", ("r1",), {"name": text}, "Room name", text)


def test_the_journal_lives_next_to_its_database(tmp_path: Path) -> None:
    journal = EditJournal.for_database(str(tmp_path / "walkthrough.sqlite3"))
    assert journal.path == tmp_path / "walkthrough.pending-edits.json"
    assert EditJournal.for_database("").path is None  # an in-memory database keeps edits in memory only


def test_waiting_edits_round_trip_in_order_and_the_file_goes_when_none_wait(tmp_path: Path) -> None:
    journal = EditJournal(tmp_path / "j.json")
    edits = [_edit("room/r1/name", "Room 3B"), PendingEdit("response/o/k", "record_response", ("o", "k", ["a", "b"]),
                                                           {"not_applicable": False}, "Prompt"),
             PendingEdit("peer_visit_note/o/draft", "", label="Note", text="Pairs compared answers.")]
    journal.write(edits, durable=True)
    assert journal.read() == edits
    assert json.loads((tmp_path / "j.json").read_text(encoding="utf-8"))["format"] == 1
    journal.write([])
    assert not (tmp_path / "j.json").exists() and journal.read() == []


def test_a_damaged_journal_is_set_aside_never_deleted_and_named_in_the_message(tmp_path: Path) -> None:
    path = tmp_path / "walkthrough.pending-edits.json"
    path.write_text('{"format": 1, "edits": [{"key": "x", "action": "close"}]}', encoding="utf-8")
    with pytest.raises(JournalDamaged) as caught:
        EditJournal(path).read()
    message = str(caught.value)
    assert str(path) in message and "unknown action 'close'" in message and "kept as" in message
    kept = list(tmp_path.glob("walkthrough.pending-edits.json.damaged-*"))
    assert len(kept) == 1 and "close" in kept[0].read_text(encoding="utf-8")
    assert not path.exists()


@pytest.mark.parametrize("body", ["", "{", "[]", '{"format": 2, "edits": []}', '{"format": 1, "edits": [3]}',
                                  '{"format": 1, "edits": [{"key": "k", "action": "update_room", "args": 3}]}'])
def test_any_unreadable_journal_is_refused_with_a_message(tmp_path: Path, body: str) -> None:
    path = tmp_path / "j.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(JournalDamaged):
        EditJournal(path).read()


def test_a_journal_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "j.json"
    EditJournal(path).write([_edit()])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert EditJournal(path).read() == [_edit()]


def test_a_failed_write_leaves_the_previous_journal_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    journal = EditJournal(tmp_path / "j.json")
    journal.write([_edit(text="first")])

    def refuse(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OSError):
        journal.write([_edit(text="second")])
    monkeypatch.undo()
    assert journal.read() == [_edit(text="first")]
    assert not (tmp_path / "j.json.tmp").exists()


def test_replaying_an_edit_commits_it_and_replaying_it_twice_does_no_harm(repo: Repository) -> None:
    school = repo.add_school("Maple Hollow", by=first_admin(repo).id)
    person = repo.add_person("Ana Diallo", Role.TEACHER, school.id, by=first_admin(repo).id)
    edit = PendingEdit(f"person/{person.id}/name", "update_person", (person.id,), {"name": "Ana Diallo-Reyes",
                                                                                    "by": first_admin(repo).id})
    apply_edit(repo, edit)
    apply_edit(repo, edit)
    assert repo.person(person.id).name == "Ana Diallo-Reyes"


def test_only_the_listed_field_edits_can_be_replayed(repo: Repository) -> None:
    with pytest.raises(StoreError):
        apply_edit(repo, PendingEdit("x", "close"))
    assert repo.schools() == []  # and the database is still open
