"""The intervals the reports draw: Wilson's for a share, Newcombe's for a change in a share.

* :func:`wilson`: the 95% Wilson score interval for n of N (Wilson 1927;
  Newcombe 1998a, method 3), good at small N and near 0 or 1, unlike the
  "±2 standard errors" interval;
* :func:`newcombe_difference`: the 95% interval for the difference of two
  independent shares by Newcombe's hybrid score method (Newcombe 1998b,
  method 10), built from the two Wilson intervals. A change counts as a
  change only when this interval excludes zero.

Checked against the worked values in Newcombe's papers
(``tests/unit/reports/test_stats.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt

Z95 = 1.959963984540054
MIN_GROUP = 5  # fewer visits than this: "too few visits", never a percentage


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def excludes_zero(self) -> bool:
        return self.low > 0 or self.high < 0


def wilson(n: int, total: int, z: float = Z95) -> Interval | None:
    """The Wilson score interval for ``n`` of ``total`` (None when ``total`` is 0)."""
    if total <= 0:
        return None
    if not 0 <= n <= total:
        raise ValueError(f"{n} of {total} is not a share")
    p = n / total
    z2 = z * z
    centre = (p + z2 / (2 * total)) / (1 + z2 / total)
    half = z * sqrt(p * (1 - p) / total + z2 / (4 * total * total)) / (1 + z2 / total)
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def newcombe_difference(n1: int, total1: int, n2: int, total2: int, z: float = Z95) -> Interval | None:
    """The interval for (n1/total1 − n2/total2) by Newcombe's hybrid score method (None when a total is 0)."""
    first, second = wilson(n1, total1, z), wilson(n2, total2, z)
    if first is None or second is None:
        return None
    p1, p2 = n1 / total1, n2 / total2
    d = p1 - p2
    low = d - sqrt((p1 - first.low) ** 2 + (second.high - p2) ** 2)
    high = d + sqrt((first.high - p1) ** 2 + (p2 - second.low) ** 2)
    return Interval(max(-1.0, low), min(1.0, high))
