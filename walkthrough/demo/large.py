"""A larger walkthrough framework for the benchmarks' biggest demo: 48 look-fors in six sections,
so that ``walkthrough demo --observations 150000 --responses-per-visit 43`` makes a database of
about 6.5 million responses (the built-in blast frameworks have 15 to 19 look-fors each)."""

from __future__ import annotations

from pathlib import Path

LARGE_ID = "demo-district-walkthrough"
LOOK_FORS = 48
_SECTIONS = ("Environment", "Voice and choice", "Talk", "Task", "Feedback", "Profile of the Graduate")
_TAGS = ("Empowered learning", "Equity and SEL", "Standards and scales", "Math practices",
         "POG: Communicator", "POG: Collaborator")


def large_framework_toml() -> str:
    lines = [
        f'id = "{LARGE_ID}"',
        'version = "1.0"',
        'title = "District walkthrough (benchmark demo)"',
        'description = "Every strand of the district plan in one long walkthrough, for the benchmarks."',
        'modes = ["blast"]',
        "target_minutes = 6",
        'teacher = "optional"',
    ]
    per = LOOK_FORS // len(_SECTIONS)
    for s, title in enumerate(_SECTIONS):
        lines += ["", "[[sections]]", f'key = "s{s + 1}"', f'title = "{title}"']
        for i in range(per):
            n = s * per + i + 1
            kind = "frequency" if i % 4 == 3 else "presence"
            lines += ["", "[[sections.look_fors]]", f'key = "lf-{n:02d}"',
                      f'prompt = "{title}: practice {i + 1} is seen"', f'response = "{kind}"',
                      f'tags = ["{_TAGS[s]}"]']
            if kind == "frequency":
                lines.append('labels = ["None", "A few", "About half", "Most", "All"]')
    return "\n".join(lines) + "\n"


def write_large_framework(folder: Path) -> Path:
    path = folder / f"{LARGE_ID}.toml"
    path.write_text(large_framework_toml(), encoding="utf-8")
    return path
