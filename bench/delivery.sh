#!/usr/bin/env bash
# Deliveries per second to nginx on loopback (`return 204`): Hooksmith with the durable outbox, without
# it, `curl --parallel --parallel-max 6 -K config` with the same requests, newman with iteration data,
# and, as the limit Qt's HTTP stack sets, a bare QNetworkAccessManager posting one rendered request
# (with Qt's default unbuffered socket, and with the buffered one Hooksmith's sender uses).
# Run by scripts/bench (which builds the bench preset first). Settings from the environment:
#   HOOKSMITH_BENCH_N (20000), HOOKSMITH_BENCH_NEWMAN_N (2000), HOOKSMITH_BENCH_CONCURRENCY (24)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_bin="$root/build/bench/bench/hooksmith-delivery-bench"
N=${HOOKSMITH_BENCH_N:-20000}
NEWMAN_N=${HOOKSMITH_BENCH_NEWMAN_N:-2000}
CONCURRENCY=${HOOKSMITH_BENCH_CONCURRENCY:-24}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/hooksmith-bench
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

[ -x "$bench_bin" ] || { echo "error: $bench_bin is missing: build the bench preset first (scripts/bench)" >&2; exit 1; }

# newman lives in a cache outside the repository.
if [ ! -x "$cache/newman/node_modules/.bin/newman" ]; then
    echo "Installing newman into $cache/newman"
    mkdir -p "$cache/newman"
    npm install --prefix "$cache/newman" --no-audit --no-fund --loglevel=error newman@6 >/dev/null
fi
newman="$cache/newman/node_modules/.bin/newman"

# nginx: one worker, `return 204`, on a free loopback port, with a temporary configuration.
port=$("$bench_bin" --free-port)
tls_port=$("$bench_bin" --free-port)
mkdir -p "$work/nginx"
# A self-signed certificate for the https rows; the clients trust it as a CA file.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" 2>/dev/null
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
    server {
        listen 127.0.0.1:$tls_port ssl;
        ssl_certificate $work/nginx/cert.pem;
        ssl_certificate_key $work/nginx/key.pem;
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
url="http://127.0.0.1:$port"
token=3f0e7a8e-5c2b-4a19-9d41-0b6f2c8e7a51

now() { date +%s.%N; }
# "peak RSS in KB" of a command, from GNU time.
timed() { /usr/bin/time -f '%M' -o "$work/rss" "$@"; }

results="$work/results.jsonl"
: >"$results"
# CPU time the hypervisor gave to others while this machine's CPUs had work (all CPUs): a virtual
# machine's results follow it, so every row reports it.
steal_ticks() { awk '/^cpu /{print $9}' /proc/stat; }
# note_steal START_TICKS: adds the steal since START_TICKS to the last result row.
note_steal() {
    local ms=$((($(steal_ticks) - $1) * 1000 / $(getconf CLK_TCK)))
    sed -i '$ s/}$/,"steal_ms":'"$ms"'}/' "$results"
}

echo "Hooksmith, durable outbox ($N signals)"
s0=$(steal_ticks)
timed "$bench_bin" --url "$url" --count "$N" --concurrency "$CONCURRENCY" >>"$results"
note_steal "$s0"
echo "Hooksmith, in memory ($N signals)"
s0=$(steal_ticks)
timed "$bench_bin" --url "$url" --count "$N" --concurrency "$CONCURRENCY" --memory >>"$results"
note_steal "$s0"
# Paced: a board that keeps sending, so that accept->response is the delay a signal sees.
PACED_RATE=${HOOKSMITH_BENCH_PACED_RATE:-1000}
paced_n=$((PACED_RATE * 10))
echo "Hooksmith, durable outbox, $PACED_RATE signals/s for 10 s"
s0=$(steal_ticks)
"$bench_bin" --url "$url" --count "$paced_n" --rate "$PACED_RATE" |
    sed "s/\"tool\":\"hooksmith (outbox)\"/\"tool\":\"hooksmith (outbox), paced $PACED_RATE\/s\"/" >>"$results"
note_steal "$s0"
echo "Hooksmith, in memory, $PACED_RATE signals/s for 10 s"
s0=$(steal_ticks)
"$bench_bin" --url "$url" --count "$paced_n" --rate "$PACED_RATE" --memory |
    sed "s/\"tool\":\"hooksmith (memory)\"/\"tool\":\"hooksmith (memory), paced $PACED_RATE\/s\"/" >>"$results"
note_steal "$s0"
echo "Qt QNetworkAccessManager alone, 6 at a time ($N requests)"
s0=$(steal_ticks)
timed "$bench_bin" --url "$url" --count "$N" --concurrency 6 --qnam-only >>"$results"
note_steal "$s0"
# The ceiling for any engine on QNetworkAccessManager: the bare manager with a buffered socket (as
# Hooksmith's sender gets for direct connections), as many at a time as Hooksmith, nothing rendered.
echo "Qt QNetworkAccessManager alone, buffered, $CONCURRENCY at a time ($N requests)"
s0=$(steal_ticks)
timed "$bench_bin" --url "$url" --count "$N" --concurrency "$CONCURRENCY" --qnam-only --buffered >>"$results"
note_steal "$s0"

# curl: the same requests (same JSON body shape, headers and User-Agent), 6 in parallel.
# run_curl LABEL URL [EXTRA CONFIG LINE]
run_curl() {
    local label=$1 target=$2 extra=${3:-}
    {
        for i in $(seq 0 $((N - 1))); do
            payload="$((20 + (i % 100) / 10)).$((i % 10))"
            [ "$i" -gt 0 ] && echo "next"
            cat <<EOF
url = "$target/hooks/$token"
request = "POST"
header = "Content-Type: application/json"
header = "Accept: application/json"
header = "User-Agent: Hooksmith/0.1.0"
data = "{\"deviceToken\":\"$token\",\"event\":\"\",\"signal\":1,\"payload\":$payload,\"id\":\"msg_$i\",\"time\":\"2026-11-01T09:00:00.000Z\",\"text\":\"temperature is $payload °C\"}"
output = "/dev/null"
write-out = "%{time_total}\\n"
silent
EOF
            if [ -n "$extra" ]; then echo "$extra"; fi
        done
    } >"$work/curl.cfg"
    s0=$(steal_ticks)
    start=$(now)
    timed curl --parallel --parallel-max 6 -K "$work/curl.cfg" >"$work/curl-times" 2>"$work/curl-errors"
    end=$(now)
    curl_rss=$(cat "$work/rss")
    sort -n "$work/curl-times" | awk -v s="$start" -v e="$end" -v n="$N" -v rss="$curl_rss" -v tool="$label" '
        { t[NR] = $1 * 1000 }
        END {
            c = NR;
            p50 = t[int(0.50 * (c - 1) + 1.5)]; p99 = t[int(0.99 * (c - 1) + 1.5)];
            printf "{\"tool\":\"%s\",\"count\":%d,\"delivered\":%d,\"seconds\":%.3f,\"rate\":%.1f,\"request_p50_ms\":%.3f,\"request_p99_ms\":%.3f,\"peak_rss_kb\":%d}\n",
                tool, n, c, e - s, c / (e - s), p50, p99, rss
        }' >>"$results"
    note_steal "$s0"
}
echo "curl --parallel --parallel-max 6 ($N requests)"
run_curl "curl --parallel-max 6" "$url"

# The same over TLS (https://, the certificate trusted through a CA file, as a webhook's delivery.ca_file).
tls_url="https://127.0.0.1:$tls_port"
echo "Hooksmith, in memory, https ($N signals)"
s0=$(steal_ticks)
timed "$bench_bin" --url "$tls_url" --count "$N" --concurrency "$CONCURRENCY" --memory --ca-file "$work/nginx/cert.pem" |
    sed 's/"tool":"hooksmith (memory)"/"tool":"hooksmith (memory), https"/' >>"$results"
note_steal "$s0"
echo "curl --parallel --parallel-max 6, https ($N requests)"
run_curl "curl --parallel-max 6, https" "$tls_url" "cacert = \"$work/nginx/cert.pem\""

# newman: one templated request, iteration data from a CSV file.
echo "newman ($NEWMAN_N iterations)"
cat >"$work/collection.json" <<EOF
{
  "info": { "name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "item": [ {
    "name": "signal",
    "request": {
      "method": "POST",
      "header": [ { "key": "Content-Type", "value": "application/json" } ],
      "url": "$url/hooks/{{deviceToken}}",
      "body": { "mode": "raw", "raw": "{\"deviceToken\":\"{{deviceToken}}\",\"event\":\"\",\"signal\":1,\"payload\":{{payload}},\"id\":\"{{id}}\",\"time\":\"2026-11-01T09:00:00.000Z\",\"text\":\"temperature is {{payload}} °C\"}" }
    }
  } ]
}
EOF
{
    echo "deviceToken,payload,id"
    for i in $(seq 0 $((NEWMAN_N - 1))); do echo "$token,$((20 + (i % 100) / 10)).$((i % 10)),msg_$i"; done
} >"$work/data.csv"
s0=$(steal_ticks)
start=$(now)
timed "$newman" run "$work/collection.json" -d "$work/data.csv" -r json --reporter-json-export "$work/newman.json" >/dev/null
end=$(now)
newman_rss=$(cat "$work/rss")
node -e '
    const fs = require("fs");
    const r = JSON.parse(fs.readFileSync(process.argv[1]));
    const t = r.run.executions.map(e => e.response ? e.response.responseTime : 0).sort((a, b) => a - b);
    const p = q => t[Math.min(t.length - 1, Math.round(q * (t.length - 1)))];
    const s = Number(process.argv[3]) - Number(process.argv[2]);
    console.log(JSON.stringify({ tool: "newman", count: t.length, delivered: t.length, seconds: s, rate: t.length / s,
        request_p50_ms: p(0.5), request_p99_ms: p(0.99), peak_rss_kb: Number(process.argv[4]) }));
' "$work/newman.json" "$start" "$end" "$newman_rss" >>"$results"
note_steal "$s0"

# Hooksmith's own numbers replace the peak RSS with GNU time's when it is larger (both count the process).
echo
node -e '
    const fs = require("fs");
    const rows = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
    const curl = rows.find(r => r.tool === "curl --parallel-max 6");
    const curlTls = rows.find(r => r.tool === "curl --parallel-max 6, https");
    const f = (x, d = 1) => x === undefined ? "-" : Number(x).toFixed(d);
    const line = c => "| " + c.join(" | ") + " |";
    console.log(line(["tool", "requests", "seconds", "deliveries/s", "vs curl", "accept->response p50/p99 ms",
                      "request->response p50/p99 ms", "peak RSS MB", "steal ms"]));
    console.log(line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
    for (const r of rows) {
        const paced = r.tool.includes("paced");
        const accept = r.p50_ms === undefined ? "-" : f(r.p50_ms) + " / " + f(r.p99_ms);
        console.log(line([r.tool, r.delivered, f(r.seconds, 2), f(r.rate, 0), paced ? "(paced)" : f(r.rate / (r.tool.includes("https") && curlTls ? curlTls : curl).rate, 2) + "x", accept,
                          f(r.request_p50_ms, 2) + " / " + f(r.request_p99_ms, 2), f(r.peak_rss_kb / 1024, 1),
                          f(r.steal_ms, 0)]));
    }
' "$results"
echo
echo "nginx: 1 worker, return 204, 127.0.0.1:$port; Hooksmith concurrency $CONCURRENCY; $(nproc) cores; $("$root/build/bench/bench/hooksmith-syscall-cost")"
