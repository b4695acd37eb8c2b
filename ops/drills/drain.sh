#!/usr/bin/env bash
# Drain drill (docs/OPERATIONS.md): 142 requests, reads and writes, arrive every few milliseconds,
# each on its own connection, and the server gets SIGTERM halfway while a client holds half a
# request open. Every request sent before the signal must be answered, /readyz must say 503 at
# once and the process must end within its grace period. Loopback only; under a minute plus the
# demo seeding. DRILL_DATABASE_URL=postgres://… runs it on PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build -q --release -p clusterhub --bin clusterhub --example drill
timeout 600 "$CARGO_TARGET_DIR/release/examples/drill" drain
