#!/usr/bin/env bash
# News pages under load (issue 18), next to a bare axum constant page as the ceiling: the news
# list, a filtered list, article pages (rotating over the published items), the RSS and Atom
# feeds and the sitemap index, on SQLite with N demo organisations (default 100,000) and the demo
# news; plus the profile page, which lists what news mention the organisation. With BEFORE_BIN=
# another build of clusterhub, the profile page is measured on both builds in turns (before,
# after, before, after), each on its own copy of the same demo directory, so the two can be
# compared within one run.
# Needs wrk. Usage: [BEFORE_BIN=…] bench/news.sh [ORGANISATIONS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SECS=${2:-10}
CONNS=32
THREADS=2
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target}
BIN="$CARGO_TARGET_DIR/release/clusterhub"
CEIL="$CARGO_TARGET_DIR/release/examples/ceiling"
BEFORE=${BEFORE_BIN:-}
WORK=$(mktemp -d /tmp/clusterhub-news-bench.XXXX)
DATA=${BENCH_DATA_DIR:-/tmp/clusterhub-news-bench-data}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
cargo build --release -p clusterhub --bin clusterhub --example ceiling >&2

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
wait_up() { for _ in $(seq 1 3000); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

RESULTS="$WORK/results.tsv"
: > "$RESULTS"
run_wrk() { # label url [lua]
  local label=$1 url=$2 script=${3:-}
  local out
  if [ -n "$script" ]; then out=$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency -s "$script" "$url"); else out=$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency "$url"); fi
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$rps" "$p50" "$p99" "${non2xx:-0}" >> "$RESULTS"
  echo "  $label: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx ${non2xx:-0}" >&2
}

# The directory, seeded once by the older build when there is one (the newer migrates a copy).
SEEDER=${BEFORE:-$BIN}
mkdir -p "$DATA"
if [ "$(cat "$DATA/organisations" 2>/dev/null)" != "$N" ]; then
  echo "== demo directory: $N organisations" >&2
  rm -f "$DATA"/base.db*
  "$SEEDER" --database "sqlite:$DATA/base.db" demo --organisations "$N" >&2
  echo "$N" > "$DATA/organisations"
fi

start() { # binary db port → pid; serves --demo (adds accounts, events, news) on its own copy
  local bin=$1 db=$2 port=$3
  cp "$DATA/base.db" "$WORK/$db"
  "$bin" --database "sqlite:$WORK/$db" --data-dir "$WORK/node-$port" --log-format json serve --demo \
    --listen "127.0.0.1:$port" 2>"$WORK/serve-$port.log" >&2 &
  PIDS+=($!)
  wait_up "http://127.0.0.1:$port/readyz"
  # A node at work: its partner-matching index built.
  curl -fs "http://127.0.0.1:$port/api/v1/organisations?limit=100&offset=1000" \
    | python3 -c 'import json,sys; print("\n".join(o["slug"] for o in json.load(sys.stdin)["items"]))' > "$WORK/slugs-$port"
  local first
  first=$(head -n1 "$WORK/slugs-$port")
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/organisations/$first" | grep -q "Recommendations are being prepared" || break
    sleep 0.5
  done
  rotate "$port" "/organisations/" "$WORK/slugs-$port" > "$WORK/profiles-$port.lua"
}

rotate() { # port prefix file → a wrk script requesting prefix + each line in turn
  cat <<LUA
local keys = {}
for line in io.lines("$3") do if line ~= "" then keys[#keys + 1] = line end end
local i = 0
request = function()
  i = i % #keys + 1
  return wrk.format("GET", "$2" .. keys[i])
end
LUA
}

echo "== news on SQLite" >&2
start "$BIN" after.db 8281
PORT=8281
curl -fs "http://127.0.0.1:$PORT/api/v1/news?limit=50" \
  | python3 -c 'import json,sys; print("\n".join(str(n["id"]) for n in json.load(sys.stdin)["items"]))' > "$WORK/news-ids"
rotate "$PORT" "/news/" "$WORK/news-ids" > "$WORK/articles.lua"
run_wrk "news list" "http://127.0.0.1:$PORT/news"
run_wrk "news list (language=en&kind=article)" "http://127.0.0.1:$PORT/news?language=en&kind=article"
run_wrk "article pages" "http://127.0.0.1:$PORT/" "$WORK/articles.lua"
run_wrk "RSS feed" "http://127.0.0.1:$PORT/news/rss.xml"
run_wrk "Atom feed (language=en)" "http://127.0.0.1:$PORT/news/atom.xml?language=en"
run_wrk "sitemap index" "http://127.0.0.1:$PORT/sitemap.xml"
run_wrk "profile page (after)" "http://127.0.0.1:$PORT/" "$WORK/profiles-$PORT.lua"
PAGE_BYTES=$(curl -fs "http://127.0.0.1:$PORT/news" | wc -c)
kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true

if [ -n "$BEFORE" ]; then
  echo "== profile page, before and after in turns" >&2
  start "$BEFORE" before.db 8282
  run_wrk "profile page (before, 1)" "http://127.0.0.1:8282/" "$WORK/profiles-8282.lua"
  kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true
  start "$BIN" after2.db 8283
  run_wrk "profile page (after, 1)" "http://127.0.0.1:8283/" "$WORK/profiles-8283.lua"
  kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true
  start "$BEFORE" before2.db 8284
  run_wrk "profile page (before, 2)" "http://127.0.0.1:8284/" "$WORK/profiles-8284.lua"
  kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true
  start "$BIN" after3.db 8285
  run_wrk "profile page (after, 2)" "http://127.0.0.1:8285/" "$WORK/profiles-8285.lua"
  kill "${PIDS[-1]}"; wait "${PIDS[-1]}" 2>/dev/null || true
fi

"$CEIL" 127.0.0.1:8289 "$PAGE_BYTES" &
PIDS+=($!)
wait_up "http://127.0.0.1:8289/"
echo "== ceiling (constant page of $PAGE_BYTES bytes)" >&2
run_wrk "ceiling: bare axum constant page" "http://127.0.0.1:8289/"

CEIL_RPS=$(awk -F'\t' '/^ceiling/ { print $2 }' "$RESULTS")
echo
echo "clusterhub news benchmark — $N organisations on SQLite, wrk $THREADS threads, $CONNS connections, ${SECS} s each"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo
printf '| %-40s | %10s | %8s | %8s | %9s | %7s |\n' "endpoint" "req/s" "p50 ms" "p99 ms" "× ceiling" "non-2xx"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..42})" "------------" "----------" "----------" "-----------" "---------"
while IFS=$'\t' read -r label rps p50 p99 non2xx; do
  ratio=$(awk -v a="$rps" -v b="$CEIL_RPS" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  printf '| %-40s | %10s | %8s | %8s | %9s | %7s |\n' "$label" "$rps" "$p50" "$p99" "$ratio" "$non2xx"
done < "$RESULTS"
