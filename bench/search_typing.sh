#!/usr/bin/env bash
# Search as you type, end to end over HTTP: types queries letter by letter against a running
# release server and reports how long the results fragment and the suggestions take to arrive
# (curl's total time, one request at a time, as a browser sends them).
#
# Usage: bench/search_typing.sh DATA_DIR   (a data directory with a database, e.g. made by
#        `clusterhub --data-dir DIR demo --organisations 200000`; its index is built on start)
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?give a data directory}
PORT=${PORT:-8097}
BIN=${CARGO_TARGET_DIR:-target}/release/clusterhub
[ -x "$BIN" ] || cargo build --release
"$BIN" --data-dir "$DATA" serve --listen "127.0.0.1:$PORT" >/tmp/search-typing-serve.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
echo "documents: $(curl -fs "http://127.0.0.1:$PORT/api/v1/search?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"

QUERIES=("semiconductor cluster" "Halbleiter Dresden" "robotique Toulouse" "forsvarsindustri" "Steinbeis" "battery recycling" "künstliche Intelligenz" "quantum sensing")
measure() { # fragment
  local times=()
  for q in "${QUERIES[@]}"; do
    for ((i = 2; i <= ${#q}; i++)); do
      prefix=${q:0:i}
      t=$(curl -fs -o /dev/null -w '%{time_total}' -G "http://127.0.0.1:$PORT/search" \
        --data-urlencode "q=$prefix" --data-urlencode "typing=1" --data-urlencode "fragment=$1")
      times+=("$t")
    done
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v f="$1" '{a[NR]=$1} END {
    p99 = int(NR * 0.99) + 1; if (p99 > NR) p99 = NR
    printf "%-8s %4d requests  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms\n", f, NR, a[int(NR * 0.5) + 1] * 1000, a[p99] * 1000, a[NR] * 1000 }'
}
measure results >/dev/null # warm up
measure results
measure suggest
