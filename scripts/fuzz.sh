#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (ASan + UBSan) into build/fuzz, writes a seed
# corpus with the tests' own writers, and runs each target for NUMBASE_FUZZ_SECONDS (60) seconds.
# Fails when any target finds a crash, a sanitizer report, a leak, a timeout or an unexpected
# exception; the input that did it is kept in build/fuzz/crashes/<target>/ (rerun it with
# build/fuzz/<target>_fuzz <file>). What each run learns is kept in build/fuzz/corpus/<target>/,
# so later runs start from there.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${NUMBASE_FUZZ_SECONDS:-60}
# target:max_len (bytes): the seeds fit with room to grow; longer inputs only slow the search.
targets=(csv:8192 xlsx:32768 xls:16384 multipart:4096 json:4096)

packages=(clang-14 libclang-rt-14-dev)
source scripts/lib.sh
install_missing_packages "${packages[@]}"

echo "==> building the fuzzers (clang++-14, ASan + UBSan) in build/fuzz"
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
out=build/fuzz
cmake -S fuzz -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 >/dev/null
cmake --build "$out" -j2 >/dev/null

# The seeds, and the targets' scratch files (TMPDIR), in one directory removed at the end, also
# when a target dies before it can clean up.
work=$(mktemp -d "${TMPDIR:-/tmp}/numbase-fuzz-XXXXXX")
trap 'rm -rf "$work"' EXIT
seeds="$work/seeds"
mkdir -p "$work/tmp"
"$out/make_seeds" "$seeds"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
echo "==> fuzzing each target for ${seconds}s"
passed=0 failed=0
for entry in "${targets[@]}"; do
  name=${entry%%:*} max_len=${entry#*:}
  corpus="$out/corpus/$name" crashes="$out/crashes/$name" log="$out/logs/$name.log"
  mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
  status=0
  # New inputs go to the first directory (the kept corpus); the seeds are read only.
  TMPDIR="$work/tmp" "$out/${name}_fuzz" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$max_len" -timeout=30 \
    -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "$seeds/$name" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # The last status line, e.g. "#41234 DONE cov: 512 ft: 1700 corp: 300/40Kb ...".
  corp=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "$log" | tail -1 | cut -d' ' -f2)
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    echo "$name: ok, ${execs:-?} execs, corpus ${corp:-?} (inputs/bytes), $(find "$corpus" -type f | wc -l) kept in $corpus"
  else
    failed=$((failed + 1))
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    echo "$name: FAILED (exit $status) after ${execs:-?} execs; input: ${artifact:-none written}; log: $log"
    # The report, from the sanitizer's (or the harness's) first line on.
    first=$(grep -n -m1 -E '^==[0-9]+== ?ERROR|runtime error:|==FUZZ==|ERROR: libFuzzer' "$log" | cut -d: -f1 || true)
    if [ -n "$first" ]; then sed -n "${first},$((first + 40))p" "$log"; else tail -n 40 "$log"; fi | sed 's/^/    /'
    if [ -n "$artifact" ] && [ -f "$artifact" ]; then
      echo "    reproduce: $out/${name}_fuzz $artifact"
      echo "    input (first 512 bytes):"
      head -c 512 "$artifact" | od -A x -t x1z | sed 's/^/    /'
    fi
  fi
done
echo "fuzzers: $passed clean, $failed with findings"
[ "$failed" -eq 0 ]
