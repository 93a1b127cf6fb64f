"""The labelled sentence set of the evaluative-language nudge, and its frozen split.

``nudge_sentences.tsv`` holds one sentence a line:
``label<TAB>language<TAB>kind<TAB>split<TAB>sentence``. The split column says
which part a sentence belongs to:

* ``test``: the frozen third. Chosen once, at random with :data:`SEED`, before
  any phrase list was tuned on the set; the lists are never tuned on it, and
  its sentences and labels are never edited after results are seen.
  :data:`TEST_THIRD_SHA256` fingerprints it so that an edit shows.
* ``tune``: the other two thirds, which the lists may be tuned on.
* ``earlier``: the 210 sentences of the first version of the nudge. Its lists
  were tuned on them, so they are kept apart as a regression check only.

Run ``python tests/unit/core/nudge_set.py`` to (re)write the split column from
the seed: it is the procedure that chose the split, kept so that anyone can
check it (``test_nudge.py`` does, on every run).
"""

from __future__ import annotations

import hashlib
import random
import sys
from dataclasses import dataclass
from pathlib import Path

SENTENCES = Path(__file__).with_name("nudge_sentences.tsv")
LABELS = ("descriptive", "evaluative")
SPLITS = ("tune", "test", "earlier")
SEED = 20251111
# sha256 of the test third's lines (label, language, kind, sentence), in file order.
TEST_THIRD_SHA256 = "16273122a48ebd1a1f1aff77ad27340afc8d0431d59a5c9a2ec694d00f3c80e7"


@dataclass(frozen=True)
class Sentence:
    label: str
    language: str
    kind: str  # e.g. "advice" or "advice+impersonal": the kind, then grammar notes
    split: str
    text: str
    line: int

    @property
    def evaluative(self) -> bool:
        return self.label == "evaluative"

    @property
    def primary_kind(self) -> str:
        return self.kind.split("+", 1)[0]


def load(path: Path = SENTENCES) -> list[Sentence]:
    """Every sentence of the set; # lines and blank lines skipped."""
    rows: list[Sentence] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5 or parts[0] not in LABELS or parts[3] not in SPLITS:
            raise ValueError(f"{path}, line {number}: expected label<TAB>language<TAB>kind<TAB>split<TAB>sentence")
        rows.append(Sentence(parts[0], parts[1], parts[2], parts[3], parts[4], number))
    return rows


def seeded_test_third(rows: list[Sentence]) -> set[int]:
    """Line numbers of the test third: a third of every (language, label, kind)
    group of the new sentences, drawn at random with :data:`SEED`."""
    rng = random.Random(SEED)
    groups: dict[tuple[str, str, str], list[int]] = {}
    for row in rows:
        if row.split != "earlier":
            groups.setdefault((row.language, row.label, row.primary_kind), []).append(row.line)
    chosen: set[int] = set()
    for key in sorted(groups):
        lines = groups[key]
        chosen.update(rng.sample(lines, int(len(lines) / 3 + 0.5)))
    return chosen


def test_third_fingerprint(rows: list[Sentence]) -> str:
    digest = hashlib.sha256()
    for row in rows:
        if row.split == "test":
            digest.update("\t".join((row.label, row.language, row.kind, row.text)).encode("utf-8") + b"\n")
    return digest.hexdigest()


def write_split(path: Path = SENTENCES) -> str:
    """Rewrite the split column from the seed; returns the test third's fingerprint."""
    rows = load(path)
    chosen = seeded_test_third(rows)
    lines = path.read_text(encoding="utf-8").splitlines()
    for row in rows:
        if row.split != "earlier":
            parts = lines[row.line - 1].split("\t")
            parts[3] = "test" if row.line in chosen else "tune"
            lines[row.line - 1] = "\t".join(parts)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return test_third_fingerprint(load(path))


if __name__ == "__main__":
    print(write_split(Path(sys.argv[1]) if len(sys.argv) > 1 else SENTENCES))
