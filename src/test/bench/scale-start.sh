#!/usr/bin/env bash
# Start-up at a given demo store size (issue 15, item 4): the built WAR started as README's run command starts it
# (-Xmx2g, G1, OMP_NUM_THREADS=2), on its own port and data folder, first on an empty folder (cold: the demo store is
# generated, stored and the models trained), then again on the same folder (warm: saved models, stored data).
#   bash src/test/bench/scale-start.sh [products=2400] [shoppers=1000]
#   SCALE_PORT=18097 SCALE_DATA=/tmp/dir SCALE_TIMEOUT_MIN=60 SCALE_WARM=0 ... (defaults shown; SCALE_WARM=0: cold only)
#   SCALE_COLD=0 SCALE_DATA=<a folder of an earlier run> SCALE_WAR=<another build's war>: warm starts only, on that
#   folder, with that WAR (to compare two builds on the same data); SCALE_WARM=<n> starts warm n times
# For each start it prints the seconds from the java command to each feature's first 200 answer (ping, product list,
# recommendations for shopper0001, search, photo look-alikes, chat), the resident memory (ps rss) once all answer,
# the demo store's phases and the model trainings from the server log, and the load average (the machine may be
# shared: say so with the figures). Needs target/vitrine.war, payara-micro.jar and addlibs: mvn -o -q package -DskipTests
set -uo pipefail
cd "$(dirname "$0")/../../.."
PRODUCTS=${1:-2400}
SHOPPERS=${2:-1000}
PORT=${SCALE_PORT:-18097}
DATA=${SCALE_DATA:-$(mktemp -d "$PWD/target/bench-scale.XXXXXX")}
TIMEOUT=$(( ${SCALE_TIMEOUT_MIN:-60} * 60 ))
KEY=scale-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
[ -f target/vitrine.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -o -q package -DskipTests"; exit 2; }
mkdir -p "$DATA"
cp "${SCALE_WAR:-target/vitrine.war}" "$DATA/vitrine.war"

code() { curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$@" || true; }

start() { # $1 = cold|warm
  local run=$1 log="$DATA/server-$1.log" t0 pid
  t0=$(date +%s)
  OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE nice -n 10 java -Xmx2g -XX:+UseG1GC \
    -Dorg.bytedeco.javacpp.maxbytes=2G -Dorg.bytedeco.javacpp.maxphysicalbytes=6G \
    -Djava.io.tmpdir="$DATA" -Dvitrine.data.dir="$DATA/data" -Dvitrine.admin.api-key=$KEY -Dvitrine.demo.password=scale-demo-pw \
    -Dvitrine.demo.products="$PRODUCTS" -Dvitrine.demo.shoppers="$SHOPPERS" \
    -jar target/payara-micro.jar --addLibs target/addlibs --deploy "$DATA/vitrine.war" --contextroot / \
    --port "$PORT" --nocluster >"$log" 2>&1 &
  pid=$!
  echo "== $run start, $PRODUCTS products, $SHOPPERS shoppers, pid $pid, log $log, load $(cut -d' ' -f1-3 /proc/loadavg)"
  declare -A up=()
  local shopper="" product="" names="ping products recommendations search photo chat"
  while :; do
    local now=$(( $(date +%s) - t0 ))
    kill -0 $pid 2>/dev/null || { echo "the shop died after $now s, see $log"; return 3; }
    (( now > TIMEOUT )) && { echo "not every feature answered after $now s: ${!up[*]} did"; kill $pid; wait $pid; return 4; }
    [ -z "${up[ping]:-}" ] && [ "$(code $BASE/api/v1/ping)" = 200 ] && up[ping]=$now
    if [ -n "${up[ping]:-}" ]; then
      [ -z "${up[products]:-}" ] && [ "$(code "$BASE/api/v1/products?size=20")" = 200 ] && up[products]=$now
      if [ -z "$product" ]; then
        product=$(curl -s --max-time 30 "$BASE/api/v1/products?size=1" | grep -o '"id":"demo-[0-9]*"' | head -1 | cut -d'"' -f4)
      fi
      if [ -z "$shopper" ]; then
        shopper=$(curl -s --max-time 30 -H "X-API-Key: $KEY" \
          "$BASE/api/v1/admin/shoppers?email=shopper0001%40demo.vitrine.io" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
      fi
      [ -z "${up[recommendations]:-}" ] && [ -n "$shopper" ] && \
        [ "$(code -H "X-API-Key: $KEY" "$BASE/api/v1/recommendations/users/$shopper?n=10")" = 200 ] && up[recommendations]=$now
      [ -z "${up[search]:-}" ] && [ "$(code "$BASE/api/v1/search?q=sneakers")" = 200 ] && up[search]=$now
      [ -z "${up[photo]:-}" ] && [ -n "$product" ] && \
        [ "$(code "$BASE/api/v1/products/$product/looks-like?n=5")" = 200 ] && up[photo]=$now
      [ -z "${up[chat]:-}" ] && [ "$(code -H 'Content-Type: application/json' \
        -d '{"message":"do you have red sneakers?","lang":"en"}' $BASE/api/v1/chat)" = 200 ] && up[chat]=$now
    fi
    local all=1
    for n in $names; do [ -z "${up[$n]:-}" ] && all=0; done
    (( all )) && break
    sleep 2
  done
  local last=0
  for n in $names; do (( up[$n] > last )) && last=${up[$n]}; done
  echo "$run: seconds from the java command to the first 200:$(for n in $names; do printf ' %s %s' $n ${up[$n]}; done); all $last s"
  echo "$run: RSS $(( $(ps -o rss= -p $pid) / 1024 )) MB once all answer; load $(cut -d' ' -f1-3 /proc/loadavg)"
  # the start-up passes over the events (the roll-up, search popularity) may still run: wait for them (at most 10 min)
  local waited=0
  # (a build that saves the roll-up: until it is saved, so that the stop below does not cut the save off)
  while (( waited < 600 )) && ! { grep -aqE 'Analytics rolled up' "$log" && grep -aqE 'Search index built' "$log" \
      && { ! grep -aqE 'Search popularity counted' "$log" || grep -aqE 'Analytics roll-up (saved|was not saved)' "$log"; }; }; do
    sleep 2; waited=$(( waited + 2 ))
  done
  echo "$run: roll-up and popularity done $(( $(date +%s) - t0 )) s after the java command; load $(cut -d' ' -f1-3 /proc/loadavg)"
  grep -aE 'Demo store (generated|ready)|Demo store: [0-9]+ [a-z]+ (stored|painted)|model version [0-9]+ live|Demo store present|Training read|Trained on|Visual index of|Search index|Search popularity counted|Analytics rolled up|Analytics roll-up saved|start-up [A-Z]+ / [a-z0-9-]+ done' "$log" \
    | sed -E 's/^\[[0-9-]+T([0-9:.]+)[^]]*\].*levelValue: [0-9]+\] /  \1 /' | cut -c1-220
  kill $pid; wait $pid 2>/dev/null
  return 0
}

[ "${SCALE_COLD:-1}" = 1 ] && { start cold || exit $?; }
for (( i = 1; i <= ${SCALE_WARM:-1}; i++ )); do start warm || exit $?; done
echo "data folder $DATA (delete it when done)"
