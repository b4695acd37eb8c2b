#!/usr/bin/env bash
# Backup and restore drill (README "Backups", docs/OPERATIONS.md): `serve --demo` runs while
# `clusterhub import` runs add organisations one file after another; a backup is taken meanwhile,
# the server is stopped, and the backup is restored into a fresh SQLite database and, when one
# answers, a fresh PostgreSQL schema. Every table of each restored database must hold the rows the
# backup's header counts. Prints rows, MB and seconds of the backup and each restore.
# Loopback only; bounded to 2 minutes after the demo is seeded.
#
#   ops/drills/backup-restore.sh [DEMO_ORGANISATIONS]       (default 600)
#   CLUSTERHUB_BIN=path/to/clusterhub   (default $CARGO_TARGET_DIR/release/clusterhub)
#   DRILL_DATABASE_URL=postgres://…     (default postgres://postgres@127.0.0.1:5432/test)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${CLUSTERHUB_BIN:-${CARGO_TARGET_DIR:-target}/release/clusterhub}
ORGANISATIONS=${1:-600}
PG=${DRILL_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}
if [[ ! -x $BIN ]]; then
    echo "no clusterhub binary at $BIN: cargo build --release -p clusterhub, or set CLUSTERHUB_BIN" >&2
    exit 2
fi

work=$(mktemp -d)
server=""
schema=""
cleanup() {
    [[ -n $server ]] && kill "$server" 2>/dev/null || true
    [[ -n $schema ]] && psql -q "$PG" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export CLUSTERHUB_LOG=warn

now() { date +%s.%N; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
source_dir=$work/source

echo "seeding and serving $ORGANISATIONS demo organisations on 127.0.0.1:$port…"
"$BIN" --data-dir "$source_dir" serve --demo --demo-organisations "$ORGANISATIONS" \
    --listen "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.5
done
curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "the server did not get ready" >&2; exit 1; }
deadline=$((SECONDS + 120))

# Writers: each round imports 40 new organisations (one transaction, with their changes in the
# feed) while the server serves the same database.
"$BIN" --data-dir "$source_dir" export organisations --format json -o "$work/organisations.json" 2>/dev/null
writes() {
    local round=0
    while [[ ! -e $work/stop ]] && ((SECONDS < deadline)); do
        round=$((round + 1))
        python3 - "$work/organisations.json" "$work/round.json" "$round" <<'EOF'
import json, sys
records = json.load(open(sys.argv[1]))[:40]
for r in records:
    r["slug"] = f'{r.get("slug", "organisation")}-drill-{sys.argv[3]}'
    r["name"] = f'{r["name"]} (drill {sys.argv[3]})'
    for k in ("cordis_id", "members", "member_of", "clusters", "partners", "participations"):
        r.pop(k, None)
json.dump(records, open(sys.argv[2], "w"))
EOF
        "$BIN" --data-dir "$source_dir" import organisations "$work/round.json" >/dev/null 2>&1 &&
            echo "$round" >"$work/rounds"
    done
}
writes &
writer=$!
sleep 2

rounds_before=$(cat "$work/rounds" 2>/dev/null || echo 0)
t0=$(now)
"$BIN" --data-dir "$source_dir" backup "$work/drill.chbackup" 2>&1 | tee "$work/backup.out"
t1=$(now)
rounds_during=$(($(cat "$work/rounds" 2>/dev/null || echo 0) - rounds_before))
touch "$work/stop"
wait "$writer" || true
kill "$server"
wait "$server" 2>/dev/null || true
server=""

# The rows of each table as the backup's header counts them.
python3 - "$work/drill.chbackup" >"$work/expected" <<'EOF'
import gzip, json, sys
header = json.loads(gzip.open(sys.argv[1], "rt").readline())
for t in header["tables"]:
    print(t["name"], t["rows"])
EOF
tables=$(wc -l <"$work/expected")
rows=$(awk '{s += $2} END {print s}' "$work/expected")
mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$work/drill.chbackup\") / 1e6:.2f}')")

failed=0
compare() { # $1: label, $2: file of "table rows" read back
    if diff <(sort "$work/expected") <(sort "$2") >"$work/diff"; then
        echo "$1: every one of the $tables tables holds the backup's rows"
    else
        echo "$1: row counts differ from the backup's (expected < > restored):" >&2
        cat "$work/diff" >&2
        failed=1
    fi
}

t2=$(now)
"$BIN" --data-dir "$work/sqlite" restore "$work/drill.chbackup" 2>&1 | tee "$work/restore-sqlite.out"
t3=$(now)
python3 - "$work/sqlite/clusterhub.db" "$work/expected" >"$work/sqlite.counts" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for line in open(sys.argv[2]):
    name = line.split()[0]
    print(name, db.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0])
EOF
compare "SQLite" "$work/sqlite.counts"

pg_line="PostgreSQL: not reachable at $PG, skipped"
if ((SECONDS < deadline)) && psql -q "$PG" -c "SELECT 1" >/dev/null 2>&1; then
    schema="drill_backup_$$"
    psql -q "$PG" -c "CREATE SCHEMA $schema" >/dev/null
    sep='?'
    [[ $PG == *\?* ]] && sep='&'
    t4=$(now)
    "$BIN" --database "$PG${sep}options=-csearch_path%3D$schema" --data-dir "$work/pg" restore "$work/drill.chbackup" 2>&1 |
        tee "$work/restore-pg.out"
    t5=$(now)
    while read -r name _; do
        echo "$name $(PGOPTIONS="-c search_path=$schema" psql -Atq "$PG" -c "SELECT COUNT(*) FROM \"$name\"")"
    done <"$work/expected" >"$work/pg.counts"
    compare "PostgreSQL" "$work/pg.counts"
    pg_line=$(awk -v a="$t4" -v b="$t5" -v r="$rows" 'BEGIN {printf "restore into PostgreSQL: %.2f s (%.0f rows/s)", b - a, r / (b - a)}')
fi

echo
echo "figures ($(nproc) cores):"
awk -v a="$t0" -v b="$t1" -v r="$rows" -v t="$tables" -v mb="$mb" -v w="$rounds_during" 'BEGIN {
    printf "backup (while serving, %d import rounds of 40 organisations committed meanwhile): %d tables, %d rows, %s MB, %.2f s (%.0f rows/s)\n", w, t, r, mb, b - a, r / (b - a) }'
awk -v a="$t2" -v b="$t3" -v r="$rows" 'BEGIN {printf "restore into SQLite: %.2f s (%.0f rows/s)\n", b - a, r / (b - a)}'
echo "$pg_line"
exit $failed
