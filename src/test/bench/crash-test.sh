#!/usr/bin/env bash
# Crash test: are the writes the shop acknowledged still there after kill -9?
#
#   bash src/test/bench/crash-test.sh [kills=10]
#
# Starts the built WAR on Payara Micro as the run profile does (fresh data folder, embedded MongoDB, small demo
# store, photo search and the start-up trainings off so a restart is quick), creates the crash products, then runs
# CrashDriver's clients (3 event senders, 2 order placers, 1 product editor; every 2xx written down before the next
# request) while this script kills the JVM with kill -9 at a random moment 4-15 s after it is ready and restarts it,
# KILLS times. At the end the shop is killed once more, restarted, and every acknowledged write is checked:
# events (re-sent: must be a duplicate), orders (must exist), stock (= initial - stored orders, every acknowledged
# order stored) and the last product edit. Exit code 0 when nothing was lost. Needs target/vitrine.war,
# target/payara-micro.jar and target/addlibs: mvn -o -q package -DskipTests.
set -euo pipefail
cd "$(dirname "$0")/../../.."
KILLS=${1:-10}
PORT=${CRASH_PORT:-18089}
KEY=crash-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d "$PWD/target/bench-crash.XXXXXX")
DATA=$WORK/data
ACKS=$WORK/acks
STOP=$WORK/stop
LOG=$WORK/server.log
mkdir -p "$DATA" "$ACKS"
[ -f target/vitrine.war ] && [ -f target/payara-micro.jar ] || { echo "build first: mvn -o -q package -DskipTests"; exit 2; }
# a copy of the WAR: a build running meanwhile may rewrite target/vitrine.war
cp target/vitrine.war "$WORK/vitrine.war"
javac -d "$WORK/classes" src/test/bench/CrashDriver.java
DRIVER="java -cp $WORK/classes CrashDriver"
SERVER_PID=
source src/test/bench/shop.sh
SHOP_WAR=$WORK/vitrine.war SHOP_DATA=$DATA SHOP_LOG=$LOG
start() {
  shop_start crash-demo-pw
  SERVER_PID=$SHOP_PID
}
kill9() {
  kill -9 $SERVER_PID 2>/dev/null || true
  wait $SERVER_PID 2>/dev/null || true
}
trap 'touch "$STOP"; kill -9 $SERVER_PID 2>/dev/null || true' EXIT

t0=$(date +%s)
start
echo "shop up in $(( $(date +%s) - t0 )) s (work dir $WORK)"
$DRIVER setup "$BASE" $KEY "$ACKS"
$DRIVER drive "$BASE" $KEY "$ACKS" "$STOP" &
DRIVER_PID=$!
for k in $(seq 1 "$KILLS"); do
  sleep $(( 4 + RANDOM % 12 )).$(( RANDOM % 10 ))
  kill9
  acked=$(cat "$ACKS"/acks-* 2>/dev/null | grep -vc '^edit-sent' || true)
  echo "kill $k: JVM killed with kill -9, $acked writes acknowledged so far"
  start
done
sleep 5
touch "$STOP"
wait $DRIVER_PID || true
kill9
echo "final kill -9; restarting to verify"
start
# an order placement the kill cut off between taking stock and storing the order leaves a hold on the product;
# OrderSweep (at start-up and every minute) gives back holds older than a minute: wait for it before checking stock
SETTLE=${CRASH_SETTLE_S:-130}
echo "waiting ${SETTLE} s for the order sweep to settle interrupted placements"
sleep "$SETTLE"
$DRIVER verify "$BASE" $KEY "$ACKS" | tee "$WORK/verify.txt"
status=${PIPESTATUS[0]}
echo "kills: $KILLS (+1 before verifying), total time $(( $(date +%s) - t0 )) s, acknowledgements in $ACKS"
exit $status
