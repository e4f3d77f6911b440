#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang in build-fuzz/ and runs each for SECONDS (default 60).
# Usage: fuzz/run.sh [SECONDS] [deck|save|cond|translation|replay|settings|pack ...]
# Crashes, hangs and leaks land in build-fuzz/artifacts/NAME/; the grown corpus in
# build-fuzz/corpus/NAME/ (the seeds in fuzz/corpus/NAME/ are only read). Exit 1 if any fuzzer failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-60}
shift || true
names=("$@")
((${#names[@]})) || names=(deck save cond translation catalogue replay settings pack)
# GA_FUZZ_BUILD: another build folder; GA_FUZZ_CORE_DIR: fuzz a patched copy of src/core.
build=${GA_FUZZ_BUILD:-$root/build-fuzz}
core_args=()
[[ -n ${GA_FUZZ_CORE_DIR:-} ]] && core_args=(-DGA_FUZZ_CORE_DIR="$GA_FUZZ_CORE_DIR")

if ! command -v clang >/dev/null; then
    echo "fuzz/run.sh: clang is needed (apt-get install clang libclang-rt-14-dev)" >&2
    exit 1
fi
cmake -S "$root/fuzz" -B "$build" -DCMAKE_C_COMPILER=clang -DGA_FUZZ=ON "${core_args[@]}" >/dev/null
cmake --build "$build" -j"${GA_FUZZ_JOBS:-$(nproc)}" >/dev/null

failed=()
for name in "${names[@]}"; do
    corpus=$build/corpus/$name
    artifacts=$build/artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    seeds=("$root/fuzz/corpus/$name")
    [[ $name == deck ]] && seeds+=("$root/scenarios")
    [[ $name == pack ]] && seeds+=("$root/tests/fixtures/zip")
    echo "== fuzz_$name for ${secs}s (log: $build/$name.log)"
    if "$build/fuzz_$name" -max_len=65536 -timeout=5 -max_total_time="$secs" -print_final_stats=1 \
        -dict="$root/fuzz/$name.dict" -artifact_prefix="$artifacts/" \
        "$corpus" "${seeds[@]}" >"$build/$name.log" 2>&1; then
        grep -E '^#[0-9]+ +DONE|stat::number_of_executed_units|stat::average_exec_per_sec' "$build/$name.log" || true
    else
        failed+=("$name")
        echo "   FAILED: see $build/$name.log and $artifacts/"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$build/$name.log" | head -5 || true
    fi
done
if ((${#failed[@]})); then
    echo "failed: ${failed[*]}"
    exit 1
fi
echo "all fuzzers ran clean"
