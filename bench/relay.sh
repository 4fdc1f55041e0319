#!/usr/bin/env bash
# The relay's sustained rate over stdin: `hooksmith-cli relay W --stdin` reading N board lines from a file
# and delivering each signal to nginx on loopback (`return 204`), with the durable outbox and in memory.
# The same webhook and receiver as bench/delivery.sh; the engine's own rate is measured in the same run.
# Run by scripts/bench (which builds the bench preset first). Settings from the environment:
#   HOOKSMITH_BENCH_N (20000), HOOKSMITH_BENCH_CONCURRENCY (12)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cli="$root/build/bench/bin/hooksmith-cli"
bench_bin="$root/build/bench/bench/hooksmith-delivery-bench"
N=${HOOKSMITH_BENCH_N:-20000}
CONCURRENCY=${HOOKSMITH_BENCH_CONCURRENCY:-12}
work=$(mktemp -d)
nginx_pid=""

cleanup() {
    if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill "$nginx_pid" 2>/dev/null || true
        sleep 0.2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

for exe in "$cli" "$bench_bin"; do
    [ -x "$exe" ] || { echo "error: $exe is missing: build the bench preset first (scripts/bench)" >&2; exit 1; }
done

port=$("$bench_bin" --free-port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$port;
        location / { return 204; }
    }
}
EOF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
for _ in $(seq 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
token=3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51

# The webhook of bench/delivery_bench.cpp, as a workspace file.
cat >"$work/bench.hooksmith.json" <<EOF
{
  "hooksmith": 1,
  "user_id": "bench",
  "devices": [ { "token": "$token", "name": "Bench board" } ],
  "signals": [ { "number": 1, "name": "temperature", "unit": "°C" } ],
  "webhooks": [ {
    "name": "Bench",
    "url": "http://127.0.0.1:$port/hooks/{{DEVICE_TOKEN}}",
    "body": [
      { "key": "deviceToken", "preset": "DEVICE_TOKEN" },
      { "key": "event", "preset": "WEBHOOK_EVENT_NAME" },
      { "key": "signal", "preset": "SIGNAL_NUMBER" },
      { "key": "payload", "preset": "MESSAGE_PAYLOAD" },
      { "key": "id", "preset": "MESSAGE_ID" },
      { "key": "time", "preset": "TIMESTAMP" },
      { "key": "text", "value": "{{SIGNAL_NAME}} is {{MESSAGE_PAYLOAD}} {{SIGNAL_UNIT}}" }
    ],
    "devices": [ "$token" ],
    "delivery": { "max_attempts": 3 }
  } ]
}
EOF
{
    echo "MicroPython v1.20.0 on 2023-01-01; LoPy4 with ESP32"
    echo "@device $token Bench board"
    for i in $(seq 0 $((N - 1))); do echo "@signal 1 $((20 + (i % 100) / 10)).$((i % 10))"; done
} >"$work/lines"

now() { date +%s.%N; }
run() { # label, extra relay options...
    local label=$1
    shift
    local start end
    start=$(now)
    /usr/bin/time -f '%M' -o "$work/rss" "$cli" relay "$work/bench.hooksmith.json" --stdin --concurrency "$CONCURRENCY" \
        "$@" <"$work/lines" 2>"$work/log" || { tail -5 "$work/log" >&2; return 1; }
    end=$(now)
    local summary delivered
    summary=$(grep -E '^relay: [0-9]+ signal' "$work/log" | tail -1)
    delivered=$(sed -E 's/.*: ([0-9]+) delivered.*/\1/' <<<"$summary")
    awk -v l="$label" -v s="$start" -v e="$end" -v d="$delivered" -v rss="$(cat "$work/rss")" \
        'BEGIN { printf "| %s | %d | %.2f | %.0f | %.1f |\n", l, d, e - s, d / (e - s), rss / 1024 }'
}

echo "| relay over stdin | delivered | seconds | signals/s | peak RSS MB |"
echo "| --- | ---: | ---: | ---: | ---: |"
run "hooksmith-cli relay --stdin (outbox)" --outbox "$work/outbox"
run "hooksmith-cli relay --stdin --in-memory" --in-memory
# The engine alone, same webhook, receiver, count and concurrency: the signals are handed to the
# dispatcher at once instead of being read and parsed from board lines.
engine() { # label, extra bench options...
    local label=$1
    shift
    "$bench_bin" --url "http://127.0.0.1:$port" --count "$N" --concurrency "$CONCURRENCY" "$@" >"$work/engine.json"
    local json
    json=$(cat "$work/engine.json")
    field() { grep -o "\"$1\":[0-9.e+-]*" <<<"$json" | cut -d: -f2; }
    awk -v l="$label" -v d="$(field delivered)" -v s="$(field seconds)" -v r="$(field rate)" -v rss="$(field peak_rss_kb)" \
        'BEGIN { printf "| %s | %d | %.2f | %.0f | %.1f |\n", l, d, s, r, rss / 1024 }'
}
engine "engine alone, hooksmith-delivery-bench (outbox)"
engine "engine alone, hooksmith-delivery-bench (memory)" --memory
echo
echo "$N board lines from a file; nginx: 1 worker, return 204, 127.0.0.1:$port; concurrency $CONCURRENCY; $(nproc) cores"
