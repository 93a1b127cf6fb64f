"""Benchmark the evaluative-language nudge on the labelled sentence set.

Run as ``python tests/perf/bench_nudge.py``. Prints one JSON object to stdout:
precision and recall of "this sentence is evaluative" (a sentence counts as
flagged when the nudge finds at least one phrase in it), per language too, and
the time per sentence against a floor measured in the same run: a plain
``str.lower()`` and ``in`` scan of the same sentences for the literal words of
the same phrases. The floor cannot do whole words, wildcards, exceptions or
quotations, so it is a lower bound, and the ratio is what to watch across
machines. Misclassified sentences go to stderr.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from walkthrough.core.nudge import PhraseList  # noqa: E402

SENTENCES = ROOT / "tests" / "unit" / "core" / "nudge_sentences.tsv"
LABELS = ("descriptive", "evaluative")


def load_sentences(path: Path = SENTENCES) -> list[tuple[str, str, str]]:
    """(label, language, sentence) triples; # lines and blank lines skipped."""
    rows: list[tuple[str, str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] not in LABELS:
            raise ValueError(f"{path}, line {number}: expected label<TAB>lang<TAB>sentence")
        rows.append((parts[0], parts[1], parts[2]))
    return rows


def scores(rows: Sequence[tuple[str, str, str]], predict: Callable[[str], bool]) -> dict[str, float | int]:
    tp = fp = fn = tn = 0
    for label, _, sentence in rows:
        gold, guess = label == "evaluative", predict(sentence)
        tp += gold and guess
        fp += guess and not gold
        fn += gold and not guess
        tn += not gold and not guess
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "sentences": len(rows),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def floor_needles(phrases: PhraseList) -> list[str]:
    """Literal lower-case words of every flagging phrase, for the floor scan."""
    needles: set[str] = set()
    for entry in phrases.entries:
        if entry.exception:
            continue
        first = re.sub(r"\([^)]*\)\??|\*", " ", entry.phrase.lower()).split()
        if first:
            needles.add(" ".join(first))
    return sorted(needles)


def best_time(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    phrases = PhraseList.default()
    rows = load_sentences()
    texts = [sentence for _, _, sentence in rows]
    needles = floor_needles(phrases)

    result = scores(rows, phrases.is_evaluative)
    by_language = {}
    for lang in sorted({lang for _, lang, _ in rows}):
        subset = [row for row in rows if row[1] == lang]
        by_language[lang] = scores(subset, phrases.is_evaluative)

    def nudge_pass() -> None:
        for text in texts:
            phrases.find(text)

    def floor_pass() -> None:
        for text in texts:
            lowered = text.lower()
            [needle for needle in needles if needle in lowered]

    nudge_pass()  # warm the caches
    floor_pass()
    repeat = 30
    nudge_s = best_time(nudge_pass, repeat)
    floor_s = best_time(floor_pass, repeat)
    ms = 1000 * nudge_s / len(texts)
    floor_ms = 1000 * floor_s / len(texts)

    report = {
        "sentences": len(rows),
        "descriptive": sum(1 for row in rows if row[0] == "descriptive"),
        "evaluative": sum(1 for row in rows if row[0] == "evaluative"),
        "precision": result["precision"],
        "recall": result["recall"],
        "f1": result["f1"],
        "confusion": {key: result[key] for key in ("tp", "fp", "fn", "tn")},
        "by_language": by_language,
        "phrases": sum(1 for e in phrases.entries if not e.exception),
        "exceptions": sum(1 for e in phrases.entries if e.exception),
        "ms_per_sentence": round(ms, 4),
        "floor_ms_per_sentence": round(floor_ms, 4),
        "floor_needles": len(needles),
        "ratio": round(ms / floor_ms, 2) if floor_ms else None,
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))

    for label, lang, sentence in rows:
        flags = phrases.find(sentence)
        if bool(flags) != (label == "evaluative"):
            kind = "false positive" if flags else "false negative"
            found = ", ".join(f"{sentence[f.start : f.end]!r} ({f.phrase})" for f in flags)
            print(f"{kind} [{lang}] {sentence}" + (f"  <- {found}" if found else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
