# Shared by the comparison scripts (sourced): nginx on loopback answering 204, curl sending the same
# requests as Hooksmith, and the hypervisor's steal time, which every row reports.

bench_now() { date +%s.%N; }
# CPU time the hypervisor gave to others, in clock ticks (all CPUs).
bench_steal_ticks() { awk '/^cpu /{print $9}' /proc/stat; }
bench_steal_ms_since() { echo $((($(bench_steal_ticks) - $1) * 1000 / $(getconf CLK_TCK))); }

# bench_start_nginx WORKDIR PORT [TLS_PORT]: one worker, `return 204`, access log off; a self-signed
# certificate in WORKDIR/nginx/cert.pem when TLS_PORT is given. Sets bench_nginx_pid.
bench_start_nginx() {
    local dir=$1/nginx port=$2 tls_port=${3:-}
    mkdir -p "$dir"
    local tls=""
    if [ -n "$tls_port" ]; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
            -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
        tls="server { listen 127.0.0.1:$tls_port ssl; ssl_certificate $dir/cert.pem; ssl_certificate_key $dir/key.pem; location / { return 204; } }"
    fi
    cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    keepalive_requests 1000000;
    server { listen 127.0.0.1:$port; location / { return 204; } }
    $tls
}
CONF
    nginx -c "$dir/nginx.conf" -p "$dir" &
    bench_nginx_pid=$!
    for _ in $(seq 50); do
        curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
        sleep 0.1
    done
    echo "error: nginx did not start (see $dir/error.log)" >&2
    return 1
}

# bench_curl_config FILE URL N TOKEN [EXTRA CONFIG LINE]: N requests with the JSON body, headers and
# User-Agent Hooksmith sends for the bench webhook, for `curl --parallel -K FILE`. Each transfer writes
# its total time on stdout.
bench_curl_config() {
    local file=$1 target=$2 n=$3 token=$4 extra=${5:-}
    {
        for i in $(seq 0 $((n - 1))); do
            payload="$((20 + (i % 100) / 10)).$((i % 10))"
            [ "$i" -gt 0 ] && echo "next"
            cat <<CFG
url = "$target/hooks/$token"
request = "POST"
header = "Content-Type: application/json"
header = "Accept: application/json"
header = "User-Agent: Hooksmith/0.1.0"
data = "{\"deviceToken\":\"$token\",\"event\":\"\",\"signal\":1,\"payload\":$payload,\"id\":\"msg_$i\",\"time\":\"2026-11-01T09:00:00.000Z\",\"text\":\"temperature is $payload °C\"}"
output = "/dev/null"
write-out = "%{time_total}\\n"
silent
CFG
            if [ -n "$extra" ]; then echo "$extra"; fi
        done
    } >"$file"
}

# CPU time (all CPUs, in ticks) spent on anything but idle and iowait, and by the processes of nginx.
bench_busy_ticks() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
bench_nginx_ticks() {
    local total=0 pid
    for pid in $(pgrep -x nginx); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
# bench_others_ms BUSY_BEFORE NGINX_BEFORE MEASURED_CPU_SECONDS: CPU that went to other processes during a
# row (neither the measured program nor nginx), in ms. A row whose peers ran beside other work compares
# nothing: this is what makes a rate "far from what was seen before" explainable.
bench_others_ms() {
    local busy=$(($(bench_busy_ticks) - $1)) nginx=$(($(bench_nginx_ticks) - $2)) tck
    tck=$(getconf CLK_TCK)
    awk -v b="$busy" -v n="$nginx" -v m="$3" -v t="$tck" 'BEGIN { o = (b - n) * 1000 / t - m * 1000; if (o < 0) o = 0; printf "%d", o }'
}

# One line on what a system call costs here (bench/syscall_cost.cpp), for the footers: rates measured on
# machines whose line differs much are not comparable.
bench_syscall_line() {
    local exe
    exe="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/build/bench/bench/hooksmith-syscall-cost"
    if [ -x "$exe" ]; then "$exe"; else echo "system call cost not measured ($exe is missing)"; fi
}
