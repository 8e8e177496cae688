#!/usr/bin/env bash
# Runs the benchmark client (nl.netwerkkaart.bench.run.Benchmark) against a running service, in its own JVM on the
# test class path. Options: see docs/benchmark.md or bench/run.sh --help. The report goes to target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
  case "$arg" in
    *[[:space:]]*) echo "bench/run.sh: arguments cannot contain spaces: '$arg'" >&2; exit 2 ;;
  esac
done
exec ./mvnw -q -B process-test-classes exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx1g -cp %classpath nl.netwerkkaart.bench.run.Benchmark $*"
