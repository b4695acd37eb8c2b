#!/usr/bin/env bash
# Maps and statistics benchmark (issue 20). Builds the release binary, fills a SQLite file with N
# demo organisations (default 100,000; kept between runs in the same folder as bench/directory.sh),
# imports the GISCO boundaries from ../shared/data/geo, and measures with wrk at 32 connections:
#   - the map page (NUTS 2, all organisations), the map as SVG alone, the statistics page, a
#     region page, and a profile page (rotating over 100 profiles: the profile's throughput,
#     which the maps' links touch, stays measured);
#   - a bare axum handler returning a constant page of the map page's size (the ceiling);
# then prints requests/s, p50 and p99, each throughput as a ratio to the ceiling, the sizes of
# the NUTS 2 map's SVG and page, and the first (uncached) answer time of the map and statistics.
# Needs wrk (Debian package `wrk`). Usage: bench/maps.sh [ORGANISATIONS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SECS=${2:-15}
CONNS=32
THREADS=2
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target}
BIN="$CARGO_TARGET_DIR/release/clusterhub"
CEIL="$CARGO_TARGET_DIR/release/examples/ceiling"
WORK=$(mktemp -d /tmp/clusterhub-maps-bench.XXXX)
DATA=${BENCH_DATA_DIR:-/tmp/clusterhub-bench-data}
GEO=${CLUSTERHUB_GEO_DIR:-../shared/data/geo}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
[ -d "$GEO" ] || { echo "$GEO is missing: the map needs the GISCO boundaries" >&2; exit 1; }
cargo build --release -p clusterhub --bin clusterhub --example ceiling >&2

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
wait_up() { for _ in $(seq 1 3000); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
RESULTS="$WORK/results.tsv"
: > "$RESULTS"
run_wrk() { # label url [lua]
  local label=$1 url=$2 script=${3:-} out rps p50 p99 non2xx
  if [ -n "$script" ]; then out=$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency -s "$script" "$url"); else out=$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency "$url"); fi
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}" >> "$RESULTS"
  echo "  $label: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx ${non2xx:-0}" >&2
}

SQLITE_URL="sqlite:$DATA/bench.db"
mkdir -p "$DATA"
if [ "${BENCH_DATA:-}" = fresh ] || [ "$(cat "$DATA/organisations" 2>/dev/null)" != "$N" ]; then
  echo "== demo data: $N organisations (SQLite)" >&2
  rm -f "$DATA"/bench.db* "$DATA/organisations"
  "$BIN" --database "$SQLITE_URL" demo --organisations "$N" >&2
  echo "$N" > "$DATA/organisations"
fi
echo "== boundaries" >&2
"$BIN" --database "$SQLITE_URL" import boundaries "$GEO" >&2

PORT=8191
"$BIN" --database "$SQLITE_URL" --data-dir "$WORK/node" --log-format json serve --listen "127.0.0.1:$PORT" 2>"$WORK/serve.log" &
PIDS+=($!)
wait_up "http://127.0.0.1:$PORT/readyz"
B="http://127.0.0.1:$PORT"
# The first answers read the database (the cache is empty); later ones come from the cache.
first() { curl -fs -o /dev/null -w '%{time_total}' "$1" | awk '{ printf "%.0f", $1 * 1000 }'; }
MAP_FIRST=$(first "$B/map?level=nuts2")
STATS_FIRST=$(first "$B/statistics")
SVG_BYTES=$(curl -fs "$B/map.svg?level=nuts2" | wc -c)
PAGE_BYTES=$(curl -fs "$B/map?level=nuts2" | wc -c)
REGION=$(curl -fs "$B/api/v1/statistics/map?level=nuts2" | python3 -c 'import json,sys; r=json.load(sys.stdin)["regions"]; print(max(r, key=lambda x: x["value"])["code"])')
REGION_FIRST=$(first "$B/regions/$REGION")
curl -fs "$B/api/v1/organisations?limit=100&offset=5000" \
  | python3 -c 'import json,sys; print("\n".join(o["slug"] for o in json.load(sys.stdin)["items"]))' > "$WORK/slugs"
cat > "$WORK/profiles.lua" <<LUA
local slugs = {}
for line in io.lines("$WORK/slugs") do if line ~= "" then slugs[#slugs + 1] = line end end
local i = 0
request = function()
  i = i % #slugs + 1
  return wrk.format("GET", "/organisations/" .. slugs[i])
end
LUA
# Let the partner-matching index finish building before measuring profiles.
FIRST_SLUG=$(head -n1 "$WORK/slugs")
for _ in $(seq 1 600); do
  curl -fs "$B/organisations/$FIRST_SLUG" | grep -q "Recommendations are being prepared" || break
  sleep 0.5
done
echo "== measuring" >&2
run_wrk "map page (NUTS 2, all organisations)" "$B/map?level=nuts2"
run_wrk "map SVG (NUTS 2)" "$B/map.svg?level=nuts2"
run_wrk "statistics page" "$B/statistics"
run_wrk "region page ($REGION)" "$B/regions/$REGION"
run_wrk "profile page" "$B/" "$WORK/profiles.lua"
HWM=$(awk '/VmHWM/ { print $2 }' "/proc/${PIDS[0]}/status")
kill "${PIDS[0]}"

"$CEIL" 127.0.0.1:8192 "$PAGE_BYTES" &
PIDS+=($!)
wait_up "http://127.0.0.1:8192/"
run_wrk "ceiling: bare axum constant page" "http://127.0.0.1:8192/"

CEIL_RPS=$(awk -F'\t' '/^ceiling/ { print $2 }' "$RESULTS")
echo
echo "clusterhub maps benchmark — $N organisations (SQLite), wrk $THREADS threads, $CONNS connections, ${SECS} s each"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo
printf '| %-40s | %10s | %8s | %8s | %9s | %7s |\n' "endpoint" "req/s" "p50 ms" "p99 ms" "× ceiling" "non-2xx"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..42})" "------------" "----------" "----------" "-----------" "---------"
while IFS=$'\t' read -r label rps p50 p99 non2xx; do
  ratio=$(awk -v a="$rps" -v b="$CEIL_RPS" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  printf '| %-40s | %10s | %8s | %8s | %9s | %7s |\n' "$label" "$rps" "$p50" "$p99" "$ratio" "$non2xx"
done < "$RESULTS"
echo
echo "NUTS 2 map: SVG $SVG_BYTES bytes, whole page $PAGE_BYTES bytes"
echo "first (uncached) answer: map ${MAP_FIRST} ms, statistics ${STATS_FIRST} ms, region ${REGION_FIRST} ms"
echo "peak RSS of serve: $((HWM / 1024)) MiB"
