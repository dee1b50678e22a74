#!/usr/bin/env bash
# Runs one vitest test N times, each in a fresh vitest process (as CI meets it), and says how many
# runs passed: the check that a once-flaky test stays fixed.
#   npm run test:repeat -- test/integration/login.test.tsx 'session ran out' 20
# Each failing run's output is kept in test-results/repeat/.
set -uo pipefail
cd "$(dirname "$0")/../.."
if [ $# -lt 2 ]; then
  echo "usage: $0 <test file> <test name (a part of it)> [runs, default 20]" >&2
  exit 2
fi
file="$1" name="$2" runs="${3:-20}"
mkdir -p test-results/repeat
passed=0
for run in $(seq 1 "$runs"); do
  log="test-results/repeat/run-${run}.log"
  start=$(date +%s)
  if NO_COLOR=1 npx vitest run "$file" -t "$name" --reporter=dot > "$log" 2>&1 && sed "s/\x1b\[[0-9;]*m//g" "$log" | grep -qE 'Tests +[1-9][0-9]* passed'; then
    passed=$((passed + 1)); result=passed; rm -f "$log"
  else
    result="FAILED (see $log)"
  fi
  echo "run ${run}/${runs}: ${result} in $(( $(date +%s) - start )) s"
done
echo "${passed} of ${runs} passed: ${file} › ${name}"
[ "$passed" -eq "$runs" ]
