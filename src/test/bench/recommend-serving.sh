#!/usr/bin/env bash
# Serving benchmark of issue 3: GET /api/v1/recommendations/users/{id} against the trivial GET /api/v1/ping, with wrk
# (Debian package), on the demo store, in one command from the project folder:
#
#   bash src/test/bench/recommend-serving.sh            # builds the WAR if missing
#   BUILD=1 DURATION=30s bash src/test/bench/recommend-serving.sh
#
# Starts Payara Micro on PORT (8093) with its own data folder (target/serving-bench-data, kept between runs, so only
# the first run generates the demo store), waits until the models are trained, warms both URLs up, then runs
# wrk -t2 -cCONNECTIONS -dDURATION --latency on each, the recommendations rotating over the 1,000 demo shoppers
# (users.lua). Prints the load average before and after: the figures mean little on a machine that is busy. Also
# prints the server's CPU time per request (utime + stime of the Payara process over the run, divided by the
# requests wrk completed), which waiting for a core does not inflate: the ratio of the two endpoints' CPU per
# request predicts their throughput ratio on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-8093}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-16}
DATA=${DATA:-target/serving-bench-data}
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [[ "${BUILD:-0}" == 1 || ! -f target/vitrine.war || ! -f target/payara-micro.jar || ! -d target/addlibs ]]; then
  mvn -B -o -q package -DskipTests
fi
mkdir -p "$DATA"
LOG="$DATA/payara.log"
VITRINE_DATA_DIR="$DATA" VITRINE_ADMIN_API_KEY="serving-bench-key-0123456789" OMP_NUM_THREADS=2 \
  java -Xmx2g -XX:+UseG1GC -jar target/payara-micro.jar --addLibs target/addlibs --deploy target/vitrine.war --contextroot / \
  --port "$PORT" --nocluster >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
echo "Payara Micro pid $SERVER, log $LOG; waiting for the trained models ..."
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/recommendations/users/shopper0001@demo.vitrine.io?n=10" || true)
  [[ "$code" == 200 ]] && break
  kill -0 $SERVER 2>/dev/null || { echo "Payara stopped, see $LOG" >&2; exit 1; }
  sleep 2
done
[[ "$code" == 200 ]] || { echo "models not ready after 20 minutes" >&2; exit 1; }
# start-up work in the background (photo embeddings, the analytics roll-up, a saved model served at once) must not
# share the cores with the measurement: wait until the server uses less than 10 % of a core over 5 s (5 min at most)
for _ in $(seq 1 60); do
  t0=$(awk '{print $14 + $15}' "/proc/$SERVER/stat"); sleep 5; t1=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  (( (t1 - t0) * 100 / $(getconf CLK_TCK) < 50 )) && break
done
USERS_LUA="$(dirname "$0")/users.lua"
echo "warm-up (15 s each)"
wrk -t2 -c"$CONNECTIONS" -d15s "$BASE/api/v1/ping" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d15s -s "$USERS_LUA" "$BASE" >/dev/null
# clock ticks of user + system CPU of the server so far
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICKS=$(getconf CLK_TCK)
measure() { # name, wrk arguments...
  local name=$1; shift
  local before out after requests
  before=$(cpu_ticks)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  after=$(cpu_ticks)
  echo "== $name"
  echo "$out"
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  awk -v t=$((after - before)) -v hz="$TICKS" -v n="$requests" \
    'BEGIN { printf "server CPU per request: %.3f ms (%d requests)\n", 1000 * t / hz / n, n }'
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "GET /api/v1/ping" "$BASE/api/v1/ping"
measure "GET /api/v1/recommendations/users/{demo shopper}?n=10" -s "$USERS_LUA" "$BASE"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
