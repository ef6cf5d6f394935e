#!/usr/bin/env bash
# .ics export and import throughput of Trellis for N meetings, next to the libical floor of
# ../shared/bench-floors (ICS part only), run on the same machine at the same time.
# Usage: cmake --preset release && cmake --build --preset release --target trellis-icsbench
#        tests/benchmarks/run-ics.sh
# Env: NS (default "10000 100000"), RUNS (default 1), BUILD (default build/release),
#      FLOORS (default ../shared/bench-floors next to the repository).
# Prints a Markdown table: wall time and peak RSS of each process (/usr/bin/time), the program's
# own timing of the measured work, and what it did.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build/release}
BENCH=$BUILD/tests/benchmarks/trellis-icsbench
FLOORS=${FLOORS:-$ROOT/../shared/bench-floors}
NS=${NS:-"10000 100000"}
RUNS=${RUNS:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -x "$BENCH" ] || { echo "build trellis-icsbench first (preset release)" >&2; exit 1; }

echo "building the libical floor..." >&2
mkdir -p "$WORK/floors"
(cd "$FLOORS" && tar cf - --exclude=build --exclude=node_modules .) | (cd "$WORK/floors" && tar xf -)
cmake -S "$WORK/floors" -B "$WORK/floors/build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$WORK/floors/build" --target ical_libical -j2 > /dev/null
FLOOR=$WORK/floors/build/ical_libical
TZFILE=$WORK/floors/src/europe_berlin.vtimezone

# measure LABEL N COMMAND...: one table row per run
measure() {
    local label=$1 n=$2
    shift 2
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/out"
        read -r wall rss < "$WORK/time"
        printf '| %s | %s | %s | %s | %s |\n' "$label" "$n" "$wall" "$((rss / 1024))" \
            "$(tr '\t\n' '  ' < "$WORK/out" | sed 's/ *$//')"
    done
}

echo "| benchmark | N | wall (s) | peak RSS (MiB) | output |"
echo "|---|---:|---:|---:|---|"
for N in $NS; do
    "$BENCH" seed "$WORK/source_$N.db" "$N" > /dev/null
    "$BENCH" seed "$WORK/fresh_$N.db" 0 > /dev/null
    measure "Trellis export (IcsExporter, all)" "$N" "$BENCH" export "$WORK/source_$N.db" "$WORK/trellis_$N.ics"
    measure "Trellis import into a fresh relationship" "$N" "$BENCH" import "$WORK/fresh_$N.db" "$WORK/trellis_$N.ics"
    measure "Trellis re-import (all unchanged)" "$N" "$BENCH" import "$WORK/fresh_$N.db" "$WORK/trellis_$N.ics"
    measure "libical floor write" "$N" "$FLOOR" write "$N" "$TZFILE" "$WORK/libical_$N.ics"
    measure "libical floor read" "$N" "$FLOOR" read "$WORK/libical_$N.ics"
    printf '| file size (MiB): Trellis %s, libical floor %s | %s | | | |\n' \
        "$(du -m --apparent-size "$WORK/trellis_$N.ics" | cut -f1)" \
        "$(du -m --apparent-size "$WORK/libical_$N.ics" | cut -f1)" "$N"
    rm -f "$WORK"/*_"$N".db* "$WORK"/*_"$N".ics
done
