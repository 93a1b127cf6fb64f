"""Wilson and Newcombe intervals against the published worked values."""

from __future__ import annotations

import pytest

from walkthrough.reports.stats import newcombe_difference, wilson


# Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of seven
# methods. Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score, no continuity correction).
@pytest.mark.parametrize(("n", "total", "low", "high"), [
    (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718)])
def test_wilson_interval_matches_newcombe_1998_table_one(n: int, total: int, low: float, high: float) -> None:
    found = wilson(n, total)
    assert found is not None
    assert (round(found.low, 4), round(found.high, 4)) == (low, high)


# Newcombe RG (1998), Interval estimation for the difference between independent proportions: comparison
# of eleven methods. Statistics in Medicine 17:873-890, Table II, method 10 (hybrid score).
@pytest.mark.parametrize(("n1", "t1", "n2", "t2", "low", "high"), [
    (56, 70, 48, 80, 0.0524, 0.3339), (9, 10, 3, 10, 0.1705, 0.8090), (6, 7, 2, 7, 0.0582, 0.8062),
    (5, 56, 0, 29, -0.0381, 0.1926), (0, 10, 0, 20, -0.1611, 0.2775), (0, 10, 0, 10, -0.2775, 0.2775),
    (10, 10, 0, 20, 0.6791, 1.0), (10, 10, 0, 10, 0.6075, 1.0)])
def test_difference_interval_matches_newcombe_1998_method_ten(
    n1: int, t1: int, n2: int, t2: int, low: float, high: float
) -> None:
    found = newcombe_difference(n1, t1, n2, t2)
    assert found is not None
    assert (round(found.low, 4), round(found.high, 4)) == (low, high)


def test_a_change_is_a_change_only_when_its_interval_excludes_zero() -> None:
    changed = newcombe_difference(56, 70, 48, 80)
    same = newcombe_difference(5, 56, 0, 29)
    assert changed is not None and changed.excludes_zero()
    assert same is not None and not same.excludes_zero()


def test_no_visits_give_no_interval() -> None:
    assert wilson(0, 0) is None and newcombe_difference(1, 2, 0, 0) is None
    with pytest.raises(ValueError):
        wilson(3, 2)
