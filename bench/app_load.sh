#!/usr/bin/env bash
# The desktop app's window under a thousand signals a second from the virtual device: how late its event
# loop runs and the CPU it takes per signal (bench/app_load.cpp). Usage: bench/app_load.sh [BUILD_DIR] [SECONDS]
set -euo pipefail
build=${1:-build/bench}
seconds=${2:-5}
exe="$build/bench/hooksmith-app-load-bench"
[ -x "$exe" ] || { echo "app_load.sh: $exe is not built" >&2; exit 1; }
steal_before=$(awk '/^cpu / {print $9}' /proc/stat)
QT_QPA_PLATFORM=offscreen "$exe" --rate 1000 --seconds "$seconds" 2>/dev/null
steal_after=$(awk '/^cpu / {print $9}' /proc/stat)
echo "steal during the run: $(( (steal_after - steal_before) * 10 )) ms"
