#!/usr/bin/env bash
# Gray Area's start-up next to the floor: the game and a bare SDL2 program (bench/bare.c:
# a 1920x1080 window, the same renderer choice and hints, one cached paragraph in our
# font) run alternately under Xvfb, a real X server (under the dummy driver SDL polls,
# see STYLE.md). For each: the time from launch to the first frame presented in a window
# that shows (noted by the bench/first_frame.c preload), the peak memory (VmHWM) once
# it has settled, and the CPU it uses while idle. Prints medians and the ratios.
# Figures only: nothing here passes or fails.
#
# Usage: bench/app.sh [BUILD_DIR] (a build with -DGA_BUILD_BENCH=ON)
# Environment: GA_BENCH_RUNS (runs of each, default 9), GA_XVFB_DISPLAY (a display
# number for Xvfb; default: the first free one).
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-build}" 2>/dev/null && pwd) || { echo "no build folder ${1:-build}"; exit 1; }
bin=$build/grayarea bare=$build/bench/bench_bare shim=$build/bench/libga_first_frame.so
for f in "$bin" "$bare" "$shim"; do
    [[ -e $f ]] || { echo "$f not found: configure with -DGA_BUILD_BENCH=ON and build first"; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb xauth)"; exit 1; }
runs=${GA_BENCH_RUNS:-9}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/run.sh" <<'INNER'
#!/usr/bin/env bash
# Inside Xvfb: run.sh GAME BARE SHIM FONT RUNS TMP
game=$1 bare=$2 shim=$3 font=$4 runs=$5 tmp=$6
hz=$(getconf CLK_TCK)
SETTLE=1.5 IDLE=2

# One launch: prints "first_frame_us peak_kib idle_cpu_ms cpu_to_first_frame_us".
measure() {
    rm -f "$tmp/ff"
    local start pid t0 t1 a b
    start=$(date +%s%N)
    GA_BENCH_FIRST_FRAME=$tmp/ff LD_PRELOAD=$shim "$@" >/dev/null 2>&1 &
    pid=$!
    sleep "$SETTLE" # whatever loads after the first frame is done by now
    read -r -a a < "/proc/$pid/stat"
    t0=$((a[13] + a[14]))
    sleep "$IDLE"
    read -r -a b < "/proc/$pid/stat"
    t1=$((b[13] + b[14]))
    local hwm
    hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    kill -TERM "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    local ff=-1 cpu=-1 when
    if [[ -s $tmp/ff ]]; then
        read -r when cpu < "$tmp/ff"
        ff=$(((when - start) / 1000))
    fi
    echo "$ff $hwm $(((t1 - t0) * 1000 / hz)) $cpu"
}

game() { measure "$game" --data-dir "$tmp/data" --size 1920x1080 --windowed; }
floor() { measure "$bare" "$font"; }

game >/dev/null # warm-ups: the disk cache, and the data folder the game makes once
floor >/dev/null
for i in $(seq 1 "$runs"); do
    game >> "$tmp/game.txt"
    floor >> "$tmp/bare.txt"
done
INNER
if [[ -n ${GA_XVFB_DISPLAY:-} ]]; then xvfb=(-n "$GA_XVFB_DISPLAY"); else xvfb=(-a); fi
xvfb-run "${xvfb[@]}" -s "-screen 0 1920x1080x24" bash "$tmp/run.sh" "$bin" "$bare" "$shim" \
    "$src/assets/fonts/Inter-Regular.otf" "$runs" "$tmp"

# column N of FILE: median
median() { cut -d' ' -f"$2" "$1" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
range() { cut -d' ' -f"$2" "$1" | sort -n | awk 'NR == 1 {lo = $1} {hi = $1} END {print lo ".." hi}'; }
gf=$(median "$tmp/game.txt" 1) bf=$(median "$tmp/bare.txt" 1)
gm=$(median "$tmp/game.txt" 2) bm=$(median "$tmp/bare.txt" 2)
gc=$(median "$tmp/game.txt" 3) bc=$(median "$tmp/bare.txt" 3)
gu=$(median "$tmp/game.txt" 4) bu=$(median "$tmp/bare.txt" 4)
ms() { awk -v u="$1" 'BEGIN {printf "%.1f ms", u / 1000}'; }
mb() { awk -v k="$1" 'BEGIN {printf "%.1f MB", k / 1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2fx", a / b; else print "-"}'; }

echo "Start-up under Xvfb at 1920x1080: $runs runs of each, alternating; medians"
row() { printf '  %-20s %-14s %-14s %-16s %s\n' "$@"; }
row "" "first frame" "peak memory" "CPU to 1st frame" "CPU while idle"
row "Gray Area" "$(ms "$gf")" "$(mb "$gm")" "$(ms "$gu")" "$gc ms over 2 s"
row "bare SDL2 program" "$(ms "$bf")" "$(mb "$bm")" "$(ms "$bu")" "$bc ms over 2 s"
row "ratio" "$(ratio "$gf" "$bf")" "$(ratio "$gm" "$bm")" "$(ratio "$gu" "$bu")"
echo "  first frame, each run (ms): Gray Area $(cut -d' ' -f1 "$tmp/game.txt" | awk '{printf "%d ", $1 / 1000}')"
echo "                              bare      $(cut -d' ' -f1 "$tmp/bare.txt" | awk '{printf "%d ", $1 / 1000}')"
echo "  peak memory range (KiB):    Gray Area $(range "$tmp/game.txt" 2), bare $(range "$tmp/bare.txt" 2)"
echo "  (first frame: launch to the first frame presented in a window that shows, as the X server"
echo "  sees the process; CPU to 1st frame: the process's own CPU time by then, less swayed by a busy machine)"
