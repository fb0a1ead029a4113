#!/usr/bin/env bash
# Load table of issue 15: each read of the shop measured alone with wrk (2 threads, 4 connections on loopback by
# default), every row as a ratio to GET /api/v1/ping measured in the same run, printed as a markdown table.
#
#   bash src/test/bench/wrk-load.sh                        # 1x demo store (2,400 products), 20 s a row
#   DURATION=30s CONNECTIONS=4 bash src/test/bench/wrk-load.sh
#   PRODUCTS=24000 SHOPPERS=10000 DATA=target/wrk-bench-10x bash src/test/bench/wrk-load.sh   # 10x
#   JVM_OPTS=... overrides the heap flags of the run command (default: give back free heap, as pom.xml's -Prun does)
#
# Starts the built WAR on Payara Micro (target/vitrine.war, target/payara-micro.jar, target/addlibs: mvn -o -q package
# -DskipTests) with its own data folder DATA (kept between runs: the first run generates the demo store and trains,
# a second run is a warm start), waits until every feature answers (prints the seconds from the run command to ping,
# and to all features), notes the server's resident memory, creates a recommendations:read key, warms up, then runs
# the rows: ping, product list, product read, recommendations (rotating over 200 demo shoppers' opaque ids), REST search, similar,
# home page, category shelf page, product page (pages keep one session cookie per wrk thread, as a browser does), and
# photo search (a demo photo POSTed; its per-address budget raised for the run). Load average before and after.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${PORT:-8095}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-4}
DATA=${DATA:-target/wrk-bench-data}
PRODUCTS=${PRODUCTS:-2400}
SHOPPERS=${SHOPPERS:-1000}
XMX=${XMX:-2g}
KEY=wrk-bench-admin-key-0123456789
BASE="http://127.0.0.1:$PORT"
LUA="$(pwd)/src/test/bench/wrk-load.lua"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[[ -f target/vitrine.war && -f target/payara-micro.jar && -d target/addlibs ]] || { echo "build first: mvn -o -q package -DskipTests" >&2; exit 2; }
mkdir -p "$DATA"
LOG="$DATA/payara.log"
t0=$(date +%s.%N)
if [[ -n "${ATTACH_PID:-}" ]]; then
  # a shop started by an earlier run on PORT (its pid), for re-running the rows only
  SERVER=$ATTACH_PID
else
VITRINE_DATA_DIR="$DATA" VITRINE_ADMIN_API_KEY="$KEY" VITRINE_DEMO_PRODUCTS="$PRODUCTS" VITRINE_DEMO_SHOPPERS="$SHOPPERS" \
  VITRINE_LIMITS_PHOTO_SEARCH=1000000/min OMP_NUM_THREADS=2 \
  java -Xmx"$XMX" ${JVM_OPTS:--XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=60000} -jar target/payara-micro.jar --addLibs target/addlibs --deploy target/vitrine.war --contextroot / \
  --port "$PORT" --nocluster --postbootcommandfile docker/single-node.asadmin >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
fi
since() { awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.0f", b - a }'; }
alive() { kill -0 $SERVER 2>/dev/null || { echo "Payara stopped, see $LOG" >&2; exit 1; }; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@" || true; }
until [[ $(status "$BASE/api/v1/ping") == 200 ]]; do alive; sleep 0.5; done
echo "ping answers $(since) s after the run command (pid $SERVER, log $LOG)"

field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | sed -E 's/.*:"([^"]*)"/\1/' || true; }
PRODUCT=$(curl -s "$BASE/api/v1/products?size=1&sort=name" | field id)
CATEGORY=$(curl -s "$BASE/api/v1/categories" | field id)
REC_KEY=$(curl -s -X POST -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
  -d '{"name":"wrk-bench","scopes":["recommendations:read"]}' "$BASE/api/v1/admin/api-keys" | field key)
IMAGE=$(curl -s "$BASE/api/v1/products/$PRODUCT" | grep -o '/api/v1/images/[0-9a-f]*' | head -1 || true)
PHOTO="$DATA/photo.jpg"
# recommendations take the shoppers' opaque ids (sh_...): the first demo shopper's now, 199 more after the ready check
# (their look-ups are the script's time, not the shop's)
shopper_id() { curl -s -H "X-API-Key: $KEY" "$BASE/api/v1/admin/shoppers?email=$(printf 'shopper%04d@demo.vitrine.io' "$1")" | field id; }
USER_IDS="$DATA/shopper-ids.txt"
FIRST_USER=$(shopper_id 1)
[[ -n "$PRODUCT" && -n "$CATEGORY" && -n "$REC_KEY" && -n "$IMAGE" && -n "$FIRST_USER" ]] \
  || { echo "could not read product '$PRODUCT', category '$CATEGORY', key, image '$IMAGE', shopper '$FIRST_USER'" >&2; exit 1; }
curl -s -o "$PHOTO" "$BASE$IMAGE"
echo "product $PRODUCT, category $CATEGORY, photo $IMAGE ($(stat -c %s "$PHOTO") bytes)"

# every feature answers: catalogue, search, recommendations, similar, photo search
ready() {
  [[ $(status "$BASE/api/v1/products?size=20") == 200 ]] && [[ $(status "$BASE/api/v1/search?q=sneakers") == 200 ]] \
    && [[ $(status -H "X-API-Key: $REC_KEY" "$BASE/api/v1/recommendations/users/$FIRST_USER?n=10") == 200 ]] \
    && [[ $(status "$BASE/api/v1/products/$PRODUCT/similar") == 200 ]] \
    && [[ $(status -X POST -H 'Content-Type: image/jpeg' --data-binary "@$PHOTO" "$BASE/api/v1/search/image") == 200 ]]
}
until ready; do alive; sleep 1; done
echo "every feature answers $(since) s after the run command"
echo "$FIRST_USER" >"$USER_IDS"
for i in $(seq 2 200); do shopper_id "$i" >>"$USER_IDS"; done
# background start-up work (photo embeddings, roll-ups, a first training) must not share the cores with the rows
for _ in $(seq 1 120); do
  a=$(awk '{print $14 + $15}' "/proc/$SERVER/stat"); sleep 5; b=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  (( (b - a) * 100 / $(getconf CLK_TCK) < 50 )) && break
done
echo "server resident memory when idle: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$SERVER/status)"

run() { # path, extra environment for the Lua script
  local path=$1; shift
  env WRK_PATH="$path" "$@" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$LUA" "$BASE"
}
echo "warm-up"
for p in "/api/v1/ping" "/api/v1/products?size=20" "/api/v1/search?q=sneakers" "/" "/catalog/product.xhtml?id=$PRODUCT"; do
  env WRK_PATH="$p" WRK_SESSION=1 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$LUA" "$BASE" >/dev/null
done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
ROWS=()
PING=0
measure() { # label, path, extra environment
  local label=$1 path=$2; shift 2
  local out rps p50 p99 errors
  out=$(run "$path" "$@")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/NON2XX_OR_ERRORS/ {print $2}')
  [[ "$label" == *"/api/v1/ping"* ]] && PING=$rps
  ROWS+=("$(awk -v l="$label" -v r="$rps" -v a="$p50" -v b="$p99" -v p="$PING" -v e="$errors" \
    'BEGIN { printf "| %s | %\047.0f | %s | %s | %.2f | %s |", l, r, a, b, (p > 0 ? r / p : 0), e }')")
  echo "${ROWS[-1]}"
}
measure '`GET /api/v1/ping`' "/api/v1/ping"
measure '`GET /api/v1/products?size=20`' "/api/v1/products?size=20"
measure '`GET /api/v1/products/{id}`' "/api/v1/products/$PRODUCT"
measure '`GET /api/v1/recommendations/users/{id}?n=10`' "/api/v1/recommendations/users/{user}?n=10" WRK_KEY="$REC_KEY" WRK_USERS="$USER_IDS"
measure '`GET /api/v1/search?q=sneakers`' "/api/v1/search?q=sneakers"
measure '`GET /api/v1/products/{id}/similar`' "/api/v1/products/$PRODUCT/similar"
measure '`GET /` (home page)' "/" WRK_SESSION=1
measure '`GET /catalog/browse.xhtml?category=…` (shelf)' "/catalog/browse.xhtml?category=$CATEGORY" WRK_SESSION=1
measure '`GET /catalog/product.xhtml?id=…` (product page)' "/catalog/product.xhtml?id=$PRODUCT" WRK_SESSION=1
measure '`POST /api/v1/search/image` (photo search)' "/api/v1/search/image" WRK_BODY_FILE="$PHOTO" WRK_CONTENT_TYPE=image/jpeg
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server resident memory after the rows: $(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' /proc/$SERVER/status)"
echo
echo "| endpoint | req/s | p50 | p99 | x ping | errors |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
