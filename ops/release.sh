#!/usr/bin/env bash
# Builds the release binary to ship: stripped of its debug information, which goes to a file of
# its own beside it (`clusterhub.debug`, found by gdb, perf and addr2line through the binary's
# GNU debug link), so what runs is small and a crash can still be read back to file and line.
# Usage: ops/release.sh [OUT_DIR]   (default: dist/)  — prints the sizes before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
TARGET=${CARGO_TARGET_DIR:-target}
cargo build --release -p clusterhub --bin clusterhub
mkdir -p "$OUT"
BIN="$TARGET/release/clusterhub"
cp "$BIN" "$OUT/clusterhub.full"
objcopy --only-keep-debug --compress-debug-sections=zlib "$OUT/clusterhub.full" "$OUT/clusterhub.debug"
# Function names stay (9 MiB): a backtrace in the log names the functions without the debug file.
objcopy --strip-debug --add-gnu-debuglink="$OUT/clusterhub.debug" "$OUT/clusterhub.full" "$OUT/clusterhub"
chmod +x "$OUT/clusterhub"
mib() { echo "scale=1; $(stat -c %s "$1") / 1048576" | bc; }
echo "built binary (cargo --release):   $(mib "$OUT/clusterhub.full") MiB"
echo "shipped binary (stripped):        $(mib "$OUT/clusterhub") MiB"
echo "debug information (zlib):         $(mib "$OUT/clusterhub.debug") MiB"
rm "$OUT/clusterhub.full"
"$OUT/clusterhub" --version
