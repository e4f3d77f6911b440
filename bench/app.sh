#!/usr/bin/env bash
# Prints the app's start-up time, memory and idle CPU under a real X server (Xvfb), as
# DESIGN.md's targets ask: first interactive frame within 100 ms, idle CPU near zero,
# memory in tens of MB. Figures only: nothing here passes or fails.
# Usage: bench/app.sh [BUILD_DIR]   (needs xvfb-run; the dummy driver polls, see STYLE.md)
set -u
build=${1:-build}
bin=$build/grayarea
[[ -x $bin ]] || { echo "build the game first ($bin not found)"; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt-get install xvfb xauth)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'grayarea-replay 1\nsize 1280 720\nnotices 0\n' > "$tmp/empty.replay"

cat > "$tmp/run.sh" <<'INNER'
#!/usr/bin/env bash
bin=$1 tmp=$2
echo "start to first frame and exit (an empty replay: load decks, open the window, draw the title once)"
times=()
for i in $(seq 1 10); do
    s=$(date +%s%N)
    "$bin" --replay "$tmp/empty.replay" --data-dir "$tmp/d$i" >/dev/null 2>&1
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "  runs (ms): ${times[*]}"
echo "  best: $(echo "$sorted" | head -1) ms, median: $(echo "$sorted" | sed -n 5p) ms"

echo "idle: the title screen left alone for 3 s"
"$bin" --data-dir "$tmp/idle" --size 1280x720 >/dev/null 2>&1 &
pid=$!
sleep 1
read -r -a a < "/proc/$pid/stat"; t0=$(( a[13] + a[14] ))
sleep 3
read -r -a b < "/proc/$pid/stat"; t1=$(( b[13] + b[14] ))
hz=$(getconf CLK_TCK)
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status"); hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
echo "  CPU while idle: $(( (t1 - t0) * 1000 / hz )) ms over 3000 ms"
echo "  memory: resident $(( rss / 1024 )) MB, peak $(( hwm / 1024 )) MB"
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
INNER
xvfb-run -a -s "-screen 0 1920x1080x24" bash "$tmp/run.sh" "$bin" "$tmp"
