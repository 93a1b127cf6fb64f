"""Benchmark the evaluative-language nudge on the labelled sentence set.

    .venv/bin/python tests/perf/bench_nudge.py [--kinds] [--show-test-misses]

Prints one JSON object to stdout:

* ``quality``: precision and recall of "this sentence is evaluative" (a
  sentence counts as flagged when the nudge finds at least one phrase in it),
  per language, on the frozen test third (``test``: the lists are never tuned
  on it), on the tuning two thirds (``tune``) and on the 210 sentences of the
  first version (``earlier``). The goal is precision >= 0.95 and recall >= 0.9
  in both languages on the test third.
* ``by_kind`` (with ``--kinds``, or always for the tuning part): per kind, how
  many sentences were flagged; for evaluative kinds that is the recall, for
  descriptive kinds the share wrongly flagged.
* ``speed``: the time per sentence of the nudge, against a floor measured in
  the same run: a plain ``str.lower()`` and ``in`` scan of the same sentences
  for the literal words of the same phrases (it cannot do whole words,
  patterns, exceptions, quotations or languages, so it is a lower bound). The
  goal is a ratio under 3.
* ``first_keystroke``: in a fresh interpreter, the time to read the lists and
  the first search (the matchers are built and the patterns the first words
  need are compiled then), against the floor's own first scan in a fresh
  interpreter; and, in a real note field (``NoteEditor``, offscreen), the time
  the first keystroke takes when the lists were never read (``cold``: someone
  types in the first second after start) and after the app's background
  warm-up (``warm``), against a plain ``QPlainTextEdit`` keystroke.

Misclassified sentences of the tuning part (and of the earlier set) go to
stderr; those of the test third are shown only with ``--show-test-misses``, so
that nobody tunes on them by accident.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "unit" / "core"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import nudge_set  # noqa: E402
from nudge_set import Sentence  # noqa: E402

from walkthrough.core.nudge import PhraseList  # noqa: E402

GOAL = {"precision": 0.95, "recall": 0.9, "speed_ratio": 3.0}


def scores(rows: Sequence[Sentence], predict: Callable[[str], bool]) -> dict[str, float | int]:
    tp = fp = fn = tn = 0
    for row in rows:
        gold, guess = row.evaluative, predict(row.text)
        tp += gold and guess
        fp += guess and not gold
        fn += gold and not guess
        tn += not gold and not guess
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"sentences": len(rows), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def by_kind(rows: Sequence[Sentence], predict: Callable[[str], bool]) -> dict[str, str]:
    out: dict[str, str] = {}
    for language in sorted({r.language for r in rows}):
        kinds = sorted({(not r.evaluative, r.primary_kind) for r in rows if r.language == language})
        for descriptive, kind in kinds:
            mine = [r for r in rows if r.language == language and r.primary_kind == kind]
            flagged = sum(predict(r.text) for r in mine)
            what = "wrongly flagged" if descriptive else "flagged"
            out[f"{language} {kind}"] = f"{flagged}/{len(mine)} {what}"
    return out


def floor_needles(phrases: PhraseList) -> list[str]:
    """Literal lower-case words of every flagging phrase, for the floor scan."""
    needles: set[str] = set()
    for entry in phrases.entries:
        if entry.exception:
            continue
        words = re.sub(r"\([^)]*\)\??|<[^>]*>|\.\.\.|\*", " ", entry.phrase.lower()).split()
        if words:
            needles.add(" ".join(words))
    return sorted(needles)


def best_time(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


FIRST_KEYSTROKE = """
import json, sys, time
sys.path[:0] = [{root!r}, {tests!r}]
t0 = time.perf_counter()
from walkthrough.core.nudge import PhraseList
t1 = time.perf_counter()
phrases = PhraseList.default()
t2 = time.perf_counter()
phrases.find("The lesson was")
t3 = time.perf_counter()
phrases.find("The lesson was engaging from start to finish.")
t4 = time.perf_counter()
print(json.dumps({{"import_ms": (t1 - t0) * 1000, "read_lists_ms": (t2 - t1) * 1000,
                  "first_find_ms": (t3 - t2) * 1000, "second_find_ms": (t4 - t3) * 1000}}))
"""

FIRST_KEYSTROKE_FLOOR = """
import json, sys, time
sys.path[:0] = [{root!r}, {tests!r}]
from walkthrough.core.nudge import PhraseList
import bench_nudge
needles = bench_nudge.floor_needles(PhraseList.default())
t0 = time.perf_counter()
lowered = "The lesson was".lower()
[n for n in needles if n in lowered]
t1 = time.perf_counter()
print(json.dumps({{"first_find_ms": (t1 - t0) * 1000}}))
"""


EDITOR_KEYSTROKE = """
import json, os, sys, time
sys.path[:0] = [{root!r}]
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from walkthrough.ui import nudge_lists
from walkthrough.ui.widgets.note_editor import NoteEditor
app = QApplication([])
plain = QPlainTextEdit(); plain.show()
QTest.keyClicks(plain, "warm")
t0 = time.perf_counter(); QTest.keyClick(plain, Qt.Key.Key_A); plain_ms = (time.perf_counter() - t0) * 1000
field = NoteEditor("Note"); field.show()
if {warm!r}:
    nudge_lists.current().warm_up(compile_patterns=True)
t0 = time.perf_counter(); QTest.keyClicks(field.editor, "T"); first_ms = (time.perf_counter() - t0) * 1000
t0 = time.perf_counter(); QTest.keyClicks(field.editor, "he lesson was great")
rest_ms = (time.perf_counter() - t0) * 1000 / 19
print(json.dumps({{"first_keystroke_ms": first_ms, "later_keystroke_ms": rest_ms, "plain_keystroke_ms": plain_ms}}))
"""


def fresh_interpreter(code: str, runs: int = 5) -> dict[str, float]:
    """The median of each figure over ``runs`` fresh interpreters."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
        samples.append(json.loads(out.stdout))
    return {key: round(sorted(s[key] for s in samples)[len(samples) // 2], 2) for key in samples[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", action="store_true", help="per-kind figures for every part, not only tuning")
    parser.add_argument("--show-test-misses", action="store_true",
                        help="also list the test third's misclassified sentences on stderr (after tuning only)")
    args = parser.parse_args()

    phrases = PhraseList.default()
    rows = nudge_set.load()
    parts = {split: [r for r in rows if r.split == split] for split in ("test", "tune", "earlier")}

    quality: dict[str, dict[str, dict[str, float | int]]] = {}
    for split, part in parts.items():
        quality[split] = {lang: scores([r for r in part if r.language == lang], phrases.is_evaluative)
                          for lang in ("en", "es")}
        quality[split]["all"] = scores(part, phrases.is_evaluative)
    kinds = {split: by_kind(part, phrases.is_evaluative) for split, part in parts.items()
             if split == "tune" or (args.kinds and split != "earlier")}

    texts = [r.text for r in rows if r.split != "earlier"]
    needles = floor_needles(phrases)

    def nudge_pass() -> None:
        for text in texts:
            phrases.find(text)

    def floor_pass() -> None:
        for text in texts:
            lowered = text.lower()
            [needle for needle in needles if needle in lowered]

    nudge_pass()  # warm the caches
    floor_pass()
    nudge_s = best_time(nudge_pass, 30)
    floor_s = best_time(floor_pass, 30)
    ms, floor_ms = 1000 * nudge_s / len(texts), 1000 * floor_s / len(texts)

    tests_dir = str(ROOT / "tests" / "perf")
    first = fresh_interpreter(FIRST_KEYSTROKE.format(root=str(ROOT), tests=tests_dir))
    first_floor = fresh_interpreter(FIRST_KEYSTROKE_FLOOR.format(root=str(ROOT), tests=tests_dir))
    editor_cold = fresh_interpreter(EDITOR_KEYSTROKE.format(root=str(ROOT), warm=False))
    editor_warm = fresh_interpreter(EDITOR_KEYSTROKE.format(root=str(ROOT), warm=True))

    test = quality["test"]
    report = {
        "sentences": {split: len(part) for split, part in parts.items()},
        "goal": GOAL,
        "quality": quality,
        "test_third_meets_goal": {
            lang: bool(test[lang]["precision"] >= GOAL["precision"] and test[lang]["recall"] >= GOAL["recall"])
            for lang in ("en", "es")
        },
        "by_kind": kinds,
        "phrases": sum(1 for e in phrases.entries if not e.exception),
        "exceptions": sum(1 for e in phrases.entries if e.exception),
        "speed": {
            "ms_per_sentence": round(ms, 4),
            "floor_ms_per_sentence": round(floor_ms, 4),
            "floor_needles": len(needles),
            "ratio": round(ms / floor_ms, 2) if floor_ms else None,
        },
        "first_keystroke": {
            **first,
            "floor_first_find_ms": first_floor["first_find_ms"],
            "note_field_cold": editor_cold,
            "note_field_after_warm_up": editor_warm,
        },
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))

    shown = ("tune", "earlier", "test") if args.show_test_misses else ("tune", "earlier")
    for split in shown:
        for row in parts[split]:
            flags = phrases.find(row.text)
            if bool(flags) != row.evaluative:
                kind = "false positive" if flags else "false negative"
                found = ", ".join(f"{row.text[f.start : f.end]!r} ({f.phrase})" for f in flags)
                print(f"{split} {kind} [{row.language} {row.kind}] {row.text}" + (f"  <- {found}" if found else ""),
                      file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
