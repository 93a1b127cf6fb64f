"""Every page that shows records shows what an import brought, while it is open, without a
restart: the one "records changed" signal reaches the page on screen (issue 8)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from framework_samples import FULL
from peer_helpers import PeerDistrict, make_district
from pytestqt.qtbot import QtBot
from sync_helpers import Device, admin_of, blast_visit, devices
from test_sync_page import _wait, _window

from walkthrough.core.frameworks import parse_framework
from walkthrough.ui.mainwindow import MainWindow


@dataclass
class Scene:
    office: Device  # where the records are made
    tablet: Device  # the window, open on a page, that imports them
    d: PeerDistrict


@pytest.fixture
def scene(tmp_path: Path) -> Iterator[Scene]:
    office, tablet = devices(tmp_path, "office-pc", "host-tablet")
    d = make_district(office.repo)
    assert not tablet.take(office.export()).refused  # the directory, as every device has it after a first sync
    yield Scene(office, tablet, d)
    office.repo.close()
    tablet.repo.close()


def _monday(window: MainWindow) -> str:
    return window.schedule_page.monday.isoformat()  # a day the schedule's week shows, whatever today is


def _peer_visit(s: Scene, window: MainWindow) -> None:
    s.office.repo.plan_peer_visit(host_id=s.d.host.id, day=_monday(window), start_time="09:10", end_time="09:55",
                                  visitor_ids=[s.d.visitor.id], by=admin_of(s.office))


def _blast_visit(s: Scene, _window: MainWindow) -> None:
    blast_visit(s.office, s.d.school.id, s.d.host_room.id, s.d.host.id)


def _framework(s: Scene, _window: MainWindow) -> None:
    repo = s.office.repo
    repo.install_framework(parse_framework(FULL, "full.toml"), FULL)
    by = admin_of(s.office)
    repo.start_observation("blast", repo.framework("full-instrument"), s.d.school.id, room_id=s.d.host_room.id,
                           observer_id=by, by=by)  # a visit that uses it: the version travels with it


def _room(s: Scene, _window: MainWindow) -> None:
    s.office.repo.add_room(s.d.school.id, "Room 31 (new)", by=admin_of(s.office))


def _visits_today(window: MainWindow) -> int:
    return window.walkthroughs_page.visits_model.rowCount()


def _my_peer_visits(window: MainWindow) -> int:
    return window.peer_page.list.count()


def _scheduled(window: MainWindow) -> int:
    return sum(day.count() for day in window.schedule_page.day_lists)


def _frameworks(window: MainWindow) -> int:
    model = window.frameworks_page.list_model
    return sum(1 for row in range(model.rowCount()) if model.framework(row).id == "full-instrument")


def _rooms(window: MainWindow) -> int:
    table = window.directory_page.rooms
    return sum(1 for row in range(table.rowCount())
               if table.item(row, 0) is not None and table.item(row, 0).text() == "Room 31 (new)")


def _shared_visit(s: Scene, window: MainWindow) -> None:
    from peer_helpers import NOTE

    from walkthrough.core.model import NoteKind

    repo, d = s.office.repo, s.d
    plan = repo.plan_peer_visit(host_id=d.host.id, day=_monday(window), start_time="13:00", end_time="13:40",
                                visitor_ids=[d.visitor.id], by=d.host.id)
    repo.set_peer_focus(plan.id, "Who does the talking? (shared-focus)", by=d.host.id)
    repo.set_peer_consent(plan.id, True, by=d.host.id)
    notes = repo.begin_peer_notes(plan.id, by=d.visitor.id)
    repo.add_peer_note(notes.id, NoteKind.NOTICING, NOTE, by=d.visitor.id)
    repo.finish_peer_notes(notes.id, by=d.visitor.id)
    repo.share_peer_visit(plan.id, True, by=d.host.id)


def _settled(page: object) -> None:
    from PySide6.QtTest import QTest

    page.wait()  # type: ignore[attr-defined]  # the page reads off the UI thread
    QTest.qWait(50)  # its result delivered


def _history(window: MainWindow) -> int:
    import re

    _settled(window.history_page)
    found = re.match(r"(\d+) visit", window.history_page.count.text())
    return int(found.group(1)) if found else 0


def _dashboard(window: MainWindow) -> int:
    import re

    _settled(window.dashboard_page)
    found = re.search(r"(\d+) blast visit", window.dashboard_page.status.text())
    return int(found.group(1)) if found else 0


def _shared(window: MainWindow) -> int:
    return sum(len(g.visits) for g in window.shared_page.groups)


def _school(s: Scene, _window: MainWindow) -> None:
    s.office.repo.add_school("Cedar Ridge Middle (new)", by=admin_of(s.office))


def _report_schools(window: MainWindow) -> int:
    choice = window.reports_page.school
    return sum(1 for i in range(choice.count()) if choice.itemText(i) == "Cedar Ridge Middle (new)")


def _settings_frameworks(window: MainWindow) -> int:
    from walkthrough.core.framework_types import Mode

    box = window.show_page("settings").framework_boxes[Mode.BLAST]  # type: ignore[attr-defined]
    return int(box.count())


PAGES: dict[str, tuple[str, Callable[[Scene, MainWindow], None], Callable[[MainWindow], int]]] = {
    # page: (whose profile looks, what the other device makes, what the page shows of it)
    "walkthroughs": ("admin", _blast_visit, _visits_today),
    "peer": ("host", _peer_visit, _my_peer_visits),
    "schedule": ("host", _peer_visit, _scheduled),
    "frameworks": ("admin", _framework, _frameworks),
    "directory": ("admin", _room, _rooms),
    "history": ("admin", _blast_visit, _history),
    "dashboard": ("admin", _blast_visit, _dashboard),
    "shared": ("admin", _shared_visit, _shared),
    "reports": ("admin", _school, _report_schools),
    "settings": ("admin", _framework, _settings_frameworks),  # the default framework lists
}


@pytest.mark.parametrize("page", list(PAGES))
def test_a_page_on_screen_shows_what_an_import_brought(qtbot: QtBot, scene: Scene, page: str) -> None:
    who, make, shown = PAGES[page]
    person = scene.d.host.id if who == "host" else admin_of(scene.tablet)
    scene.tablet.repo.switch_profile(person)
    window = _window(qtbot, scene.tablet.repo)
    window.show_page(page)
    qtbot.wait(20)
    before = shown(window)
    make(scene, window)
    bundle = scene.office.export(since_last=True)
    with qtbot.waitSignal(window.changes.records_changed, timeout=30_000):
        assert window.sync_page.import_files([bundle])
    _wait(qtbot, window)
    assert window.pages.currentWidget() is window.show_page(page)  # still the same page: nobody navigated
    assert shown(window) == before + 1, f"the {page} page did not show what the import brought"


def test_every_page_that_shows_records_is_covered(qtbot: QtBot, scene: Scene) -> None:
    """A page added later joins PAGES above (or says here why it shows no synced records)."""
    window = _window(qtbot, scene.tablet.repo)
    without_records = {"backups", "help", "sync"}  # backups: files; help: the guide; sync: its own refresh
    assert set(window.page_keys()) - without_records == set(PAGES)
