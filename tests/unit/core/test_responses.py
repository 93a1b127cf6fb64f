"""What a tap may set, by response type."""

from __future__ import annotations

import pytest

from walkthrough.core.frameworks import LookFor, Option, RatingLevel, ResponseType
from walkthrough.core.model import ObservationKind
from walkthrough.core.responses import ResponseError, check_allowed, normalise


def lf(response: ResponseType, **kw: object) -> LookFor:
    return LookFor(key="k", prompt="p", response=response, section_key="s", **kw)  # type: ignore[arg-type]


OPTIONS = (Option("a", "A"), Option("b", "B"), Option("c", "C"))


def test_presence() -> None:
    look_for = lf(ResponseType.PRESENCE, allow_na=True)
    assert normalise(look_for, "observed") == "observed"
    assert normalise(look_for, None, not_applicable=True) is None
    with pytest.raises(ResponseError, match="'seen' is not one of observed, not_observed"):
        normalise(look_for, "seen")


def test_not_applicable_needs_permission_and_no_value() -> None:
    with pytest.raises(ResponseError, match="does not allow 'not applicable'"):
        normalise(lf(ResponseType.TALLY), None, not_applicable=True)
    with pytest.raises(ResponseError, match="carries no value"):
        normalise(lf(ResponseType.TALLY, allow_na=True), 3, not_applicable=True)


def test_rating_levels() -> None:
    look_for = lf(ResponseType.RATING, levels=(RatingLevel("Low"), RatingLevel("High")))
    assert normalise(look_for, 2) == 2
    for bad in (0, 3, True, "2"):
        with pytest.raises(ResponseError, match="level from 1 to 2"):
            normalise(look_for, bad)


def test_multi_choice_keeps_framework_order() -> None:
    assert normalise(lf(ResponseType.MULTI_CHOICE, options=OPTIONS), ["c", "a"]) == ["a", "c"]
    with pytest.raises(ResponseError, match="'z' is not one of"):
        normalise(lf(ResponseType.MULTI_CHOICE, options=OPTIONS), ["z"])


def test_tally_is_a_whole_number() -> None:
    assert normalise(lf(ResponseType.TALLY), 4) == 4
    for bad in (-1, 1.5, "3"):
        with pytest.raises(ResponseError, match="whole number"):
            normalise(lf(ResponseType.TALLY), bad)


def test_snapshot_by_minute() -> None:
    counts = lf(ResponseType.SNAPSHOT, minutes=(1, 3))
    assert normalise(counts, {1: 12, "3": 9}) == {"1": 12, "3": 9}
    with pytest.raises(ResponseError, match="minute 2 is not one of its prompt minutes"):
        normalise(counts, {2: 1})
    choices = lf(ResponseType.SNAPSHOT, minutes=(2,), options=OPTIONS)
    assert normalise(choices, {2: "b"}) == {"2": "b"}


def test_text_and_frequency_and_choice() -> None:
    assert normalise(lf(ResponseType.TEXT), "Students said…") == "Students said…"
    assert normalise(lf(ResponseType.CHOICE, options=OPTIONS), "b") == "b"
    with pytest.raises(ResponseError):
        normalise(lf(ResponseType.TEXT), 3)


def test_a_peer_visit_never_records_a_rating() -> None:
    rating = lf(ResponseType.RATING, levels=(RatingLevel("Low"), RatingLevel("High")))
    with pytest.raises(ResponseError, match="non-evaluative"):
        check_allowed(ObservationKind.PEER, rating)
    check_allowed(ObservationKind.BLAST, rating)
    check_allowed(ObservationKind.PEER, lf(ResponseType.PRESENCE, allow_na=True))
