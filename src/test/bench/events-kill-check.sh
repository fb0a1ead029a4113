#!/usr/bin/env bash
# Are batched events that the shop acknowledged at full speed really on disk? Starts the built WAR as
# events-throughput.sh does (shop.sh: fresh data folder, embedded MongoDB, small demo store), counts the stored events through
# the admin export, sends batches of 1,000 from 2 senders for SECONDS, kills the JVM with kill -9 the moment the
# senders stop, restarts on the same folder and counts again: the count after must be the count before plus every
# acknowledged event. Exit code 0 when nothing was lost.
#   bash src/test/bench/events-kill-check.sh [seconds=15]
# Needs target/vitrine.war, target/payara-micro.jar and target/addlibs: mvn -o -q package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_SEND=${1:-15}
PORT=${BENCH_PORT:-18097}
KEY=bench-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d "$PWD/target/bench-events-kill.XXXXXX")
cp target/vitrine.war "$WORK/vitrine.war"
javac -d "$WORK/classes" src/test/bench/EventsThroughput.java
source src/test/bench/shop.sh
SHOP_WAR=$WORK/vitrine.war SHOP_DATA=$WORK/data SHOP_LOG=$WORK/server.log
PID=
trap 'kill $PID 2>/dev/null || true' EXIT
start() {
  shop_start bench-demo-pw
  PID=$SHOP_PID
}
stored() { curl -fs -H "X-API-Key: $KEY" "$BASE/api/v1/exports/events.jsonl" | wc -l; }
start
sleep 15 # the demo store's own start-up writes settle
before=$(stored)
out=$(java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY batch 2 "$SECONDS_SEND")
kill -9 $PID; wait $PID 2>/dev/null || true
echo "$out"
acked=$(sed -n 's/.*: \([0-9]*\) events acknowledged.*/\1/p' <<<"$out")
start
after=$(stored)
lost=$(( before + acked - after ))
echo "stored before: $before, acknowledged: $acked, stored after kill -9 and restart: $after, lost: $lost"
(( lost <= 0 ))
