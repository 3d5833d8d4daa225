#!/usr/bin/env bash
# Sets up the machine, builds the app and opens it on the embedded sandbox (demo data).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset dev >/dev/null
cmake --build --preset dev --target dixa-supervisor
exec build/dev/app/dixa-supervisor --sandbox "$@"
