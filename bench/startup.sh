#!/usr/bin/env bash
# Cold start of the desktop app to its main window shown, and resident memory after start, under
# Xvfb. The window is found by polling `xdotool search --onlyvisible --pid` every 10 ms.
# A plain Qt Widgets window (bench/bare_window.cpp) is measured the same way, as the floor: the two
# take turns (bare, app, bare, app, ...), so that a machine busy with other work slows both alike, and
# the last line gives the app's median over the bare window's.
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

# once COMMAND...: starts it, polls for the window, reads the resident memory after a second, quits.
# Sets `shown_ms` and `rss_mb`.
once() {
    local start shown pid attempt
    # A run whose X server went away under it (others use Xvfb here too) is started again.
    for attempt in 1 2 3; do
        ensure_xvfb
        start=$(date +%s%N)
        DISPLAY=$display XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work" \
            "$@" >/dev/null 2>&1 &
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
        [ "$attempt" -lt 3 ] || { echo "$1 did not start three times in a row" >&2; exit 1; }
    done
    shown=$(date +%s%N)
    shown_ms=$(((shown - start) / 1000000))
    sleep 1 # let the first screen settle (preview, validation)
    rss_mb=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

report() {
    local name=$1 times=$2 rss=$3
    # shellcheck disable=SC2086
    echo "$name: window shown after median $(median $times) ms (min $(printf '%s\n' $times | sort -n | head -1)," \
        "max $(printf '%s\n' $times | sort -n | tail -1)); resident memory after start median $(median $rss) MB"
}

bare_times='' bare_rss='' app_times='' app_rss='' pair_ratios=''
load_before=$(cut -d' ' -f1 /proc/loadavg)
for _ in $(seq "$runs"); do
    if [ -x "$bare" ]; then
        once "$bare"
        bare_times+=" $shown_ms" bare_rss+=" $rss_mb"
    fi
    once "$app" --demo
    app_times+=" $shown_ms" app_rss+=" $rss_mb"
    if [ -x "$bare" ]; then
        pair_ratios+=" $(awk -v a="$shown_ms" -v b="${bare_times##* }" 'BEGIN { printf "%.3f", a / b }')"
    fi
done
echo "$runs runs each, taking turns; load average $load_before before, $(cut -d' ' -f1 /proc/loadavg) after"
[ -n "$bare_times" ] && report "bare Qt Widgets window" "$bare_times" "$bare_rss"
report "hooksmith --demo" "$app_times" "$app_rss"
if [ -n "$bare_times" ]; then
    # shellcheck disable=SC2086
    awk -v a="$(median $app_times)" -v b="$(median $bare_times)" -v p="$(median $pair_ratios)" \
        'BEGIN { printf "hooksmith --demo / bare window: %.2f (medians), %.2f (median of the runs side by side)\n", a / b, p }'
fi
