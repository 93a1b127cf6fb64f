"""The schedule's double-booking rules (walkthrough.core.schedule)."""

from __future__ import annotations

import itertools
from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from walkthrough.core.peer import PeerVisit, PeerVisitor
from walkthrough.core.schedule import (
    Booking,
    BookingRole,
    bookings,
    clashes,
    conflicts_of,
    double_bookings,
    uncovered,
    week_of,
)

DAY = "2025-10-14"


def visit(vid: str, host: str, visitors: dict[str, str | None], start: str, end: str, *, day: str = DAY,
          cover: bool = True) -> PeerVisit:
    return PeerVisit(
        id=vid, host_id=host, day=day, start_time=start, end_time=end,
        visitors=tuple(PeerVisitor(id=f"{vid}-{p}", visit_id=vid, visitor_id=p, cover_needed=cover, substitute_id=s)
                       for p, s in visitors.items()),
    )


def test_a_visitor_in_two_overlapping_visits_is_double_booked() -> None:
    found = conflicts_of([visit("a", "ben", {"ana": None}, "09:00", "09:45"),
                          visit("b", "carmen", {"ana": None}, "09:30", "10:15")])
    assert [(c.person_id, c.first.visit_id, c.second.visit_id) for c in found] == [("ana", "a", "b")]


def test_a_substitute_covering_two_classes_at_once_is_double_booked() -> None:
    found = conflicts_of([visit("a", "ben", {"ana": "maya"}, "09:00", "09:45"),
                          visit("b", "dev", {"carmen": "maya"}, "09:15", "09:30")])
    assert [(c.person_id, c.first.role, c.second.role) for c in found] == [
        ("maya", BookingRole.SUBSTITUTE, BookingRole.SUBSTITUTE)
    ]


def test_a_teacher_visiting_while_being_visited_is_double_booked() -> None:
    found = conflicts_of([visit("a", "ben", {"ana": None}, "09:00", "09:45"),
                          visit("b", "ana", {"carmen": None}, "09:00", "09:45")])
    assert [c.person_id for c in found] == ["ana"]
    assert {found[0].first.role, found[0].second.role} == {BookingRole.HOST, BookingRole.VISITOR}


def test_a_host_visited_twice_at_once_is_not_double_booked() -> None:
    assert conflicts_of([visit("a", "ben", {"ana": None}, "09:00", "09:45"),
                         visit("b", "ben", {"carmen": None}, "09:00", "09:45")]) == []


def test_back_to_back_visits_do_not_clash() -> None:
    assert conflicts_of([visit("a", "ben", {"ana": "maya"}, "09:00", "09:45"),
                         visit("b", "carmen", {"ana": "maya"}, "09:45", "10:30")]) == []


def test_the_same_times_on_different_days_do_not_clash() -> None:
    assert conflicts_of([visit("a", "ben", {"ana": None}, "09:00", "09:45"),
                         visit("b", "carmen", {"ana": None}, "09:00", "09:45", day="2025-10-15")]) == []


def test_a_substitute_only_counts_when_cover_is_needed() -> None:
    made = bookings([visit("a", "ben", {"ana": "maya"}, "09:00", "09:45", cover=False)])
    assert BookingRole.SUBSTITUTE not in {b.role for b in made}


def test_uncovered_lists_visitors_needing_a_substitute_without_one() -> None:
    plans = [visit("a", "ben", {"ana": None, "carmen": "maya"}, "09:00", "09:45"),
             visit("b", "dev", {"eli": None}, "10:00", "10:45", cover=False)]
    assert [(u.visit.id, u.visitor.visitor_id) for u in uncovered(plans)] == [("a", "ana")]


def test_deleted_visits_book_nobody() -> None:
    from dataclasses import replace

    plans = [visit("a", "ben", {"ana": None}, "09:00", "09:45"),
             replace(visit("b", "carmen", {"ana": None}, "09:00", "09:45"), deleted=True)]
    assert conflicts_of(plans) == []


def test_week_of_runs_monday_to_the_next_monday() -> None:
    assert week_of(date(2025, 10, 16)) == (date(2025, 10, 13), date(2025, 10, 20))
    assert week_of(date(2025, 10, 13)) == (date(2025, 10, 13), date(2025, 10, 20))


# Property tests: the fast sweep agrees with checking every pair. ------------

PEOPLE = ["ana", "ben", "maya"]
slots = st.tuples(st.integers(8 * 60, 15 * 60), st.integers(5, 90)).map(
    lambda s: (time(s[0] // 60, s[0] % 60), time(min(23 * 60 + 59, s[0] + s[1]) // 60, (s[0] + s[1]) % 60))
)
booking = st.builds(
    lambda day, slot, person, role, n: Booking(date(2025, 10, 13 + day), slot[0], slot[1], person, role, f"v{n}"),
    st.integers(0, 1), slots, st.sampled_from(PEOPLE), st.sampled_from(list(BookingRole)), st.integers(0, 5),
)


@given(st.lists(booking, max_size=12))
def test_the_sweep_finds_exactly_the_clashing_pairs(booked: list[Booking]) -> None:
    found = {frozenset({c.first, c.second}) for c in double_bookings(booked)}
    expected = {frozenset({a, b}) for a, b in itertools.combinations(sorted(booked), 2) if a != b and clashes(a, b)}
    assert found == expected


@given(st.lists(booking, max_size=10), booking)
def test_adding_a_booking_never_removes_a_conflict(booked: list[Booking], extra: Booking) -> None:
    before = {(c.first, c.second) for c in double_bookings(booked)}
    after = {(c.first, c.second) for c in double_bookings([*booked, extra])}
    assert before <= after


@given(booking, booking)
def test_clashing_is_symmetric_and_needs_one_person_and_overlap(a: Booking, b: Booking) -> None:
    assert clashes(a, b) == clashes(b, a)
    if clashes(a, b):
        assert a.person_id == b.person_id and a.day == b.day
        assert a.start < b.end and b.start < a.end
        assert not (a.role is BookingRole.HOST and b.role is BookingRole.HOST)


def test_one_substitute_covering_two_visitors_of_one_visit_is_double_booked() -> None:
    found = conflicts_of([visit("a", "ben", {"ana": "maya", "carmen": "maya"}, "09:00", "09:45")])
    assert [(c.person_id, {c.first.covering_for, c.second.covering_for}) for c in found] == [
        ("maya", {"ana", "carmen"})
    ]
