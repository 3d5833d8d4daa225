#!/usr/bin/env bash
# The bulk-apply walk-through, as a person would do it, in a virtual X display: a sandbox that
# fails 10 % of bulk items, 200 phone numbers pasted from a TSV into the End users grid, Apply,
# the failed rows left staged with the server's message, then Retry failed once the faults stop.
# Saves three pictures: ./scripts/demo-bulk-apply.sh [output folder, default docs/screenshots]
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-docs/screenshots}"
app="build/dev/app/dixa-supervisor"
sandbox="build/dev/sandbox/dixa-sandbox"
for tool in "$app" "$sandbox"; do
    [ -x "$tool" ] || { echo "build first: ./scripts/test.sh" >&2; exit 1; }
done
command -v xclip >/dev/null || { echo "xclip is missing: ./scripts/setup.sh installs it" >&2; exit 1; }
mkdir -p "$out"

work="$(mktemp -d)"
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/runtime" "$work/config" "$work/data"
chmod 700 "$work/runtime"

export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
xvfb-run -a -s '-screen 0 1440x900x24' bash -c '
    set -euo pipefail
    app="$1"; sandbox="$2"; out="$3"; work="$4"
    port=$(( 20000 + RANDOM % 20000 ))
    key="demo-$RANDOM$RANDOM"
    "$sandbox" --port "$port" --api-key "$key" >"$work/sandbox.log" 2>&1 & sandbox_pid=$!
    trap "kill \$sandbox_pid 2>/dev/null || true" EXIT
    base="http://127.0.0.1:$port"
    for _ in $(seq 50); do curl -fs -H "Authorization: $key" "$base/v1/organization" >/dev/null && break; sleep 0.2; done
    curl -fs -X PUT -H "Authorization: $key" -H "Content-Type: application/json" \
        -d "{\"seed\": 7, \"bulkFailureRate\": 0.1}" "$base/_sandbox/faults" >/dev/null

    # 200 phone numbers, one per line, as a spreadsheet column copies them.
    for i in $(seq 200); do printf "+4530%06d\n" "$i"; done >"$work/phones.tsv"
    xclip -selection clipboard -i "$work/phones.tsv"

    DIXA_DEMO_KEY="$key" "$app" --base-url "$base" --api-key-env DIXA_DEMO_KEY & app_pid=$!
    window=$(xdotool search --sync --onlyvisible --name "Dixa Supervisor" | head -1)
    sleep 5
    key() { xdotool windowfocus "$window" 2>/dev/null || true; xdotool key "$@"; sleep 1; }
    key ctrl+3
    sleep 2
    key Right Right          # from the first cell to the first row'"'"'s Phone number
    key ctrl+v               # reads the rest of the directory, then pastes the 200 lines
    sleep 4
    import -window root "$out/grid-staged.png"
    key ctrl+Return          # Apply: 2 chunks of 100
    sleep 6
    key alt+s f              # Show: Failed rows
    key ctrl+3 Right         # back in the grid, on the first failed row: its message shows
    import -window root "$out/grid-failed-rows.png"
    key alt+s a              # Show: All rows
    key ctrl+3
    curl -fs -X DELETE -H "Authorization: $key" "$base/_sandbox/faults" >/dev/null
    key ctrl+shift+Return    # Retry failed
    sleep 5
    import -window root "$out/grid-retried.png"
    kill $app_pid; wait $app_pid 2>/dev/null || true
' bash "$app" "$sandbox" "$out" "$work"
echo "saved $out/grid-staged.png, $out/grid-failed-rows.png, $out/grid-retried.png"
