"""``walkthrough forms install FILE...``: install framework files without the window.

Each file is read safely and validated as on the Frameworks page; what
installs is committed, a file with problems is reported (file, section,
look-for, what is wrong) and skipped. The data folder is locked while the
command runs, so it never writes beside an open app.
"""

from __future__ import annotations

import sys
from pathlib import Path

from walkthrough.storage.startup import writing


def forms_install(folder: Path, paths: list[Path]) -> int:
    """Install ``paths`` into the data folder's database; exit 0 when all installed."""
    failed = False
    with writing(folder, "forms install") as repo:
        reports = repo.install_framework_files(paths)
    if not reports:
        print("no framework files (.toml) found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    for report in reports:
        if report.problems:
            failed = True
            for problem in report.problems:
                print(problem, file=sys.stderr)
        elif report.framework is not None and report.result is not None:
            f = report.framework
            print(f"{report.path}: {report.result.value} — {f.title} (id {f.id}, version {f.version})")
    return 1 if failed else 0
