#!/usr/bin/env bash
# Signals over MQTT end to end: a QoS 1 publisher -> Mosquitto on loopback -> `hooksmith-cli relay --mqtt`
# (outbox on) -> nginx on loopback (`return 204`), with one relay and with two relays in one shared
# subscription group. Rows: signals per second (publish start to the last delivery), CPU time (user +
# system, from /proc) per delivered signal in each relay, and publish-to-request latency (p50, p99) at a
# paced rate, from the publish time in each payload and the time the kernel received each request at
# hooksmith-bench-receiver (nginx logs only milliseconds), with each relay's CPU per signal at that rate.
# Run by scripts/bench (which builds the bench preset first). Settings from the environment:
#   HOOKSMITH_BENCH_N (20000), HOOKSMITH_BENCH_RATE (1000 signals/s for the latency rows),
#   HOOKSMITH_BENCH_ORDER (the webhook's delivery order: device, the default, or none),
#   HOOKSMITH_BENCH_CLI (the hooksmith-cli to measure, e.g. an earlier build),
#   HOOKSMITH_BENCH_RELAY_ARGS (more options for each relay, e.g. --log-deliveries failures)
#   HOOKSMITH_BENCH_INSTRUCTION_SIGNALS (5000 signals through one relay under callgrind for the
#     instructions row; 0 leaves it out)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/bench/lib.sh"
cli=${HOOKSMITH_BENCH_CLI:-"$root/build/bench/bin/hooksmith-cli"}
publisher="$root/build/bench/bench/hooksmith-mqtt-bench-publisher"
receiver="$root/build/bench/bench/hooksmith-bench-receiver"
N=${HOOKSMITH_BENCH_N:-20000}
RATE=${HOOKSMITH_BENCH_RATE:-1000}
ORDER=${HOOKSMITH_BENCH_ORDER:-device}
RELAY_ARGS=${HOOKSMITH_BENCH_RELAY_ARGS:-}
INSTRUCTION_SIGNALS=${HOOKSMITH_BENCH_INSTRUCTION_SIGNALS:-5000}
DEVICES=8
work=$(mktemp -d)
pids=()

cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    sleep 0.3
    rm -rf "$work"
}
trap cleanup EXIT

if [ "$INSTRUCTION_SIGNALS" -gt 0 ] && ! command -v valgrind >/dev/null; then
    echo "error: valgrind is missing (scripts/bench installs it), or set HOOKSMITH_BENCH_INSTRUCTION_SIGNALS=0" >&2
    exit 1
fi
for exe in "$cli" "$publisher" "$receiver"; do
    [ -x "$exe" ] || { echo "error: $exe is missing: build the bench preset first (scripts/bench)" >&2; exit 1; }
done
command -v mosquitto >/dev/null || PATH=$PATH:/usr/sbin

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# nginx: one worker, `return 204`.
nginx_port=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$nginx_port; location / { return 204; } }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)

# Mosquitto as docs/mqtt.md configures it.
broker_port=$(free_port)
mkdir -p "$work/mosquitto"
cat >"$work/mosquitto/mosquitto.conf" <<CONF
listener $broker_port 127.0.0.1
allow_anonymous true
max_inflight_messages 1000
max_queued_messages 1000000
queue_qos0_messages true
$( [ "$(id -u)" = 0 ] && echo "user root")
CONF
mosquitto -c "$work/mosquitto/mosquitto.conf" >"$work/mosquitto/log" 2>&1 &
broker_pid=$!
pids+=($broker_pid)
sleep 0.5
broker="mqtt://127.0.0.1:$broker_port"

# The webhook of bench/relay.sh; the payload (the publish time in µs) also goes into the path.
tokens=""
devices=""
for i in $(seq 0 $((DEVICES - 1))); do
    [ -n "$tokens" ] && tokens="$tokens, " && devices="$devices, "
    tokens="$tokens\"bench-device-$i\""
    devices="$devices{ \"token\": \"bench-device-$i\", \"name\": \"Bench board $i\" }"
done
# write_workspace FILE BASE_URL
write_workspace() {
cat >"$1" <<EOF2
{
  "hooksmith": 1,
  "user_id": "bench",
  "devices": [ $devices ],
  "signals": [ { "number": 1, "name": "temperature", "unit": "°C" } ],
  "webhooks": [ {
    "id": "5b7d4f7e-bench-4000-8000-000000000002",
    "name": "Bench",
    "url": "$2/hooks/{{DEVICE_TOKEN}}/{{MESSAGE_PAYLOAD}}",
    "body": [
      { "key": "deviceToken", "preset": "DEVICE_TOKEN" },
      { "key": "signal", "preset": "SIGNAL_NUMBER" },
      { "key": "payload", "preset": "MESSAGE_PAYLOAD" },
      { "key": "id", "preset": "MESSAGE_ID" },
      { "key": "time", "preset": "TIMESTAMP" }
    ],
    "devices": [ $tokens ],
    "delivery": { "max_attempts": 3, "order": "$ORDER" }
  } ]
}
EOF2
}
write_workspace "$work/nginx.hooksmith.json" "http://127.0.0.1:$nginx_port"

# The latency rows' receiver: the same webhook, pointed at it.
"$receiver" >"$work/receiver.log" &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/receiver.log" ] && break; sleep 0.05; done
receiver_port=$(head -1 "$work/receiver.log")
write_workspace "$work/latency.hooksmith.json" "http://127.0.0.1:$receiver_port"

relay_pids=()
relay_health=()
# start_relays COUNT WORKSPACE: relays in one group, each with its own outbox; waits until each has subscribed.
start_relays() {
    local i
    relay_pids=()
    relay_health=()
    for i in $(seq 1 "$1"); do
        rm -rf "$work/relay$i"
        mkdir -p "$work/relay$i"
        "$cli" relay "$2" --mqtt "$broker" --mqtt-group bench --mqtt-client-id "bench-relay-$i" \
            --outbox "$work/relay$i" --health 127.0.0.1:0 $RELAY_ARGS 2>"$work/relay$i/log" &
        relay_pids+=($!)
        pids+=($!)
    done
    for i in $(seq 1 "$1"); do
        for _ in $(seq 100); do grep -q "relay: connected to" "$work/relay$i/log" && break; sleep 0.1; done
        relay_health+=("$(grep -o 'http://127.0.0.1:[0-9]*' "$work/relay$i/log" | head -1)")
    done
}
stop_relays() {
    local p
    for p in "${relay_pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${relay_pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
delivered_by() { curl -s "$1/metrics" | awk '/^hooksmith_deliveries_total\{.*outcome="delivered"/ {s += $2} END {print s + 0}'; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
delivered_total() {
    local h s=0
    for h in "${relay_health[@]}"; do s=$((s + $(delivered_by "$h"))); done
    echo "$s"
}

results="$work/rows"
: >"$results"
tck=$(getconf CLK_TCK)

# run LABEL RELAYS: N signals as fast as they go, then 5 s of signals at RATE per second for latency.
run() {
    local label=$1 count=$2 i start end base cpu0=() cpu_us=() shares=() lat
    cp "$work/nginx.hooksmith.json" "$work/bench.hooksmith.json"
    start_relays "$count" "$work/bench.hooksmith.json"
    for i in "${!relay_pids[@]}"; do cpu0+=("$(cpu_ticks "${relay_pids[$i]}")"); done
    local s0 b0 n0
    s0=$(bench_steal_ticks)
    b0=$(bench_busy_ticks)
    n0=$(bench_nginx_ticks)
    start=$(bench_now)
    "$publisher" --url "$broker" --count "$N" --devices "$DEVICES" >/dev/null
    until [ "$(delivered_total)" -ge "$N" ]; do sleep 0.05; done
    end=$(bench_now)
    for i in "${!relay_pids[@]}"; do
        local d t
        d=$(delivered_by "${relay_health[$i]}")
        t=$(($(cpu_ticks "${relay_pids[$i]}") - cpu0[i]))
        shares+=("$d")
        cpu_us+=("$(awk -v t="$t" -v k="$tck" -v d="$d" 'BEGIN { printf "%.0f", (d > 0 ? t * 1e6 / k / d : 0) }')")
    done
    local steal others
    steal=$(bench_steal_ms_since "$s0")
    others=$(bench_others_ms "$b0" "$n0" 0)
    # Latency at a rate the relays keep up with: the same relays, their workspace reloaded (SIGHUP) with the
    # webhook pointed at the receiver.
    cp "$work/latency.hooksmith.json" "$work/bench.hooksmith.json"
    for i in "${!relay_pids[@]}"; do kill -HUP "${relay_pids[$i]}"; done
    for i in "${!relay_pids[@]}"; do
        for _ in $(seq 100); do grep -q "relay: reloaded" "$work/relay$((i + 1))/log" && break; sleep 0.05; done
    done
    sleep 0.5
    base=$(wc -l <"$work/receiver.log")
    local paced0=() done0=() paced_us=()
    for i in "${!relay_pids[@]}"; do
        paced0+=("$(cpu_ticks "${relay_pids[$i]}")")
        done0+=("$(delivered_by "${relay_health[$i]}")")
    done
    "$publisher" --url "$broker" --count $((RATE * 5)) --devices "$DEVICES" --rate "$RATE" >/dev/null
    until [ "$(delivered_total)" -ge $((N + RATE * 5)) ]; do sleep 0.05; done
    for i in "${!relay_pids[@]}"; do
        local d t
        d=$(($(delivered_by "${relay_health[$i]}") - done0[i]))
        t=$(($(cpu_ticks "${relay_pids[$i]}") - paced0[i]))
        paced_us+=("$(awk -v t="$t" -v k="$tck" -v d="$d" 'BEGIN { printf "%.0f", (d > 0 ? t * 1e6 / k / d : 0) }')")
    done
    sleep 0.3
    lat=$(tail -n +"$((base + 1))" "$work/receiver.log" |
        awk 'match($0, /"payload": *[0-9]+/) { p = substr($0, RSTART, RLENGTH); sub(/.*: */, "", p); printf "%.3f\n", ($1 - p) / 1000 }' |
        sort -n | awk '{ v[NR] = $1 } END { printf "%.2f %.2f", v[int(NR * 0.5)], v[int(NR * 0.99)] }')
    stop_relays
    echo "$label|$N|$(awk -v s="$start" -v e="$end" 'BEGIN {print e - s}')|$(IFS=/; echo "${shares[*]}")|$(IFS=/; echo "${cpu_us[*]}")|$lat|$steal|$others|$(IFS=/; echo "${paced_us[*]}")" >>"$results"
}

run "1 relay" 1
run "2 relays, one group" 2

# Instructions per delivered signal in each thread of one relay, under callgrind: a count that does not
# move with the speed of a shared host, unlike CPU time. 500 signals warm the relay up, the counters are
# zeroed, INSTRUCTION_SIGNALS signals go through as fast as the relay under callgrind takes them, and
# callgrind writes its counts. The relay has a group and a session of its own (the sessions of the runs
# above stay subscribed to theirs).
count_instructions() {
    local warm=500 n=$INSTRUCTION_SIGNALS dir="$work/callgrind" pid health f ir main=0 writer=0 other=0
    mkdir -p "$dir" "$work/relay-callgrind"
    valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$dir/out.%p" \
        "$cli" relay "$work/nginx.hooksmith.json" --mqtt "$broker" --mqtt-group bench-callgrind \
        --mqtt-client-id bench-relay-callgrind --outbox "$work/relay-callgrind" --health 127.0.0.1:0 $RELAY_ARGS \
        2>"$work/relay-callgrind/log" &
    pid=$!
    pids+=($pid)
    for _ in $(seq 600); do grep -q "relay: connected to" "$work/relay-callgrind/log" && break; sleep 0.1; done
    health=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/relay-callgrind/log" | head -1)
    "$publisher" --url "$broker" --count "$warm" --devices "$DEVICES" >/dev/null
    until [ "$(delivered_by "$health")" -ge "$warm" ]; do sleep 0.5; done
    callgrind_control -z "$pid" >/dev/null 2>&1
    "$publisher" --url "$broker" --count "$n" --devices "$DEVICES" >/dev/null
    until [ "$(delivered_by "$health")" -ge $((warm + n)) ]; do sleep 0.5; done
    callgrind_control -d "$pid" >/dev/null 2>&1
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
    for f in "$dir/out.$pid.1-"*; do
        ir=$(awk '/^summary:/ {print $2; exit}' "$f")
        if grep -q 'RelayRun::exec' "$f"; then
            main=$((main + ir))
        elif grep -q 'Outbox::Worker::drain' "$f"; then
            writer=$((writer + ir))
        else
            other=$((other + ir))
        fi
    done
    echo
    echo "| one relay under callgrind, $n signals after $warm | main thread | outbox writer | other threads | all |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    awk -v n="$n" -v m="$main" -v w="$writer" -v o="$other" \
        'BEGIN { printf "| instructions per delivered signal | %d | %d | %d | %d |\n", m / n, w / n, o / n, (m + w + o) / n }'
}

echo "| broker -> relays -> nginx | signals | seconds | signals/s | delivered per relay | relay CPU µs per delivered signal | latency p50 / p99 ms at $RATE/s | steal ms | CPU ms of other processes but nginx | relay CPU µs per signal at $RATE/s |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F'|' '{ split($6, l, " "); printf "| %s | %d | %.2f | %.0f | %s | %s | %s / %s | %d | %d | %s |\n", $1, $2, $3, $2 / $3, $4, $5, l[1], l[2], $7, $8, $9 }' "$results"
echo
echo "QoS 1, $DEVICES devices, order $ORDER, outbox on; latency: publish time to the kernel's receipt of the request; Mosquitto $(mosquitto -h 2>/dev/null | head -1 | grep -o '[0-9.]*' | head -1) (max_inflight_messages 1000); nginx: 1 worker, return 204; $(nproc) cores shared by the publisher, broker, relays and nginx; $(bench_syscall_line)"
if [ "$INSTRUCTION_SIGNALS" -gt 0 ]; then count_instructions; fi
