#!/usr/bin/env bash
# Runs every libFuzzer target of BUILD_DIR (configured with -DOWZ_FUZZ=ON) for SECONDS each, one after the
# other, on a temporary copy of its seed corpus: tests/fuzz/corpus/<name>/ plus the fixtures of tests/data
# listed below. Nothing is written into the repository. Prints the executions per target; fails if any
# target crashes, leaks, times out or runs out of memory (its log and crashing input are kept and named).
#   usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS [NAME...]   (NAME: token_check, jwks, ...)
set -euo pipefail

if (($# < 2)); then
    echo "usage: $0 BUILD_DIR SECONDS [NAME...]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
data=$here/../data

names=("$@")
if ((${#names[@]} == 0)); then
    for bin in "$build"/fuzz/fuzz_*; do
        [ -x "$bin" ] && names+=("${bin##*/fuzz_}")
    done
fi
if ((${#names[@]} == 0)); then
    echo "run-fuzzers: no fuzz targets in $build/fuzz (configure with -DOWZ_FUZZ=ON and build)" >&2
    exit 2
fi

# Fixture seeds per target, besides corpus/<name>/.
fixtures() {
    local malformed=("$data"/malformed/*)
    case $1 in
    providers) printf '%s\n' "$data"/providers/*.json "${malformed[@]}" && find "$data/apps" -name '*.json' ;;
    jwks) printf '%s\n' "$data"/jose/*.json "${malformed[@]}" ;;
    token_check) ;;
    *) printf '%s\n' "${malformed[@]}" ;;
    esac
}

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# No leak suppressions here: the targets run only project code and OpenSSL, so every leak counts, including
# OpenSSL objects the project fails to free (the test suite's lsan.supp has to let libcrypto go).
unset LSAN_OPTIONS
work=$(mktemp -d "${TMPDIR:-/tmp}/owz-fuzz.XXXXXX")
failed=()
summary=()
for name in "${names[@]}"; do
    bin=$build/fuzz/fuzz_$name
    if [ ! -x "$bin" ]; then
        echo "run-fuzzers: $bin is missing" >&2
        failed+=("$name")
        continue
    fi
    corpus=$work/$name/corpus
    mkdir -p "$corpus"
    [ -d "$here/corpus/$name" ] && cp "$here/corpus/$name"/* "$corpus"/ 2>/dev/null || true
    while IFS= read -r f; do
        [ -f "$f" ] && cp "$f" "$corpus/fixture-$(sha1sum <"$f" | cut -c1-16)"
    done < <(fixtures "$name")
    log=$work/$name/log
    echo "run-fuzzers: $name for ${seconds}s ($(ls "$corpus" | wc -l) seeds)"
    status=0
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/$name/" "$corpus" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    summary+=("$(printf '%-12s %12s executions  exit %s' "$name" "${execs:-?}" "$status")")
    if ((status != 0)) || [ -z "$execs" ]; then
        failed+=("$name")
        echo "run-fuzzers: $name FAILED (exit $status); log: $log" >&2
        grep -E 'ERROR:|SUMMARY:|Test unit written|runtime error' "$log" | head -20 >&2 || true
    fi
done

printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "run-fuzzers: failed: ${failed[*]} (logs and crashing inputs kept in $work)" >&2
    exit 1
fi
rm -rf "$work"
