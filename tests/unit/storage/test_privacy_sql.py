"""The privacy rule as SQL selects exactly what core.privacy.may_include allows."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from walkthrough.core.model import Observation, ObservationKind, Visibility
from walkthrough.core.privacy import Output, may_include
from walkthrough.storage.privacy_sql import included

PEOPLE = st.sampled_from([None, "ana", "ben", "cy"])

observations = st.builds(
    Observation,
    id=st.uuids().map(str),
    kind=st.sampled_from(list(ObservationKind)),
    visibility=st.sampled_from(list(Visibility)),
    deleted=st.booleans(),
    teacher_id=PEOPLE,
    observer_id=PEOPLE,
)


def _table(rows: list[Observation]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE observations (id TEXT PRIMARY KEY, kind TEXT, visibility TEXT, deleted INTEGER,"
                 " teacher_id TEXT, observer_id TEXT)")
    conn.executemany("INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?)",
                     [(o.id, o.kind.value, o.visibility.value, int(o.deleted), o.teacher_id, o.observer_id)
                      for o in rows])
    return conn


@settings(max_examples=300, deadline=None)
@given(st.lists(observations, max_size=25, unique_by=lambda o: o.id), st.sampled_from(list(Output)), PEOPLE)
def test_the_sql_predicate_selects_exactly_what_may_include_allows(
    rows: list[Observation], output: Output, viewer: str | None
) -> None:
    conn = _table(rows)
    where, params = included(output, viewer)
    chosen = {r[0] for r in conn.execute(f"SELECT o.id FROM observations o WHERE {where}", params)}
    assert chosen == {o.id for o in rows if may_include(o, output, viewer)}


def test_private_and_shared_peer_visits_never_reach_a_dashboard() -> None:
    peer = [Observation(id=f"p{i}", kind=ObservationKind.PEER, visibility=v, teacher_id="ana", observer_id="ben")
            for i, v in enumerate(Visibility)]
    conn = _table([*peer, Observation(id="b", kind=ObservationKind.BLAST)])
    for output in (Output.DASHBOARD, Output.ADMIN_REPORT, Output.CSV_EXPORT):
        where, params = included(output, "ana")
        assert [r[0] for r in conn.execute(f"SELECT id FROM observations o WHERE {where}", params)] == ["b"]
    where, params = included(Output.COACH_COMPILATION, "cy")
    assert {r[0] for r in conn.execute(f"SELECT id FROM observations o WHERE {where}", params)} == {"p1", "b"}


@settings(max_examples=200, deadline=None)
@given(st.lists(observations, max_size=25, unique_by=lambda o: o.id), PEOPLE)
def test_the_on_screen_predicate_selects_exactly_what_visible_on_screen_allows(
    rows: list[Observation], viewer: str | None
) -> None:
    from walkthrough.core.privacy import visible_on_screen
    from walkthrough.storage.privacy_sql import on_screen

    conn = _table(rows)
    where, params = on_screen(viewer)
    chosen = {r[0] for r in conn.execute(f"SELECT o.id FROM observations o WHERE {where}", params)}
    assert chosen == {o.id for o in rows if visible_on_screen(o, viewer)}
