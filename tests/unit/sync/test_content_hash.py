"""A record's content hash is the SHA-256 of its fields' values in canonical form, in the
fields' order, whatever way its values are picked (the quick one for a part's field tuple)."""

from __future__ import annotations

import hashlib
import json

from hypothesis import given
from hypothesis import strategies as st

from walkthrough.core import lineage
from walkthrough.storage.sync_tables import TABLES

_VALUE = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text())


def _by_hand(fields: tuple[str, ...], values: dict[str, object]) -> str:
    text = json.dumps([values.get(f) for f in fields], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@given(st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=6, unique=True), st.data())
def test_the_hash_is_the_canonical_values_in_field_order(names: list[str], data: st.DataObject) -> None:
    fields = tuple(names)
    values = {f: data.draw(_VALUE) for f in reversed(names)}  # a mapping in another order than the fields
    assert lineage.content_hash(fields, values) == _by_hand(fields, values)
    assert lineage.content_hash(list(fields), values) == _by_hand(fields, values)


def test_a_field_left_out_hashes_as_none() -> None:
    fields = TABLES["rooms"].main_fields
    values: dict[str, object] = {f: "x" for f in fields[1:]}
    assert lineage.content_hash(fields, values) == lineage.content_hash(fields, {**values, fields[0]: None})
    assert lineage.content_hash(fields, values) == _by_hand(fields, values)
