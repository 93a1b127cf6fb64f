"""Text typed into any field that saves itself is kept until the database
takes it: while another process holds the database (or the disk is full)
the field says "Not saved yet" next to it, and every character is written
once the fault clears. Nothing is shown as saved before the commit returns."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from fault_helpers import write_lock
from pending_fields import EVERY_FIELD, Field, open_window, reflection, room_name, type_over
from pytestqt.qtbot import QtBot
from role_helpers import first_admin

from walkthrough.storage import Repository
from walkthrough.storage.pending_edits import EditJournal, PendingEdit
from walkthrough.ui.pending import RETRY_MS, Outcome, PendingWrites, pending_writes


@pytest.mark.parametrize("make_field", EVERY_FIELD.values(), ids=EVERY_FIELD.keys())
def test_text_typed_while_another_process_holds_the_database_says_not_saved_yet_and_is_saved_once_it_lets_go(
    qtbot: QtBot, repo: Repository, make_field: Callable[[QtBot, Repository], Field],
) -> None:
    field = make_field(qtbot, repo)
    before = field.stored()
    assert before != field.text
    with write_lock(repo.database_file) as lock:
        type_over(qtbot, field, field.text)
        qtbot.waitUntil(lambda: "Not saved yet" in field.status.text(), timeout=3000)
        assert field.status.isVisible() and "database is busy" in field.status.text()
        qtbot.wait(1000)  # it is tried again and again while the lock is held
        assert field.stored() == before, "the lock held: nothing can have been written"
        lock.release()
        qtbot.waitUntil(lambda: field.stored() == field.text, timeout=3000)
    assert "Not saved yet" not in field.status.text()
    assert pending_writes(repo).count() == 0


def test_the_reflection_typed_against_a_locked_database_is_written_without_another_keystroke(
    qtbot: QtBot, repo: Repository,
) -> None:
    """The case as reported: the editor used to mark the text saved before
    the store call, so after "database is locked" it was never written."""
    field = reflection(qtbot, repo)
    with write_lock(repo.database_file) as lock:
        type_over(qtbot, field, "They talked more than I expected.")
        field.window.peer_page.debrief.flush()  # leaving the field: commit now
        assert field.stored() == ""
        visit = field.window.peer_page.debrief.visit
        assert visit is not None and pending_writes(repo).is_waiting(f"peer_visit/{visit.id}/reflection")
        lock.release()
    qtbot.waitUntil(lambda: field.stored() == "They talked more than I expected.", timeout=3000)


def test_text_typed_on_a_full_disk_says_so_and_is_saved_once_there_is_room(qtbot: QtBot, repo: Repository) -> None:
    field = reflection(qtbot, repo)
    pages = repo.db.execute("PRAGMA page_count").fetchone()[0]
    repo.db.execute(f"PRAGMA max_page_count = {pages}")
    pasted = "Partners took turns explaining their sorting rule and the other partner restated it. " * 80
    field.widget.setFocus()
    field.widget.insertPlainText(pasted)  # a long paste: it needs new pages in the database
    qtbot.keyClicks(field.widget, "Then they swapped.")
    long_text = pasted + "Then they swapped."
    qtbot.waitUntil(lambda: "disk is full" in field.status.text(), timeout=3000)
    assert "Not saved yet" in field.status.text() and field.stored() == ""
    repo.db.execute("PRAGMA max_page_count = 1073741823")  # space is freed
    qtbot.waitUntil(lambda: field.stored() == long_text, timeout=3000)
    qtbot.waitUntil(lambda: "Saved" in field.status.text() or not field.status.isVisible(), timeout=3000)


def test_a_room_renamed_without_enter_is_saved_after_a_pause(qtbot: QtBot, repo: Repository) -> None:
    field = room_name(qtbot, repo)
    finished: list[bool] = []
    field.window.directory_page.room_name.editingFinished.connect(lambda: finished.append(True))
    type_over(qtbot, field, "Room 3B · Grade 2")  # no Enter, nothing else touched
    qtbot.waitUntil(lambda: field.stored() == "Room 3B · Grade 2", timeout=2000)
    assert finished == [], "saved by the pause, not by Enter or leaving the field"
    assert field.window.directory_page.rooms.item(0, 0).text() == "Room 3B · Grade 2"


def test_a_refused_rename_says_why_next_to_the_field_and_keeps_what_is_typed(qtbot: QtBot, repo: Repository) -> None:
    field = room_name(qtbot, repo)
    type_over(qtbot, field, "   ")
    qtbot.waitUntil(lambda: "a room needs a name" in field.status.text(), timeout=2000)
    assert field.widget.text() == "   " and field.stored() == "Room 3"
    qtbot.keyClicks(field.widget, "Room 4")
    qtbot.waitUntil(lambda: field.stored() == "Room 4", timeout=2000)
    assert "needs a name" not in field.status.text()


def test_a_field_shown_again_while_its_text_waits_shows_the_waiting_text(qtbot: QtBot, repo: Repository) -> None:
    field = room_name(qtbot, repo)
    page = field.window.directory_page
    other = repo.add_room(repo.schools()[0].id, "Room 9", by=first_admin(repo).id)
    page.refresh()
    with write_lock(repo.database_file) as lock:
        page.rooms.selectRow(0)
        type_over(qtbot, field, "Room 3B")
        qtbot.waitUntil(lambda: "Not saved yet" in field.status.text(), timeout=3000)
        page.rooms.selectRow(1)  # another room: its own name, stored; the window says one change waits
        assert page.room_name.text() == "Room 9" and not page.room_status.isVisible()
        banner = field.window.waiting_label
        assert banner.isVisible() and "1 change is not saved yet" in banner.text()
        page.rooms.selectRow(0)  # back: what was typed, not the stale stored name
        assert page.room_name.text() == "Room 3B" and "Not saved yet" in page.room_status.text()
        lock.release()
    qtbot.waitUntil(lambda: field.stored() == "Room 3B", timeout=3000)
    assert repo.room(other.id).name == "Room 9"
    assert not field.window.waiting_label.isVisible()


def test_edits_kept_from_last_time_are_saved_at_start_and_the_window_says_so(qtbot: QtBot, repo: Repository) -> None:
    school = repo.add_school("Cedar Park Elementary", by=first_admin(repo).id)
    room = repo.add_room(school.id, "Room 3", by=first_admin(repo).id)
    journal = EditJournal.for_database(repo.database_file)
    journal.write([PendingEdit(f"room/{room.id}/name", "update_room", (room.id,),
                               {"name": "Room 3B", "by": first_admin(repo).id}, "Room name",
                               "Room 3B")])
    window = open_window(qtbot, repo)
    assert repo.room(room.id).name == "Room 3B"
    assert window.statusBar().currentMessage() == "The change typed just before the app last closed was saved."
    assert journal.path is not None and not journal.path.exists()


def test_a_damaged_journal_at_start_is_named_and_kept_and_the_app_opens(qtbot: QtBot, repo: Repository) -> None:
    journal = EditJournal.for_database(repo.database_file)
    assert journal.path is not None
    journal.path.write_text("{ not json", encoding="utf-8")
    window = open_window(qtbot, repo)
    message = window.statusBar().currentMessage()
    assert "could not be read" in message and str(journal.path) in message and "kept as" in message
    assert list(journal.path.parent.glob(journal.path.name + ".damaged-*"))


def test_an_edit_still_waiting_when_the_database_is_closed_stays_in_the_journal_and_logs_no_error(
    qtbot: QtBot, repo: Repository, caplog: pytest.LogCaptureFixture,
) -> None:
    """The window closes its database while an edit waits for a retry: the retry
    used to fail on the closed connection, log a traceback and drop the edit."""
    school = repo.add_school("Cedar Park Elementary", by=first_admin(repo).id)
    room = repo.add_room(school.id, "Room 3", by=first_admin(repo).id)
    path = repo.database_file
    queue = PendingWrites(repo)
    edit = PendingEdit(f"room/{room.id}/name", "update_room", (room.id,),
                       {"name": "Room 3B", "by": first_admin(repo).id}, "Room name", "Room 3B")
    with write_lock(path):
        assert queue.submit(edit) is Outcome.WAITING
    repo.close()
    with caplog.at_level(logging.INFO, logger="walkthrough.ui.pending"):
        qtbot.wait(RETRY_MS * 3)  # the retry timer fires on the closed database
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert [e.key for e in EditJournal.for_database(path).read()] == [edit.key]
    again = Repository.open(path)
    try:
        replayed = PendingWrites(again)
        assert replayed.replay() == (1, 0)
        assert again.room(room.id).name == "Room 3B"
    finally:
        again.close()
