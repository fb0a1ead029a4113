#!/usr/bin/env bash
# Load test: 60 s of mixed reads and writes against the built WAR on Payara Micro (embedded MongoDB, small demo store,
# durable writes), with GET /api/v1/ping measured alone in the same run so the throughput reads as a ratio to ping.
#   bash src/test/bench/load-test.sh [seconds=60] [threads=32]
# The mix (LoadTest.java): product list and product (API), product page (HTML), search, recommendations for a shopper
# with a recommendations:read key, similar products, single-event POSTs, orders with an Idempotency-Key (one in four
# a replay), product edits with a seller-bound key, chat, ping. Any answer that is not 2xx is an error. The chat budget
# is raised for this run (the test measures throughput, not the limits, and comes from one address); every other limit
# keeps its default. Prints req/s and p50/p95/p99 per endpoint and overall; rows go to target/bench/load.json.
# Beside the wall-clock figures: the shop's CPU time (user + system, /proc/<pid>/stat) over ping alone and over the mix,
# divided by their requests, the figure a loaded machine does not inflate.
# Needs target/vitrine.war, target/payara-micro.jar and target/addlibs: mvn -o -q package -DskipTests.
# BENCH_WAR runs another build's WAR (a baseline in the same slot); BENCH_JFR=<file> records 40 s of the mix with JFR
# (settings=profile, or BENCH_JFR_SETTINGS), 10 s after it starts; BENCH_JVM_OPTS adds options to the shop's JVM;
# BENCH_PER_ENDPOINT=<seconds> then runs each endpoint of the mix alone for that long and prints the shop's CPU per
# request of each; BENCH_WARMUP=<seconds> changes the mix's warm-up (default 20 s: the JIT is still compiling after it,
# state a longer one beside its figures, with the baseline run the same way).
# Beside the process's CPU it prints the CPU of the mix by thread kind (HTTP workers, JIT compilers, VM and GC, the
# rest: /proc/<pid>/task sampled every second) and per 10 s of the mix, so JIT and background work read apart from the
# requests' own.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_MIX=${1:-60}
THREADS=${2:-32}
PORT=${LOAD_PORT:-18091}
KEY=load-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d "$PWD/target/bench-load.XXXXXX")
[ -f target/vitrine.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -o -q package -DskipTests"; exit 2; }
cp "${BENCH_WAR:-target/vitrine.war}" "$WORK/vitrine.war"
javac -d "$WORK/classes" src/test/bench/LoadTest.java
OMP_NUM_THREADS=1 java -Xmx1g -XX:+UseSerialGC ${BENCH_JVM_OPTS:-} -Djava.io.tmpdir="$WORK" -Dvitrine.data.dir="$WORK/data" -Dvitrine.admin.api-key=$KEY \
  -Dvitrine.demo.products=400 -Dvitrine.demo.shoppers=120 -Dvitrine.demo.days=14 -Dvitrine.demo.password=load-demo-pw \
  -Dvitrine.vision.enabled=false -Dvitrine.chat.retrain.check-minutes=0 \
  -Dvitrine.recommend.schedule.enabled=false -Dvitrine.vision.retrain.enabled=false \
  -Dvitrine.limits.chat=1000000/min \
  -jar target/payara-micro.jar --addLibs target/addlibs --deploy "$WORK/vitrine.war" --contextroot / \
  --port $PORT --nocluster --postbootcommandfile docker/single-node.asadmin >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
t0=$(date +%s)
until curl -fs -o /dev/null "$BASE/api/v1/ping"; do kill -0 $PID || { echo "the shop died, see $WORK/server.log"; exit 3; }; sleep 1; done
echo "shop up in $(( $(date +%s) - t0 )) s (work dir $WORK)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
status=0
java -Xmx512m -Dload.shop-pid=$PID -Dload.warm-up="${BENCH_WARMUP:-20}" -Dload.jfr="${BENCH_JFR:-}" \
  -Dload.jfr-settings="${BENCH_JFR_SETTINGS:-profile}" -Dload.per-endpoint="${BENCH_PER_ENDPOINT:-0}" -cp "$WORK/classes" LoadTest "$BASE" $KEY "$THREADS" "$SECONDS_MIX" \
  target/bench/load.json || status=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
