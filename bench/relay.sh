#!/usr/bin/env bash
# The relay end to end, as a server runs it: `hooksmith-cli relay W --stdin` reading N board lines from a
# file and delivering each signal to nginx on loopback (`return 204`), from process start to exit, against
# `curl --parallel --parallel-max 6 -K` sending the same N requests to the same nginx in the same run.
# Rows: delivery order none (outbox, and in memory), order device with one device and with 8 devices, and
# the engine alone (signals handed to the dispatcher, no board lines). Each row gives its CPU time (user +
# system) per delivered signal and the hypervisor's steal during the row.
# Run by scripts/bench (which builds the bench preset first). Settings from the environment:
#   HOOKSMITH_BENCH_N (20000), HOOKSMITH_BENCH_CONCURRENCY (24),
#   HOOKSMITH_BENCH_CLI (the hooksmith-cli to measure, e.g. an earlier build)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bench/lib.sh"
cli=${HOOKSMITH_BENCH_CLI:-"$root/build/bench/bin/hooksmith-cli"}
bench_bin="$root/build/bench/bench/hooksmith-delivery-bench"
N=${HOOKSMITH_BENCH_N:-20000}
CONCURRENCY=${HOOKSMITH_BENCH_CONCURRENCY:-24}
work=$(mktemp -d)
bench_nginx_pid=""

cleanup() {
    if [ -n "$bench_nginx_pid" ] && kill -0 "$bench_nginx_pid" 2>/dev/null; then
        kill "$bench_nginx_pid" 2>/dev/null || true
        sleep 0.2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

for exe in "$cli" "$bench_bin"; do
    [ -x "$exe" ] || { echo "error: $exe is missing: build the bench preset first (scripts/bench)" >&2; exit 1; }
done

port=$("$bench_bin" --free-port)
bench_start_nginx "$work" "$port"
url="http://127.0.0.1:$port"
token=3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51

# workspace FILE ORDER DEVICES: the webhook of bench/delivery_bench.cpp, bound to DEVICES devices.
workspace() {
    local file=$1 order=$2 devices=$3 list tokens i
    list="{ \"token\": \"$token\", \"name\": \"Bench board\" }"
    tokens="\"$token\""
    for i in $(seq 1 $((devices - 1))); do
        list="$list, { \"token\": \"bench-device-$i\", \"name\": \"Bench board $i\" }"
        tokens="$tokens, \"bench-device-$i\""
    done
    cat >"$file" <<EOF
{
  "hooksmith": 1,
  "user_id": "bench",
  "devices": [ $list ],
  "signals": [ { "number": 1, "name": "temperature", "unit": "°C" } ],
  "webhooks": [ {
    "id": "5b7d4f7e-bench-4000-8000-000000000001",
    "name": "Bench",
    "url": "$url/hooks/{{DEVICE_TOKEN}}",
    "body": [
      { "key": "deviceToken", "preset": "DEVICE_TOKEN" },
      { "key": "event", "preset": "WEBHOOK_EVENT_NAME" },
      { "key": "signal", "preset": "SIGNAL_NUMBER" },
      { "key": "payload", "preset": "MESSAGE_PAYLOAD" },
      { "key": "id", "preset": "MESSAGE_ID" },
      { "key": "time", "preset": "TIMESTAMP" },
      { "key": "text", "value": "{{SIGNAL_NAME}} is {{MESSAGE_PAYLOAD}} {{SIGNAL_UNIT}}" }
    ],
    "devices": [ $tokens ],
    "delivery": { "max_attempts": 3, "order": "$order" }
  } ]
}
EOF
}
# lines FILE DEVICES: N board lines, the signals taking the devices in turn.
lines() {
    local file=$1 devices=$2
    {
        echo "MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32"
        awk -v n="$N" -v d="$devices" -v t="$token" 'BEGIN {
            for (i = 0; i < n; i++) {
                if (d > 1) printf "@device %s\n", (i % d == 0 ? t : "bench-device-" (i % d));
                else if (i == 0) printf "@device %s Bench board\n", t;
                printf "@signal 1 %d.%d\n", 20 + int((i % 100) / 10), i % 10;
            }
        }'
    } >"$file"
}

results="$work/rows"
: >"$results"
# row LABEL DELIVERED SECONDS CPU_SECONDS RSS_KB STEAL_MS OTHERS_MS
row() { echo "$1|$2|$3|$4|$5|$6|$7" >>"$results"; }

# curl: the same requests, 6 in parallel, to the same nginx.
bench_curl_config "$work/curl.cfg" "$url" "$N" "$token"
s0=$(bench_steal_ticks)
b0=$(bench_busy_ticks)
n0=$(bench_nginx_ticks)
start=$(bench_now)
/usr/bin/time -f '%M %U %S' -o "$work/time" curl --parallel --parallel-max 6 -K "$work/curl.cfg" >"$work/curl-times" 2>/dev/null
end=$(bench_now)
read -r rss user sys <"$work/time"
cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
row "curl --parallel --parallel-max 6 -K" "$(grep -c . "$work/curl-times")" "$(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}')" \
    "$cpu" "$rss" "$(bench_steal_ms_since "$s0")" "$(bench_others_ms "$b0" "$n0" "$cpu")"

# relay LABEL ORDER DEVICES [relay options...]
relay() {
    local label=$1 order=$2 devices=$3
    shift 3
    workspace "$work/bench.hooksmith.json" "$order" "$devices"
    lines "$work/lines" "$devices"
    rm -rf "$work/outbox"
    local s0 b0 n0 start end summary delivered rss user sys cpu
    s0=$(bench_steal_ticks)
    b0=$(bench_busy_ticks)
    n0=$(bench_nginx_ticks)
    start=$(bench_now)
    /usr/bin/time -f '%M %U %S' -o "$work/time" "$cli" relay "$work/bench.hooksmith.json" --stdin \
        --concurrency "$CONCURRENCY" "$@" <"$work/lines" 2>"$work/log" || { tail -5 "$work/log" >&2; return 1; }
    end=$(bench_now)
    summary=$(grep -E '^relay: [0-9]+ signal' "$work/log" | tail -1)
    delivered=$(sed -E 's/.*: ([0-9]+) delivered.*/\1/' <<<"$summary")
    read -r rss user sys <"$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    row "$label" "$delivered" "$(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}')" \
        "$cpu" "$rss" "$(bench_steal_ms_since "$s0")" "$(bench_others_ms "$b0" "$n0" "$cpu")"
}
relay "relay --stdin, outbox, order none" none 1 --outbox "$work/outbox"
relay "relay --stdin, in memory, order none" none 1 --in-memory
relay "relay --stdin, outbox, order device, 1 device" device 1 --outbox "$work/outbox"
relay "relay --stdin, outbox, order device, 8 devices" device 8 --outbox "$work/outbox"

# The engine alone: the same webhook, receiver, count and concurrency; signals handed to the dispatcher.
engine() { # label, extra bench options...
    local label=$1
    shift
    local s0 b0 n0 json rss user sys cpu
    s0=$(bench_steal_ticks)
    b0=$(bench_busy_ticks)
    n0=$(bench_nginx_ticks)
    /usr/bin/time -f '%M %U %S' -o "$work/time" "$bench_bin" --url "$url" --count "$N" --concurrency "$CONCURRENCY" \
        "$@" >"$work/engine.json"
    json=$(cat "$work/engine.json")
    field() { grep -o "\"$1\":[0-9.e+-]*" <<<"$json" | cut -d: -f2; }
    read -r rss user sys <"$work/time"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')
    row "$label" "$(field delivered)" "$(field seconds)" "$cpu" "$rss" "$(bench_steal_ms_since "$s0")" \
        "$(bench_others_ms "$b0" "$n0" "$cpu")"
}
engine "engine alone (outbox), order none"
engine "engine alone (memory), order none" --memory

echo "| $N signals | delivered | seconds | signals/s | vs curl | CPU µs per signal | peak RSS MB | steal ms | other processes' CPU ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F'|' '
    NR == 1 { curl = $2 / $3 }
    { rate = $2 / $3; printf "| %s | %d | %.2f | %.0f | %.2fx | %.0f | %.1f | %d | %d |\n", $1, $2, $3, rate, rate / curl,
      ($2 > 0 ? $4 * 1e6 / $2 : 0), $5 / 1024, $6, $7 }' "$results"
echo
echo "A ratio counts only when neither its row nor the curl row lost much to steal or to other processes' CPU."
echo
echo "Process start to exit. nginx: 1 worker, return 204, 127.0.0.1:$port; concurrency $CONCURRENCY; $(nproc) cores; $(bench_syscall_line)"
