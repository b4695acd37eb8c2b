#!/usr/bin/env bash
# Kill -9 drill (docs/OPERATIONS.md): writers save profiles through the API while the server is
# killed at a random moment, ROUNDS times (default 10); after each restart every acknowledged
# write must be stored and searchable. Loopback only; about 10 s a round plus the demo seeding.
# Set DRILL_DATABASE_URL=postgres://… to run it on PostgreSQL (a schema of its own, dropped after).
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-target}
cargo build -q --release -p clusterhub --bin clusterhub --example drill
timeout 900 "$CARGO_TARGET_DIR/release/examples/drill" kill9 "${1:-10}"
