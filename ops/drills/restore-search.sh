#!/usr/bin/env bash
# Restore drill (docs/OPERATIONS.md): a backup is taken while the server runs, 100 profile texts
# are written after it, the backup is restored and the server started again on its old search
# index: none of those texts may be found any more, and texts written after the restore must be.
# Loopback only; under a minute. DRILL_DATABASE_URL=postgres://… runs it on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build -q --release -p clusterhub --bin clusterhub --example drill
timeout 600 "$CARGO_TARGET_DIR/release/examples/drill" restore
