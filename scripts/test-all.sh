#!/usr/bin/env bash
# `npm test`: typecheck, unit tests, build both browsers' extensions, end-to-end suites in real
# Chromium and Firefox. Ends with one line `N passed, N failed` (also in test-results/summary.txt).
set -u
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/*.json test-results/summary.txt
extra_failed=0

step() { printf '\n=== %s ===\n' "$*"; }

step "typecheck"
if ! npx tsc --noEmit; then echo "typecheck failed"; extra_failed=$((extra_failed + 1)); fi

step "unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json

step "build (Chrome MV3 + Firefox MV2)"
if ! npx wxt build >/dev/null || ! npx wxt build -b firefox >/dev/null; then echo "build failed"; extra_failed=$((extra_failed + 1)); fi

step "end-to-end (real Chromium, real Firefox ESR)"
npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=test-results/e2e.json

node -e '
const fs = require("fs");
let passed = 0, failed = Number(process.argv[1]), skipped = 0;
for (const f of ["test-results/unit.json", "test-results/e2e.json"]) {
  if (!fs.existsSync(f)) { console.error(f + " missing: that suite did not run"); failed += 1; continue; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests || 0);
  if (!r.success && r.numFailedTests === 0) { console.error(f + ": suite errored outside tests"); failed += 1; }
}
const line = `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : "");
fs.writeFileSync("test-results/summary.txt", line + "\n");
console.log("\n" + line);
process.exit(failed ? 1 : 0);
' "$extra_failed"
