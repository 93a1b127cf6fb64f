#!/usr/bin/env bash
# Install Walkthrough into .venv (once) and start the app. Arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/packaging/setup-env.sh"
make_venv
# shellcheck disable=SC2086
apt_install_missing $QT_RUNTIME_PACKAGES
pip_install ""
exec "$VENV/bin/walkthrough" "$@"
