"""A bundle's lines read (by orjson, for speed) exactly as the standard library reads them:
the same values, and the same lines refused with the same message."""

from __future__ import annotations

import json
import math
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from walkthrough.sync import bundle_read
from walkthrough.sync.bundle_read import MAX_LINE_BYTES, BundleRefused, _json_lines

PATH = Path("lines.zip")


def standard(body: bytes) -> list[object] | str:
    """What the reader did before orjson: each non-blank line by json, or the refusal."""
    try:
        text: str | None = body.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    found: list[object] = []
    for number, line in enumerate(body.split(b"\n") if text is None else text.split("\n"), start=1):
        if not line.strip():
            continue
        size = len(line) if isinstance(line, bytes) else len(line.encode("utf-8"))
        if size > MAX_LINE_BYTES:
            return f"lines.zip: records.jsonl: line {number} is longer than any record can be"
        try:
            found.append(json.loads((line.decode("utf-8") if isinstance(line, bytes) else line).strip()))
        except (ValueError, UnicodeDecodeError):
            return f"lines.zip: records.jsonl: line {number} is not valid JSON"
    return found


def read(body: bytes) -> list[object] | str:
    try:
        return _json_lines(PATH, "records.jsonl", body)
    except BundleRefused as exc:
        return str(exc)


def same(a: object, b: object) -> bool:
    """Equal, with the same types all the way down (1 is not 1.0) and NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b  # type: ignore[arg-type]
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)  # type: ignore[call-overload]
    return a == b


def test_a_whole_number_past_64_bits_reads_as_that_whole_number() -> None:
    """orjson would read it as a float: such a line is read by the standard library instead."""
    body = b'{"v": {"position": 123456789012345678901234567890}}\n{"n": -9223372036854775809}\n'
    assert same(read(body), [{"v": {"position": 123456789012345678901234567890}}, {"n": -9223372036854775809}])


@pytest.mark.parametrize("body", [
    b'{"a": 1, "a": 2}\n',  # the last of a key given twice
    b'[NaN, Infinity, -Infinity, 1e400]\n',  # orjson refuses them; the standard library reads them
    b'{"s": "\\ud800"}\n',  # a lone surrogate
    b'  {"a": 1}  \r\n\n \t \n',  # blank lines and spaces around a value
    b'{"a": 1}\xc2\xa0\n',  # a no-break space after the value (the standard library strips it)
    b'\xef\xbb\xbf{"a": 1}\n',  # a byte order mark
    b'{"a": 1}\n\xff\xfe\n',  # not UTF-8
    b'\xc2\xa0\n{"a": 1}\n\xff\n',  # a blank line of a no-break space, then a line that is not UTF-8
    b'{"a": 1} {"b": 2}\n',  # more after the value
    b'{"a": [1, 2,]}\n',
    b'{"f": 0.1, "g": 1E2, "h": -0, "i": 5e-324, "j": 1.7976931348623157e308}\n',
    b'{"h": "863ceba33eb296743123d4d1d664dbd0fd21c9398852173230261403ec62ab3f"}\n',
    b'"\\u00e9\\n\\"" \n',
])
def test_edge_lines_read_as_the_standard_library_reads_them(body: bytes) -> None:
    assert same(read(body), standard(body)), (read(body), standard(body))


def test_a_line_longer_than_a_record_is_refused_by_its_number() -> None:
    body = b'{"a": 1}\n"' + b"x" * MAX_LINE_BYTES + b'"\n'
    assert read(body) == standard(body) == "lines.zip: records.jsonl: line 2 is longer than any record can be"


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_values, st.booleans(), st.sampled_from(["\n", "\n\n", " \n", "\n \n"])),
                min_size=1, max_size=6),
       st.sampled_from([1, 7, 40, 1 << 20]))
def test_any_lines_read_as_the_standard_library_reads_them(values: list[tuple[object, bool, str]],
                                                            piece: int) -> None:
    """Whatever the lines, and however the entry is cut into the pieces it is read in."""
    body = "".join(json.dumps(v, ensure_ascii=ascii) + end for v, ascii, end in values).encode("utf-8",
                                                                                             "surrogatepass")
    with patch.object(bundle_read, "_PIECE", piece):
        assert same(read(body), standard(body))


@pytest.mark.parametrize("piece", [1, 5, 9, 1 << 20])
def test_lines_cut_into_pieces_keep_their_numbers(piece: int) -> None:
    body = b'{"a": 1}\n\n{"b": 2}\n  \n{oops\n{"c": 3}\n'
    with patch.object(bundle_read, "_PIECE", piece):
        assert read(body) == "lines.zip: records.jsonl: line 5 is not valid JSON"
        assert read(body.replace(b"{oops", b"[]")) == [{"a": 1}, {"b": 2}, [], {"c": 3}]
        assert read(b"") == [] and read(b"\n") == [] and read(b"1\n2") == [1, 2]
