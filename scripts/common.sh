#!/usr/bin/env bash
# Shared by scripts/run, scripts/test, scripts/fuzz and scripts/bench: Debian packages, configure and build.
set -euo pipefail

HOOKSMITH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export HOOKSMITH_ROOT

# What building needs.
HOOKSMITH_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-serialport-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev libgl-dev libgoogle-perftools-dev libsystemd-dev
)
# What the tests need besides: a display server, pseudo-terminals, the keychain daemon, peers.
HOOKSMITH_TEST_PACKAGES=(
    xvfb xauth socat dbus gnome-keyring curl httpie nodejs npm fonts-dejavu-core python3-prometheus-client clang-format
    dpkg-dev lintian desktop-file-utils appstream man-db
    mosquitto mosquitto-clients openssl tinyproxy zsh qt6-translations-l10n
)
# What scripts/package needs to make and check the .deb and .tar.gz.
HOOKSMITH_PACKAGE_PACKAGES=(
    dpkg-dev lintian desktop-file-utils appstream man-db
)
# What scripts/fuzz needs: libFuzzer comes with clang's runtime libraries (the tests replay the fuzz
# inputs with g++, so CI needs neither).
HOOKSMITH_FUZZ_PACKAGES=(
    clang libclang-rt-14-dev
)
# What the benchmarks need.
HOOKSMITH_BENCH_PACKAGES=(
    libbenchmark-dev nginx openssl wrk curl time xvfb xauth xdotool socat nodejs npm mosquitto valgrind
)

hooksmith_missing_packages() {
    local p missing=()
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    echo "${missing[@]:-}"
}

# Installs missing Debian packages: as root, or with sudo when it is available.
hooksmith_ensure_packages() {
    local missing
    missing=$(hooksmith_missing_packages "$@")
    [ -z "$missing" ] && return 0
    # Node.js may come from outside Debian: accept any working node and npm.
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        missing=$(echo "$missing" | tr ' ' '\n' | { grep -vx 'nodejs\|npm' || true; } | tr '\n' ' ' | sed 's/ *$//')
        [ -z "$missing" ] && return 0
    fi
    echo "Installing Debian packages: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these Debian packages are missing and this user cannot install them: $missing" >&2
            echo "Ask an administrator to run: apt-get install $missing" >&2
            exit 1
        fi
    fi
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

# Configures and builds a CMake preset (default: dev).
hooksmith_build() {
    local preset=${1:-dev}
    shift || true
    cd "$HOOKSMITH_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset" "$@"
    elif [ $# -gt 0 ]; then
        cmake --preset "$preset" "$@" >/dev/null
    fi
    cmake --build --preset "$preset"
}
