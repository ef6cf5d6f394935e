#!/usr/bin/env bash
# Trellis developer entry point for a Debian 12 machine.
#   packaging/setup.sh run    install what is missing, build, launch Trellis on a demo database
#   packaging/setup.sh test   install what is missing, build, run the whole test suite (CTest)
# Optional second argument: a CMake preset (default: "default").
# Idempotent: packages already present are not reinstalled; builds are incremental.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=${1:-}
preset=${2:-default}

usage() {
    echo "usage: packaging/setup.sh run|test [preset]" >&2
    exit 2
}
[ "$mode" = run ] || [ "$mode" = test ] || usage

install_missing() {
    local wanted missing=()
    # The first word of each line is the package; the second says how it is used.
    mapfile -t wanted < <(grep -Ev '^[[:space:]]*(#|$)' "$here/debian-packages.txt" | awk '{print $1}')
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cd "$root"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j"$(nproc)"
}

install_missing
build
builddir="$root/build/$preset"

case "$mode" in
test)
    cd "$root"
    ctest --preset "$preset" -j"$(nproc)"
    ;;
run)
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/Trellis/demo.sqlite"
    if [ ! -f "$demo" ]; then
        # trellis-cli creates the missing folders itself, private (0700).
        "$builddir/app/trellis-cli" demo "$demo" --size small
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        echo "No display found. Trellis is a desktop application; on a machine without a screen run:" >&2
        echo "  xvfb-run -s '-screen 0 1440x900x24' packaging/setup.sh run" >&2
        exit 1
    fi
    exec "$builddir/app/trellis" "$demo"
    ;;
esac
