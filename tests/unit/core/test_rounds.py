"""The pure rules of a round: walking order, next room, teacher link, summary."""

from __future__ import annotations

from walkthrough.core.frameworks import LookFor, ResponseType, TeacherLink
from walkthrough.core.model import Room
from walkthrough.core.rounds import (
    RoundStop,
    StopStatus,
    clock,
    due_snapshot_minutes,
    moved,
    next_stop,
    rooms_in_route_order,
    summarise,
    uses_teacher,
)


def _stop(position: int, status: StopStatus) -> RoundStop:
    return RoundStop(id=f"s{position}", position=position, room_id=f"r{position}", status=status)


def test_next_stop_is_the_next_pending_after_the_current_then_wraps_to_passed_over_rooms() -> None:
    stops = [_stop(0, StopStatus.PENDING), _stop(1, StopStatus.VISITED), _stop(2, StopStatus.VISITING),
             _stop(3, StopStatus.SKIPPED), _stop(4, StopStatus.PENDING)]
    assert next_stop(stops, 2) == stops[4]
    assert next_stop(stops, 4) == stops[0]
    assert next_stop([_stop(0, StopStatus.VISITED)], 0) is None


def test_route_order_keeps_the_route_and_drops_removed_rooms() -> None:
    rooms = [Room(id="a", name="B room"), Room(id="b", name="A room"), Room(id="c", name="C", deleted=True)]
    assert [r.id for r in rooms_in_route_order(rooms, None)] == ["b", "a"]
    assert [r.id for r in rooms_in_route_order(rooms, ["c", "a", "b", "a"])] == ["a", "b"]


def test_moved_clamps_at_both_ends() -> None:
    assert moved(["a", "b", "c"], 0, -1) == ["a", "b", "c"]
    assert moved(["a", "b", "c"], 0, 1) == ["b", "a", "c"]
    assert moved(["a", "b", "c"], 1, 5) == ["a", "c", "b"]


def test_the_framework_decides_the_teacher_link_unless_it_is_optional() -> None:
    assert uses_teacher(TeacherLink.NAMED, False) is True
    assert uses_teacher(TeacherLink.ANONYMOUS, True) is False
    assert uses_teacher(TeacherLink.OPTIONAL, False) is False


def test_snapshot_prompts_fall_due_at_their_minute_until_answered() -> None:
    lf = LookFor(key="k", prompt="p", response=ResponseType.SNAPSHOT, section_key="s", minutes=(1, 3))
    assert due_snapshot_minutes(lf, 59) == []
    assert due_snapshot_minutes(lf, 61) == [1]
    assert due_snapshot_minutes(lf, 200, answered=["1"]) == [3]


def test_summary_counts_visited_rooms_and_time_in_each() -> None:
    stops = [
        RoundStop(id="1", position=0, room_id="a", status=StopStatus.VISITED, observation_id="o1",
                  started_at="2026-01-05T09:00:00.000+00:00", ended_at="2026-01-05T09:03:00.000+00:00"),
        RoundStop(id="2", position=1, room_id="b", status=StopStatus.SKIPPED),
        RoundStop(id="3", position=2, room_id="c", status=StopStatus.VISITED, observation_id="o3",
                  started_at="2026-01-05T09:05:00.000+00:00", ended_at="2026-01-05T09:06:30.000+00:00"),
    ]
    rooms = {k: Room(id=k, name=k.upper(), teacher_id="t") for k in "abc"}
    summary = summarise(stops, rooms, {"t": "T"}, {"o1": 4}, set(), started_at="", ended_at=None)
    assert (summary.visited, summary.skipped, summary.seconds_in_rooms) == (2, 1, 270)
    assert summary.lines[0].marked == 4 and summary.lines[0].teacher_name == "T"
    assert clock(summary.average_seconds) == "2:15"
    assert "2 rooms visited · 1 skipped" in summary.describe()
