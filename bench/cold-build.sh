#!/usr/bin/env bash
# Cold release build time (issue 17: the restructuring must not make it grow). Clones each given
# revision of this repository into a fresh folder and builds `cargo build --release --workspace`
# with an empty target folder, one revision after the other, and prints wall-clock seconds and CPU
# seconds (user + system, summed over all compiler processes) for each, then their ratio to the
# first. CPU seconds are the steadier figure on a shared machine; the crates' downloads are
# fetched before the clock starts, so only compilation is timed.
# Usage: bench/cold-build.sh [REV ...]   (default: HEAD)
# BENCH_KEEP=DIR keeps each revision's `clusterhub` binary as DIR/clusterhub-REV, so the same
# builds can then be compared at run time (bench/directory.sh, bench/mixed.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
REVS=("$@")
[ ${#REVS[@]} -eq 0 ] && REVS=(HEAD)
WORK=$(mktemp -d /tmp/clusterhub-cold.XXXX)
trap 'rm -rf "$WORK"' EXIT
printf '%-12s %10s %10s %8s\n' revision wall_s cpu_s cpu_ratio
first=""
for rev in "${REVS[@]}"; do
  sha=$(git rev-parse --short "$rev")
  git clone -q "$REPO" "$WORK/$sha"
  git -C "$WORK/$sha" checkout -q "$sha"
  (cd "$WORK/$sha" && cargo fetch -q)
  start=$(date +%s.%N)
  # `time` of bash reports the children's user and system time once they have been waited for.
  times=$( { TIMEFORMAT='%U %S'; time (cd "$WORK/$sha" && CARGO_TARGET_DIR="$WORK/$sha/target" \
      cargo build -q --release --workspace >/dev/null 2>"$WORK/$sha.log"); } 2>&1 ) \
    || { echo "build of $sha failed:"; tail -20 "$WORK/$sha.log"; exit 1; }
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  cpu=$(echo "$times" | awk '{print $1 + $2}')
  [ -z "$first" ] && first=$cpu
  printf '%-12s %10.0f %10.0f %8.2f\n' "$sha" "$wall" "$cpu" "$(echo "$cpu / $first" | bc -l)"
  if [ -n "${BENCH_KEEP:-}" ]; then
    mkdir -p "$BENCH_KEEP"
    cp "$WORK/$sha/target/release/clusterhub" "$BENCH_KEEP/clusterhub-$sha"
  fi
  rm -rf "$WORK/$sha"
done
echo "machine: $(nproc) cores, $(uname -m), $(cargo --version)"
