#!/usr/bin/env bash
# Opens dixa-supervisor on the embedded sandbox in a virtual X display and saves what a person
# would see: ./scripts/screenshot.sh [output.png] [seconds to wait after the window appears]
# [keys to press, in xdotool's names, one second apart, e.g. "c" or "ctrl+shift+Delete"]
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots/triage-window.png}"
settle="${2:-6}"
shift $(( $# > 2 ? 2 : $# ))
app="build/dev/app/dixa-supervisor"
[ -x "$app" ] || { echo "build first: ./scripts/test.sh or cmake --build --preset dev" >&2; exit 1; }
mkdir -p "$(dirname "$out")"

runtime="$(mktemp -d)"
config="$(mktemp -d)"
chmod 700 "$runtime" "$config"
trap 'rm -rf "$runtime" "$config"' EXIT

# A fresh configuration directory: the picture shows the defaults, not this machine's choices.
XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$config" \
xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
    set -e
    app="$1"; out="$2"; settle="$3"; shift 3
    "$app" --sandbox & pid=$!
    window=$(xdotool search --sync --onlyvisible --name "Dixa Supervisor" | head -1)
    sleep "$settle"
    for key in "$@"; do
        xdotool windowfocus "$window" 2>/dev/null || true
        xdotool key "$key"
        sleep 1.5
    done
    import -window root "$out"
    kill $pid; wait $pid 2>/dev/null || true
' bash "$app" "$out" "$settle" "$@"
echo "saved $out"
