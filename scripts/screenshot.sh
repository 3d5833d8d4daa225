#!/usr/bin/env bash
# Opens dixa-supervisor on the embedded sandbox in a virtual X display and saves what a person
# would see: ./scripts/screenshot.sh [output.png] [seconds to wait after the window appears]
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots/main-window.png}"
settle="${2:-3}"
app="build/dev/app/dixa-supervisor"
[ -x "$app" ] || { echo "build first: ./scripts/test.sh or cmake --build --preset dev" >&2; exit 1; }
mkdir -p "$(dirname "$out")"

runtime="$(mktemp -d)"
chmod 700 "$runtime"
trap 'rm -rf "$runtime"' EXIT

XDG_RUNTIME_DIR="$runtime" xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
    set -e
    "$0" --sandbox & app=$!
    xdotool search --sync --onlyvisible --name "Dixa Supervisor" >/dev/null
    sleep "$2"
    import -window root "$1"
    kill $app; wait $app 2>/dev/null || true
' "$app" "$out" "$settle"
echo "saved $out"
