#!/usr/bin/env bash
# Generates the synthetic benchmark dataset into an embedded Neo4j data directory (default ./data-<scale>).
# Usage: bench/generate.sh <municipality|region|province> [data-dir] [--seed N] [--as-of YYYY-MM-DD]
#                          [--threads N] [--batch FAMILIES] [--page-cache SIZE]
# Heap: GENERATOR_HEAP (default 4g). See docs/benchmark-data.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  exit 64
fi
./mvnw -q -B process-test-classes exec:exec \
  -Dexec.executable=java \
  -Dexec.classpathScope=test \
  -Dexec.args="-Xmx${GENERATOR_HEAP:-4g} -cp %classpath nl.netwerkkaart.bench.generate.DataGenerator $*"
