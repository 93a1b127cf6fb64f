"""The visit list shares its width so that no column is narrower than its header's words."""

from __future__ import annotations

from walkthrough.ui.widgets.visit_list import shared_widths


def test_columns_share_evenly_when_every_floor_fits() -> None:
    assert shared_widths([40, 40, 40], 300) == [100, 100, 100]


def test_a_column_wider_than_its_share_keeps_its_floor_and_the_others_share_the_rest() -> None:
    assert shared_widths([30, 140, 30, 30], 320) == [60, 140, 60, 60]


def test_when_the_floors_are_wider_than_the_room_each_column_gets_its_floor() -> None:
    assert shared_widths([120, 140], 200) == [120, 140]
