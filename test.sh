#!/usr/bin/env bash
# Install what the tests need (once) and run every check and every test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/packaging/setup-env.sh"
cd "$ROOT"
make_venv
# Real windows under Xvfb for the end-to-end tests, poppler for PDF checks; binutils for
# PyInstaller (the bundle test), desktop-file-utils and appstream to validate the Linux entries.
# shellcheck disable=SC2086
apt_install_missing $QT_RUNTIME_PACKAGES xvfb xdotool x11-utils imagemagick poppler-utils \
  binutils desktop-file-utils appstream
pip_install test
export QT_QPA_PLATFORM=offscreen
V="$VENV/bin"
say "ruff";          "$V/ruff" check walkthrough tests
say "mypy";          "$V/mypy"
say "import-linter"; "$V/lint-imports"
say "core tests with Qt made unimportable"
WALKTHROUGH_BLOCK_QT=1 "$V/python" -m pytest -p no:cacheprovider -p no:pytest-qt -W "ignore::pytest.PytestConfigWarning" -q tests/unit
say "every test";    "$V/python" -m pytest -p no:cacheprovider "$@"
