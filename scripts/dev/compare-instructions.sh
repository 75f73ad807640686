#!/usr/bin/env bash
# Instruction counts (callgrind Ir) of the measured part of scripts/dev/compare-instructions.ts: see its header.
# usage: MODE=compare10k|bundled|extract [RUNS=3] [WARM=20, extract 3] bash scripts/dev/compare-instructions.sh [label]
# compare10k needs the cache first: MODE=prepare npx tsx scripts/dev/compare-instructions.ts
# Prints "Ir per run"; node runs with --single-threaded (no concurrent compiler or GC threads), so that when code is
# optimised does not depend on thread scheduling, and repeated runs give near-equal counts.
set -euo pipefail
MODE=${MODE:-compare10k}
LABEL=${1:-run}
OUT=${OUT:-.prof/ci}
mkdir -p "$OUT"
BUNDLE="$OUT/compare-instructions-$LABEL.mjs"  # inside the tree: cli/corpus-files finds the package root from its own path
npx esbuild scripts/dev/compare-instructions.ts --bundle --platform=node --format=esm --log-level=warning \
  --banner:js="import { createRequire } from 'module'; const require = createRequire(import.meta.url);" --outfile="$BUNDLE"
export SIGNAL="$OUT/signal-$LABEL-$$"
rm -f "$SIGNAL".go "$SIGNAL".end
LOG="$OUT/$LABEL-$MODE.log"
CGOUT="$OUT/callgrind.$LABEL.$MODE.%p"
MODE=$MODE valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$CGOUT" \
  node --single-threaded "$BUNDLE" >"$LOG" 2>"$LOG.err" &
VG=$!
until grep -q '^READY' "$LOG" 2>/dev/null; do
  if ! kill -0 $VG 2>/dev/null; then cat "$LOG" "$LOG.err" >&2; exit 1; fi
  sleep 1
done
PID=$(awk '/^READY/{print $2}' "$LOG")
callgrind_control -z "$PID" >/dev/null
callgrind_control -i on "$PID" >/dev/null
touch "$SIGNAL".go
until grep -q '^DONE' "$LOG"; do sleep 1; done
callgrind_control -d "$PID" >/dev/null
touch "$SIGNAL".end
wait $VG
RUNS=$(sed -n 's/^DONE [^:]*: \([0-9]*\) runs.*/\1/p' "$LOG")
DUMP=$(ls "$OUT"/callgrind."$LABEL"."$MODE"."$PID".1)
IR=$(sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$DUMP")
grep '^DONE\|^OUTPUT\|^extract' "$LOG"
echo "$LABEL $MODE: Ir per run $(( IR / RUNS )) (total $IR over $RUNS runs; dump $DUMP)"
# The compiler's share (V8 compiles on this thread): a large one means the warm-up was too short for the count to be
# the work of the code measured.
COMPILER=$(callgrind_annotate --threshold=100 "$DUMP" 2>/dev/null | awk '/PROGRAM TOTALS/ {next} /^ *[0-9,]+ \(/ && /v8::internal::(compiler|maglev|baseline)::|Compiler/ {n=$1; gsub(",", "", n); c+=n} END {print c+0}')
echo "$LABEL $MODE: of which V8's compilers $(( COMPILER / RUNS )) per run ($(( 100 * COMPILER / IR ))%)"
rm -f "$SIGNAL".go "$SIGNAL".end
