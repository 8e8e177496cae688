#!/usr/bin/env bash
# Starts the service for benchmarking on an existing data directory: no demo data, the benchmark's JWT public key,
# the rate limit raised so it does not throttle the load, 2 GiB heap and a configurable page cache. Runs the jar
# (java -jar), so the resident memory measured is the service's own; prints its PID and start-up time and writes
# them to target/bench/service.properties, where bench/run.sh picks them up. Stops the service on Ctrl-C.
#
#   bench/serve.sh <data-dir> [--spring.property=value ...]   (the rest is passed to the service, e.g. accounts)
#
# Environment: NETWERKKAART_PAGE_CACHE (default 1g), BENCH_HEAP (default 2g), PORT (8080), NETWERKKAART_BOLT_PORT
# (7687), NETWERKKAART_DEMO_DATA (false), BENCH_SKIP_BUILD=1 to reuse target/netwerkkaart-*.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
  echo "Usage: bench/serve.sh <data-dir> [--spring.property=value ...]" >&2
  exit 2
fi
data_dir=$(realpath -m "$1")
shift
existed=false
[ -d "$data_dir" ] && [ -n "$(ls -A "$data_dir")" ] && existed=true
out=target/bench
mkdir -p "$out"
heap=${BENCH_HEAP:-2g}
export NETWERKKAART_PAGE_CACHE=${NETWERKKAART_PAGE_CACHE:-1g}
export NETWERKKAART_DATA_DIR=$data_dir
export NETWERKKAART_DEMO_DATA=${NETWERKKAART_DEMO_DATA:-false}
export NETWERKKAART_GRAPHQL_RATE_LIMIT=${NETWERKKAART_GRAPHQL_RATE_LIMIT:-100000000}
export NETWERKKAART_GRAPHQL_RATE_BURST=${NETWERKKAART_GRAPHQL_RATE_BURST:-1000000}
export PORT=${PORT:-8080}
export NETWERKKAART_BOLT_PORT=${NETWERKKAART_BOLT_PORT:-7687}

if [ "${BENCH_SKIP_BUILD:-}" != 1 ] || ! ls target/netwerkkaart-*.jar >/dev/null 2>&1; then
  echo "Building the jar ..."
  ./mvnw -q -B -DskipTests package
fi
jar=$(ls target/netwerkkaart-*.jar | grep -v -- '-plain' | head -1)
if [ ! -f "$out/jwt-public.pem" ]; then
  echo "Making the benchmark's JWT key pair ..."
  bench/run.sh --keys-only
fi
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION=file:$(realpath "$out/jwt-public.pem")

log=$out/service.log
start=$(date +%s.%N)
java -Xmx"$heap" -jar "$jar" "$@" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0' INT TERM
echo "Service PID $pid (log $log), data $data_dir, heap $heap, page cache $NETWERKKAART_PAGE_CACHE, port $PORT, Bolt $NETWERKKAART_BOLT_PORT"
until grep -q "Started .* in .* seconds" "$log"; do
  if ! kill -0 $pid 2>/dev/null; then
    echo "The service stopped during start-up; see $log" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  sleep 0.2
done
ready=$(date +%s.%N)
seconds=$(echo "$ready - $start" | bc -l | xargs printf '%.1f')
spring=$(grep -o "Started .* in [0-9.]* seconds" "$log" | head -1 | grep -o "in [0-9.]*" | cut -c4-)
cat >"$out/service.properties" <<PROPS
pid=$pid
startupSeconds=$seconds
springStartupSeconds=$spring
heap=$heap
pageCache=$NETWERKKAART_PAGE_CACHE
dataDir=$data_dir
dataDirExisted=$existed
port=$PORT
boltPort=$NETWERKKAART_BOLT_PORT
PROPS
echo "Started in $seconds s (Spring reports $spring s); PID $pid. Run bench/run.sh --url http://127.0.0.1:$PORT/graphql --bolt bolt://127.0.0.1:$NETWERKKAART_BOLT_PORT"
wait $pid
