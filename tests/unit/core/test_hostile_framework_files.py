"""Framework files as a hostile tester makes them: each refused with the file named, or accepted and kept."""

from __future__ import annotations

import codecs
import os
import threading
import time
from pathlib import Path

import pytest

from walkthrough.core.frameworks import MAX_FRAMEWORK_BYTES, FrameworkError, load_framework, load_framework_text
from walkthrough.paths import FORMS_DIR

PEER = (FORMS_DIR / "peer-visit-protocol.toml").read_text(encoding="utf-8")


def _problem(path: Path) -> str:
    with pytest.raises(FrameworkError) as info:
        load_framework(path)
    assert len(info.value.problems) == 1, info.value.problems
    message = str(info.value.problems[0])
    assert message.startswith(str(path)), message
    return message


def test_a_utf8_byte_order_mark_is_accepted_and_the_text_kept_without_it(tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(codecs.BOM_UTF8 + PEER.replace("\n", "\r\n").encode("utf-8"))
    text = load_framework_text(path)
    assert not text.startswith("\ufeff") and "\r" not in text
    assert load_framework(path).id == "peer-visit-protocol"


def test_a_utf16_file_with_its_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notepad-unicode.toml"
    path.write_bytes(codecs.BOM_UTF16_LE + PEER.encode("utf-16-le"))
    assert load_framework(path).id == "peer-visit-protocol"


def test_deeply_nested_lists_are_refused_in_one_line_not_a_recursion_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(PEER + "\nx = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    assert "nested more than" in _problem(path)


def test_moderately_deep_nesting_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "deep40.toml"
    path.write_text(PEER + "\nx = " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")
    assert "nested more than" in _problem(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (not on Windows)")
def test_a_symlink_to_dev_zero_is_refused_as_a_device_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "zero.toml"
    path.symlink_to("/dev/zero")
    assert "is a device" in _problem(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_refused_at_once_instead_of_hanging(tmp_path: Path) -> None:
    path = tmp_path / "pipe.toml"
    os.mkfifo(path)
    outcome: list[str] = []
    worker = threading.Thread(target=lambda: outcome.append(_problem(path)), daemon=True)
    worker.start()
    worker.join(timeout=5)
    if not outcome:  # unblock the reader, then fail: it hung
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("reading a FIFO hung")
    assert "pipe (FIFO)" in outcome[0]


def test_a_50_mb_framework_is_refused_quickly_with_its_size_and_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        handle.write(PEER.encode("utf-8"))
        handle.write(b"# " + b"x" * 50_000_000 + b"\n")
    started = time.perf_counter()
    message = _problem(path)
    assert time.perf_counter() - started < 1.0
    assert "50.0 MB" in message and f"{MAX_FRAMEWORK_BYTES // 1_000_000:.1f} MB" in message


def test_a_folder_named_like_a_framework_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "folder.toml"
    path.mkdir()
    assert "folder" in _problem(path)


def test_a_version_with_a_trailing_newline_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newline.toml"
    path.write_text(PEER.replace('version = "1.0"', 'version = "1.0\\n"', 1), encoding="utf-8")
    assert "version '1.0\\n'" in _problem(path)
