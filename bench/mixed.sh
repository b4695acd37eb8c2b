#!/usr/bin/env bash
# Mixed load (issue 21, item 9): reads at 64 connections while profiles are saved through the API
# at about 10 writes/s, on SQLite and on PostgreSQL, against the bare axum ceiling in the same run.
#
# Reads (wrk, 2 threads, 64 connections, closed loop) rotate over profile pages (200 profiles),
# directory pages with filters, the JSON list, JSON profiles and search pages. Writes (a second
# wrk, one connection, 100 ms pause between requests) save one of 20 profiles with a new
# description each time (`PUT /api/v1/organisations/{slug}` with a write token made in the
# database). Each back end is measured reads-only and then with the writes, after its search and
# matching indexes are current; the peak RSS of each `serve` is printed too, and where it was
# reached: /proc/PID/status is sampled every 0.5 s and the largest RssAnon and RSS of each phase
# of the node's life (search index build, matching index build, at rest, reads, reads with
# writes) are printed.
#
# Data: the SQLite file of bench/directory.sh ($BENCH_DATA_DIR, made here when missing) and, for
# PostgreSQL, a schema of its own in $MIXED_PG_URL (default postgres://postgres@127.0.0.1:5432/test),
# seeded at the start and dropped at the end (MIXED_KEEP_SCHEMA=1 keeps it for the next run).
# Needs wrk, sqlite3, psql, python3. Usage: bench/mixed.sh [ORGANISATIONS] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
SECS=${2:-15}
CONNS=64
THREADS=2
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/target}
BIN="$CARGO_TARGET_DIR/release/clusterhub"
CEIL="$CARGO_TARGET_DIR/release/examples/ceiling"
WORK=$(mktemp -d /tmp/clusterhub-mixed.XXXX)
DATA=${BENCH_DATA_DIR:-/tmp/clusterhub-bench-data}
PG_BASE=${MIXED_PG_URL:-postgres://postgres@127.0.0.1:5432/test}
SCHEMA=mixed_bench
PG_URL="$PG_BASE?options=-csearch_path%3D$SCHEMA"
SQLITE_URL="sqlite:$DATA/bench.db"
BACKENDS=${MIXED_BACKENDS:-sqlite postgres}

for tool in wrk sqlite3 psql python3; do
  command -v $tool >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
# BENCH_BINS="label:path label:path" measures several builds in one run (e.g. before and after a
# change), each against the same ceiling; by default the build of this tree. BENCH_HOOK, when
# set, is run with a build's label and the database URL before that build is started.
if [ -z "${BENCH_BINS:-}" ]; then
  cargo build --release -p clusterhub --bin clusterhub --example ceiling >&2
  BENCH_BINS="current:$BIN"
fi
CEIL=${BENCH_CEILING:-$CEIL}
BIN=${BENCH_BINS##* }
BIN=${BIN#*:}

PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ "${MIXED_KEEP_SCHEMA:-}" != 1 ]; then psql -q "$PG_BASE" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# The phase a node is in, for the memory sampler.
phase() { echo "$1" > "$WORK/phase"; }
sample_memory() { # pid name
  while kill -0 "$1" 2>/dev/null; do
    awk -v who="$2" -v phase="$(cat "$WORK/phase")" '
      /^RssAnon/ { a = $2 } /^RssFile/ { f = $2 } /^RssShmem/ { s = $2 }
      END { if (a) printf "%s\t%s\t%d\t%d\n", who, phase, a, a + f + s }' "/proc/$1/status" >> "$WORK/memory.tsv" 2>/dev/null || true
    sleep 0.5
  done
}

wait_up() { for _ in $(seq 1 3000); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done; echo "server at $1 did not start" >&2; exit 1; }
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

mkdir -p "$DATA"
if [ "$(cat "$DATA/organisations" 2>/dev/null)" != "$N" ]; then
  echo "== SQLite demo data: $N organisations (shared with bench/directory.sh)" >&2
  rm -f "$DATA"/bench.db* "$DATA/organisations"
  "$BIN" --database "$SQLITE_URL" demo --organisations "$N" >&2
  echo "$N" > "$DATA/organisations"
fi
if [[ " $BACKENDS " == *" postgres "* ]]; then
  have=$(psql -qtA "$PG_URL" -c "SELECT count(*) FROM organisations" 2>/dev/null || echo 0)
  if [ "$have" -lt "$N" ]; then
    echo "== PostgreSQL demo data: $N organisations in schema $SCHEMA" >&2
    psql -q "$PG_BASE" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null
    "$BIN" --database "$PG_URL" demo --organisations "$N" >&2
    psql -q "$PG_URL" -c "VACUUM ANALYZE" >/dev/null
  fi
fi

RESULTS="$WORK/results.tsv"
: > "$RESULTS"
: > "$WORK/memory.tsv"
# wrk's figures: req/s, p50, p99 (ms), non-2xx, requests
wrk_figures() {
  local out=$1
  printf '%s\t%s\t%s\t%s\t%s' \
    "$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")" \
    "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")" \
    "$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")" \
    "$(awk '/Non-2xx or 3xx responses/ { print $5 }' <<<"$out" | grep . || echo 0)" \
    "$(awk '/requests in/ { print $1 }' <<<"$out")"
}

# A platform admin (without password) and a write token of theirs, inserted as the store does
# (the token's SHA-256); `demo` makes organisations only.
make_token() { # backend url
  local token hash
  token="chub_mixedbench$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
  local admin="INSERT INTO users (email, display_name, role, email_confirmed_at, created_at, updated_at) \
      SELECT 'mixed-bench@example.org', 'Mixed bench', 'admin', NOW, NOW, NOW \
      WHERE NOT EXISTS (SELECT 1 FROM users WHERE email = 'mixed-bench@example.org')"
  local insert="INSERT INTO api_tokens (user_id, name, token_hash, prefix, scope, created_at) \
      SELECT id, 'mixed bench', '$hash', '${token:0:12}', 'write', NOW FROM users WHERE email = 'mixed-bench@example.org'"
  if [ "$1" = sqlite ]; then
    local now
    now="'$(date -u +%Y-%m-%dT%H:%M:%S.%N+00:00)'"
    sqlite3 "$DATA/bench.db" "${admin//NOW/$now}; ${insert//NOW/$now}"
  else
    psql -q "$2" -c "${admin//NOW/now()}" -c "${insert//NOW/now()}" >/dev/null
  fi
  echo "$token"
}

# Waits until the search index follows the feed and the matching index is built.
wait_current() { # port slug
  for _ in $(seq 1 1200); do
    local m
    m=$(curl -fs "http://127.0.0.1:$1/metrics" || true)
    if grep -q 'clusterhub_feed_lag_changes{copy="search_index"} 0$' <<<"$m" \
      && grep -q 'clusterhub_feed_lag_changes{copy="matching_index"} 0$' <<<"$m" \
      && ! curl -fs "http://127.0.0.1:$1/organisations/$2" | grep -q "Recommendations are being prepared"; then
      return 0
    fi
    sleep 0.5
  done
  echo "indexes not current after 10 minutes" >&2
}

bench_backend() { # name url port binary
  local name=$1 url=$2 port=$3 bin=$4
  local token
  [ -z "${BENCH_HOOK:-}" ] || "$BENCH_HOOK" "${name#* }" "$url"
  token=$(make_token "${name%% *}" "$url")
  phase "search index build"
  "$bin" --database "$url" --data-dir "$WORK/node-$port" --log-format json serve --listen "127.0.0.1:$port" 2>"$WORK/serve-${name// /_}.log" &
  local pid=$!
  PIDS+=("$pid")
  sample_memory "$pid" "$name" &
  PIDS+=("$!")
  wait_up "http://127.0.0.1:$port/readyz"
  phase "matching index build"
  curl -fs "http://127.0.0.1:$port/api/v1/organisations?limit=100&sort=-updated" \
    | python3 -c 'import json,sys; print("\n".join(o["slug"] for o in json.load(sys.stdin)["items"]))' > "$WORK/slugs-$port"
  curl -fs "http://127.0.0.1:$port/api/v1/organisations?limit=100&offset=5000" \
    | python3 -c 'import json,sys; print("\n".join(o["slug"] for o in json.load(sys.stdin)["items"]))' >> "$WORK/slugs-$port"
  wait_current "$port" "$(head -n1 "$WORK/slugs-$port")"
  phase "at rest"
  sleep 5
  phase "reads only"
  [ -f "$WORK/page_bytes" ] || curl -fs "http://127.0.0.1:$port/organisations/$(head -n1 "$WORK/slugs-$port")" | wc -c > "$WORK/page_bytes"
  # The 20 profiles the writer saves (not among those read), with what a save needs.
  curl -fs "http://127.0.0.1:$port/api/v1/organisations?limit=20&offset=20000" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
print("bodies = {")
for o in items:
    head = json.dumps({"name": o["name"], "kind": o["kind"], "country": o["country"]})[:-1]
    print("  {%s, %s}," % (json.dumps("/api/v1/organisations/" + o["slug"]), json.dumps(head)))
print("}")' > "$WORK/writer-$port.lua"
  cat >> "$WORK/writer-$port.lua" <<LUA
local i = 0
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
request = function()
  i = i + 1
  local b = bodies[i % #bodies + 1]
  local body = b[2] .. ', "descriptions": {"en": "Mixed load benchmark text ' .. i .. ': what this organisation offers."}}'
  return wrk.format(nil, b[1], nil, body)
end
delay = function() return 100 end
LUA
  cat > "$WORK/reads-$port.lua" <<LUA
local slugs = {}
for line in io.lines("$WORK/slugs-$port") do if line ~= "" then slugs[#slugs + 1] = line end end
local countries = {"DE", "FR", "IT", "ES", "NL", "DK", "PL", "SE"}
local types = {"company", "cluster", "technology-centre", "research-education"}
local words = {"photonics", "robotics", "hydrogen", "battery", "semiconductor", "biotech"}
local i = 0
request = function()
  i = i + 1
  local s = slugs[i % #slugs + 1]
  local k = i % 10
  if k < 4 then return wrk.format("GET", "/organisations/" .. s)
  elseif k < 7 then return wrk.format("GET", "/organisations?type=" .. types[i % #types + 1] .. "&country=" .. countries[i % #countries + 1])
  elseif k == 7 then return wrk.format("GET", "/api/v1/organisations?country=" .. countries[i % #countries + 1])
  elseif k == 8 then return wrk.format("GET", "/api/v1/organisations/" .. s)
  else return wrk.format("GET", "/search?q=" .. words[i % #words + 1]) end
end
LUA
  # Every page of the mix read once (the read cache filled, as on a node at work).
  wrk -t$THREADS -c$CONNS -d5s -s "$WORK/reads-$port.lua" "http://127.0.0.1:$port" >/dev/null
  echo "== $name: reads only" >&2
  local out
  out=$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency -s "$WORK/reads-$port.lua" "http://127.0.0.1:$port")
  printf '%s reads only\t%s\n' "$name" "$(wrk_figures "$out")" >> "$RESULTS"
  echo "== $name: reads with writes" >&2
  phase "reads with writes"
  wrk -t1 -c1 -d"${SECS}s" --latency -s "$WORK/writer-$port.lua" "http://127.0.0.1:$port" > "$WORK/writes-$port.out" &
  local writer=$!
  out=$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency -s "$WORK/reads-$port.lua" "http://127.0.0.1:$port")
  wait "$writer"
  printf '%s reads, with writes\t%s\n' "$name" "$(wrk_figures "$out")" >> "$RESULTS"
  printf '%s writes (1 connection)\t%s\n' "$name" "$(wrk_figures "$(cat "$WORK/writes-$port.out")")" >> "$RESULTS"
  printf '%s\t%s\n' "$name" "$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")" >> "$WORK/rss.tsv"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  phase "stopped"
}

for b in $BACKENDS; do
  port=8280
  for lb in $BENCH_BINS; do
    port=$((port + 2))
    case $b in
      sqlite) bench_backend "sqlite ${lb%%:*}" "$SQLITE_URL" $((port + 1)) "${lb#*:}" ;;
      postgres) bench_backend "postgres ${lb%%:*}" "$PG_URL" $((port + 2)) "${lb#*:}" ;;
    esac
    rm -rf "$WORK"/node-*
  done
done

# The ceiling: a constant page of the profile page's size, at the same 64 connections.
PAGE_BYTES=$(cat "$WORK/page_bytes")
"$CEIL" 127.0.0.1:8299 "$PAGE_BYTES" &
PIDS+=($!)
wait_up "http://127.0.0.1:8299/"
echo "== ceiling (constant page of $PAGE_BYTES bytes)" >&2
printf 'ceiling: bare axum constant page\t%s\n' "$(wrk_figures "$(wrk -t$THREADS -c$CONNS -d"${SECS}s" --latency "http://127.0.0.1:8299/")")" >> "$RESULTS"

CEIL_RPS=$(awk -F'\t' '/^ceiling/ { print $2 }' "$RESULTS")
echo
echo "clusterhub mixed load — $N organisations, reads: wrk $THREADS threads, $CONNS connections; writes: 1 connection, 100 ms apart; ${SECS} s each"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo
printf '| %-34s | %9s | %8s | %8s | %9s | %7s | %8s |\n' "load" "req/s" "p50 ms" "p99 ms" "× ceiling" "non-2xx" "requests"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..36})" "-----------" "----------" "----------" "-----------" "---------" "----------"
while IFS=$'\t' read -r label rps p50 p99 non2xx n; do
  ratio=$(awk -v a="$rps" -v b="$CEIL_RPS" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  printf '| %-34s | %9s | %8s | %8s | %9s | %7s | %8s |\n' "$label" "$rps" "$p50" "$p99" "$ratio" "$non2xx" "$n"
done < "$RESULTS"
echo
while IFS=$'\t' read -r name kb; do
  echo "peak RSS of serve on $name: $((kb / 1024)) MiB"
done < "$WORK/rss.tsv"
echo
echo "Resident memory by phase (MiB, the largest of the samples taken every 0.5 s in each phase)"
printf '| %-20s | %-20s | %8s | %8s |\n' "node" "phase" "RssAnon" "RSS"
printf '|%s|%s|%s|%s|\n' "----------------------" "----------------------" "----------" "----------"
awk -F'\t' '
  $2 != "stopped" { k = $1 SUBSEP $2; if (!(k in seen)) { seen[k] = 1; order[++n] = k }
    if ($3 > anon[k]) anon[k] = $3; if ($4 > rss[k]) rss[k] = $4 }
  END { for (i = 1; i <= n; i++) { split(order[i], p, SUBSEP); printf "| %-20s | %-20s | %8d | %8d |\n", p[1], p[2], anon[order[i]] / 1024, rss[order[i]] / 1024 } }' "$WORK/memory.tsv"
