#!/usr/bin/env bash
# `make bench`: the quality bars side by side, as ONE table. Usage: run-benchmarks.sh BUILD_DIR
# Timings are noisy on shared machines, so every figure is a count or a ratio against a baseline measured in
# the same run, interleaved with ours: start-up and memory against a bare five-page QWizard (median of
# $LAUNCHES launches each, offscreen and under xvfb-run), the rest from owz-bench (preview, token checks,
# deploy against the sandbox, export).
set -euo pipefail
export LC_ALL=C
LAUNCHES=${LAUNCHES:-15}
here=$(cd "$(dirname "$0")" && pwd)

# Internal mode: one platform's launches, "ours|bare ms kb" per line (run inside xvfb-run for xcb).
if [[ ${1:-} == --launches ]]; then
    build=$2 platform=$3
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    for ((i = 0; i < LAUNCHES; i++)); do
        for which in ours bare; do
            exe=$build/bin/okta-jwt-wizard
            [[ $which == bare ]] && exe=$build/bin/owz-bench-bare-wizard
            line=$(HOME=$home XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=$platform \
                OWZ_BENCH_EXIT_AFTER_FIRST_PAINT=1 OWZ_BENCH_T0=$EPOCHREALTIME "$exe" 2>/dev/null |
                grep '^first_paint_ms=') || { echo "no first paint from $exe ($platform)" >&2; exit 1; }
            ms=${line#first_paint_ms=} ms=${ms%% *} kb=${line##*rss_kb=}
            echo "$which $ms $kb"
        done
    done
    exit 0
fi

build=$(cd "${1:?usage: run-benchmarks.sh BUILD_DIR}" && pwd)
rows=$(mktemp)
trap 'rm -f "$rows"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

startup_rows() { # $1 label, then the launch lines on stdin
    local data ours bare oursKb bareKb
    data=$(cat)
    ours=$(awk '$1 == "ours" { print $2 }' <<<"$data" | median)
    bare=$(awk '$1 == "bare" { print $2 }' <<<"$data" | median)
    oursKb=$(awk '$1 == "ours" { print $3 }' <<<"$data" | median)
    bareKb=$(awk '$1 == "bare" { print $3 }' <<<"$data" | median)
    awk -v l="$1" -v o="$ours" -v b="$bare" -v ok="$oursKb" -v bk="$bareKb" -v n="$LAUNCHES" 'BEGIN {
        r = o / b; printf "ROW\tStart to first painted page, %s (median of %d)\t%.1f ms\t%.1f ms bare QWizard\t%.2fx\t<= 1.25x\t%s\n", l, n, o, b, r, r <= 1.25 ? "pass" : "FAIL"
        r = ok / bk; printf "ROW\tResident memory after first page, %s\t%.1f MB\t%.1f MB bare QWizard\t%.2fx\t<= 1.3x\t%s\n", l, ok / 1024, bk / 1024, r, r <= 1.3 ? "pass" : "FAIL"
    }'
}

echo "Start-up: $LAUNCHES launches each, interleaved (offscreen)..." >&2
"$0" --launches "$build" offscreen | startup_rows offscreen >>"$rows"
if command -v xvfb-run >/dev/null; then
    echo "Start-up: $LAUNCHES launches each, interleaved (xvfb-run)..." >&2
    xvfb-run -a -s "-screen 0 1600x1200x24" "$0" --launches "$build" xcb | startup_rows xvfb-run >>"$rows"
else
    printf 'ROW\tStart to first painted page, xvfb-run\tnot measured\t-\t-\t<= 1.25x\tFAIL\n' >>"$rows"
fi
echo "In-process benchmarks (preview, token, deploy, export, okta-setup)..." >&2
# The deploy benchmark journals its writes: into a throwaway folder, not the real ~/.local/state.
state=$(mktemp -d)
QT_QPA_PLATFORM=offscreen XDG_STATE_HOME=$state "$build/bin/owz-bench" 2>/dev/null | grep '^ROW' >>"$rows"
rm -rf "$state"

echo
echo "Benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM"
{
    printf 'What\tOurs\tBaseline\tRatio\tBar\tResult\n'
    cut -f2- "$rows"
} | awk -F'\t' '
    { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NR; nf = NF }
    END {
        for (r = 1; r <= n; r++) {
            line = "|"
            for (i = 1; i <= nf; i++) line = line sprintf(" %-" w[i] "s |", cell[r, i])
            print line
            if (r == 1) { line = "|"; for (i = 1; i <= nf; i++) { d = ""; for (k = 0; k < w[i] + 2; k++) d = d "-"; line = line d "|" } print line }
        }
    }'
if grep -q $'\tFAIL$' "$rows"; then
    echo "Some bars are not met (FAIL rows above)."
fi
