#!/usr/bin/env bash
# Cold start of the desktop app to its main window shown, and resident memory after start, under
# Xvfb. The window is found by polling `xdotool search --onlyvisible --pid` every 10 ms.
# A plain Qt Widgets window (bench/bare_window.cpp) is measured the same way, as the floor.
# Usage: bench/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build/bench}
runs=${2:-15}
app="$build/bin/hooksmith"
bare="$build/bench/programs/bench_bare_window"
[ -x "$app" ] || { echo "startup.sh: $app is not built" >&2; exit 1; }

work=$(mktemp -d)
xvfb=
display=
# Xvfb picks a free display itself and writes its number when it is ready (others may run their own).
# It is started again when it has gone away between runs.
ensure_xvfb() {
    if [ -n "$xvfb" ] && kill -0 "$xvfb" 2>/dev/null; then
        return
    fi
    rm -f "$work/display"
    Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 200); do [ -s "$work/display" ] && break; sleep 0.05; done
    display=:$(tr -d '[:space:]' <"$work/display")
}
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# measure NAME COMMAND...: start, poll for the window, read the resident memory, quit; RUNS times.
measure() {
    local name=$1
    shift
    local times=() rss=() start shown pid attempt
    for _ in $(seq "$runs"); do
        # A run whose X server went away under it (others use Xvfb here too) is started again.
        for attempt in 1 2 3; do
            ensure_xvfb
            start=$(date +%s%N)
            DISPLAY=$display XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" "$@" >/dev/null 2>&1 &
            pid=$!
            until DISPLAY=$display xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.01
                if [ $((($(date +%s%N) - start) / 1000000)) -gt 10000 ]; then
                    echo "no window after 10 s" >&2
                    kill "$pid"
                    exit 1
                fi
            done
            kill -0 "$pid" 2>/dev/null && break
            wait "$pid" 2>/dev/null || true
            [ "$attempt" -lt 3 ] || { echo "$name did not start three times in a row" >&2; exit 1; }
        done
        shown=$(date +%s%N)
        times+=($(((shown - start) / 1000000)))
        sleep 1 # let the first screen settle (preview, validation)
        rss+=($(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"))
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    done
    echo "$name: window shown after median $(median "${times[@]}") ms (first $((times[0])) ms," \
        "min $(printf '%s\n' "${times[@]}" | sort -n | head -1), max $(printf '%s\n' "${times[@]}" | sort -n | tail -1));" \
        "resident memory after start median $(median "${rss[@]}") MB; $runs runs; load average $(cut -d' ' -f1 /proc/loadavg)"
}

[ -x "$bare" ] && measure "bare Qt Widgets window" "$bare"
measure "hooksmith --demo" "$app" --demo
