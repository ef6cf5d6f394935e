#!/usr/bin/env bash
# The full report of a 500-pair cohort against the QPainter table floor of ../shared/bench-floors
# (pdf_report painter), both measured in this run on this machine (issue 13, acceptance: <= 3x).
# Usage: cmake --preset release && cmake --build --preset release --target trellis-reportbench
#        tests/benchmarks/run-report.sh
# Env: RUNS (default 5: the in-process figures' runs and the floor binary's runs), BUILD (default
#      build/release), FLOORS (default ../shared/bench-floors next to the repository).
# Prints trellis-reportbench's lines (its floor is pdf_report's painter mode line for line, in the
# same process) and then the floor binary's own render_ms per run, with the ratio against it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build/release}
BENCH=$BUILD/tests/benchmarks/trellis-reportbench
FLOORS=${FLOORS:-$ROOT/../shared/bench-floors}
RUNS=${RUNS:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
[ -x "$BENCH" ] || { echo "build trellis-reportbench first (preset release)" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen

echo "building the pdf_report floor..." >&2
mkdir -p "$WORK/floors"
(cd "$FLOORS" && tar cf - --exclude=build --exclude=node_modules .) | (cd "$WORK/floors" && tar xf -)
cmake -S "$WORK/floors" -B "$WORK/floors/build" -DCMAKE_BUILD_TYPE=Release > /dev/null
cmake --build "$WORK/floors/build" --target pdf_report -j2 > /dev/null
FLOOR=$WORK/floors/build/pdf_report

"$BENCH" "$RUNS" | tee "$WORK/bench"
report=$(awk -F'\t' '$1 == "report" {print $2}' "$WORK/bench")
for _ in $(seq "$RUNS"); do
    "$FLOOR" painter "$WORK/floor.pdf" | awk -F= '$1 == "render_ms" {print $2}' >> "$WORK/floor"
done
median=$(sort -n "$WORK/floor" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
printf 'floor-binary\t%s\t%s\t%s\tpdf_report painter, %s runs\n' "$median" \
    "$(sort -n "$WORK/floor" | head -1)" "$(sort -n "$WORK/floor" | tail -1)" "$RUNS"
awk -v r="$report" -v f="$median" 'BEGIN {printf "ratio-binary\t%.2f\t\t\treport median / floor binary median (target <= 3)\n", r / f}'
