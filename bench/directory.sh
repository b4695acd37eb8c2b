#!/usr/bin/env bash
# Directory benchmark (issue 2). Builds the release binary, fills a SQLite file and a PostgreSQL
# database with N demo organisations (default 100,000), and measures with wrk at 32 connections:
#   - the directory page with two filters, a profile page (rotating over 200 profiles) and the
#     JSON list endpoint, on SQLite and on PostgreSQL;
#   - a bare axum handler returning a constant page of the directory page's size (the ceiling);
# then prints requests/s, p50 and p99 and each throughput as a ratio to the ceiling, the import
# time of the CORDIS subset on both back ends, and the peak RSS of `serve`.
# Needs wrk (Debian package `wrk`) and PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth).
# Usage: bench/directory.sh [ORGANISATIONS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SECS=${2:-15}
CONNS=32
THREADS=2
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target}
BIN="$CARGO_TARGET_DIR/release/clusterhub"
CEIL="$CARGO_TARGET_DIR/release/examples/ceiling"
WORK=$(mktemp -d /tmp/clusterhub-bench.XXXX)
# The demo databases are kept here between runs (seeding 100,000 organisations takes minutes);
# they are made again when N changes. BENCH_DATA=fresh forces it.
DATA=${BENCH_DATA_DIR:-/tmp/clusterhub-bench-data}
PG_ADMIN="postgres://postgres@127.0.0.1:5432/postgres"
PG_DB="clusterhub_bench"
PG_URL="postgres://postgres@127.0.0.1:5432/$PG_DB"
# BENCH_PG_URL: a PostgreSQL database (or schema, `?options=-csearch_path%3D…`) already seeded
# with the same N organisations (as bench/mixed.sh keeps with MIXED_KEEP_SCHEMA=1); used as is.
if [ -n "${BENCH_PG_URL:-}" ]; then PG_URL=$BENCH_PG_URL; fi
SHARED=../shared/data

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
# BENCH_BINS="label:path label:path" measures several builds in one run (before and after a
# change), each against the same ceiling ($BENCH_CEILING, else this tree's); BENCH_HOOK, when
# set, is run with a build's label and the database URL before that build is started.
if [ -z "${BENCH_BINS:-}" ]; then
  cargo build --release -p clusterhub --bin clusterhub --example ceiling >&2
  BENCH_BINS="current:$BIN"
fi
CEIL=${BENCH_CEILING:-$CEIL}
BIN=${BENCH_BINS##* }
BIN=${BIN#*:}

PIDS=()
cleanup() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

# A node builds its search index before it answers (about a minute for 100,000 organisations).
wait_up() { for _ in $(seq 1 3000); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }

# wrk prints latency percentiles in us/ms/s; convert to milliseconds.
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

SQLITE_URL="sqlite:$DATA/bench.db"
mkdir -p "$DATA"
if [ "${BENCH_DATA:-}" = fresh ] || [ "$(cat "$DATA/organisations" 2>/dev/null)" != "$N" ]; then
  echo "== demo data: $N organisations" >&2
  rm -f "$DATA"/bench.db* "$DATA/organisations"
  t0=$(date +%s.%N)
  "$BIN" --database "$SQLITE_URL" demo --organisations "$N" >&2
  t1=$(date +%s.%N)
  echo "  SQLite demo seeding: $(echo "$t1 - $t0" | bc) s" >&2
  if [ -z "${BENCH_PG_URL:-}" ]; then
    psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
    t0=$(date +%s.%N)
    "$BIN" --database "$PG_URL" demo --organisations "$N" >&2
    t1=$(date +%s.%N)
    echo "  PostgreSQL demo seeding: $(echo "$t1 - $t0" | bc) s" >&2
    psql -q "$PG_URL" -c "VACUUM ANALYZE" >/dev/null
  fi
  echo "$N" > "$DATA/organisations"
else
  echo "== reusing the demo data of $N organisations in $DATA and database $PG_DB" >&2
fi

bench_backend() { # name url port [serve flags]
  local name=$1 url=$2 port=$3
  shift 3
  local bin=${RUN_BIN:-$BIN}
  [ -z "${BENCH_HOOK:-}" ] || "$BENCH_HOOK" "${RUN_LABEL:-current}" "$url"
  # Each node its own data directory (search index, outbox), as on separate machines.
  "$bin" --database "$url" --data-dir "$WORK/node-$port" --log-format json serve --listen "127.0.0.1:$port" "$@" 2>"$WORK/serve-${name// /_}.log" &
  local pid=$!
  PIDS+=("$pid")
  wait_up "http://127.0.0.1:$port/readyz"
  # Profiles to rotate over: the first page of the directory sorted by last update.
  curl -fs "http://127.0.0.1:$port/api/v1/organisations?limit=100&sort=-updated" \
    | python3 -c 'import json,sys; print("\n".join(o["slug"] for o in json.load(sys.stdin)["items"]))' > "$WORK/slugs-$port"
  curl -fs "http://127.0.0.1:$port/api/v1/organisations?limit=100&offset=5000" \
    | python3 -c 'import json,sys; print("\n".join(o["slug"] for o in json.load(sys.stdin)["items"]))' >> "$WORK/slugs-$port"
  # Measure a node at work, not one still building its partner-matching index in the background
  # (a node without the read cache does not build it).
  if [ "$#" -eq 0 ]; then
    local first
    first=$(head -n1 "$WORK/slugs-$port")
    for _ in $(seq 1 600); do
      curl -fs "http://127.0.0.1:$port/organisations/$first" | grep -q "Recommendations are being prepared" || break
      sleep 0.5
    done
  fi
  cat > "$WORK/profiles-$port.lua" <<LUA
local slugs = {}
for line in io.lines("$WORK/slugs-$port") do if line ~= "" then slugs[#slugs + 1] = line end end
local i = 0
request = function()
  i = i % #slugs + 1
  return wrk.format("GET", "/organisations/" .. slugs[i])
end
LUA
  echo "== $name" >&2
  run_wrk "$name directory (type=company&country=DE)" "http://127.0.0.1:$port/organisations?type=company&country=DE"
  run_wrk "$name profile page" "http://127.0.0.1:$port/" "$WORK/profiles-$port.lua"
  run_wrk "$name JSON list (type=company&country=DE)" "http://127.0.0.1:$port/api/v1/organisations?type=company&country=DE"
  local hwm
  hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
  printf '%s\t%s\n' "$name" "$hwm" >> "$WORK/rss.tsv"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

for lb in $BENCH_BINS; do
  RUN_LABEL=${lb%%:*}
  RUN_BIN=${lb#*:}
  tag=""
  [ "$BENCH_BINS" = "current:$BIN" ] || tag="$RUN_LABEL "
  bench_backend "${tag}sqlite" "$SQLITE_URL" 8181
  bench_backend "${tag}postgres" "$PG_URL" 8182
  # The same without the read cache: every request goes to the database.
  bench_backend "${tag}sqlite, uncached" "$SQLITE_URL" 8185 --no-read-cache
  bench_backend "${tag}postgres, uncached" "$PG_URL" 8186 --no-read-cache
  rm -rf "$WORK"/node-*
done

"$BIN" --database "$SQLITE_URL" --data-dir "$WORK/node-8183" serve --listen 127.0.0.1:8183 2>/dev/null &
PIDS+=($!)
wait_up "http://127.0.0.1:8183/readyz"
PAGE_BYTES=$(curl -fs "http://127.0.0.1:8183/organisations?type=company&country=DE" | wc -c)
kill "${PIDS[-1]}"
"$CEIL" 127.0.0.1:8184 "$PAGE_BYTES" &
PIDS+=($!)
wait_up "http://127.0.0.1:8184/"
echo "== ceiling (constant page of $PAGE_BYTES bytes)" >&2
run_wrk "ceiling: bare axum constant page" "http://127.0.0.1:8184/"

IMPORT_SQLITE="-"
IMPORT_PG="-"
if [ -f "$SHARED/cordis/he_organizations_subset.csv" ]; then
  echo "== CORDIS subset import" >&2
  t0=$(date +%s.%N)
  "$BIN" --database "sqlite:$WORK/cordis.db" import cordis "$SHARED/cordis/he_organizations_subset.csv" >&2
  t1=$(date +%s.%N)
  IMPORT_SQLITE=$(echo "$t1 - $t0" | bc)
  psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS ${PG_DB}_cordis" -c "CREATE DATABASE ${PG_DB}_cordis" >/dev/null
  t0=$(date +%s.%N)
  "$BIN" --database "postgres://postgres@127.0.0.1:5432/${PG_DB}_cordis" import cordis "$SHARED/cordis/he_organizations_subset.csv" >&2
  t1=$(date +%s.%N)
  IMPORT_PG=$(echo "$t1 - $t0" | bc)
  psql -q "$PG_ADMIN" -c "DROP DATABASE IF EXISTS ${PG_DB}_cordis" >/dev/null
fi
CEIL_RPS=$(awk -F'\t' '/^ceiling/ { print $2 }' "$RESULTS")
echo
echo "clusterhub directory benchmark — $N organisations, wrk $THREADS threads, $CONNS connections, ${SECS} s each"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo
printf '| %-46s | %10s | %8s | %8s | %9s | %7s |\n' "endpoint" "req/s" "p50 ms" "p99 ms" "× ceiling" "non-2xx"
printf '|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..48})" "------------" "----------" "----------" "-----------" "---------"
while IFS=$'\t' read -r label rps p50 p99 non2xx; do
  ratio=$(awk -v a="$rps" -v b="$CEIL_RPS" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  printf '| %-46s | %10s | %8s | %8s | %9s | %7s |\n' "$label" "$rps" "$p50" "$p99" "$ratio" "$non2xx"
done < "$RESULTS"
echo
while IFS=$'\t' read -r name kb; do
  echo "peak RSS of serve on $name with $N organisations: $((kb / 1024)) MiB"
done < "$WORK/rss.tsv"
echo "CORDIS subset import (5,029 rows): SQLite ${IMPORT_SQLITE} s, PostgreSQL ${IMPORT_PG} s"
