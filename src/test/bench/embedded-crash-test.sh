#!/usr/bin/env bash
# The database half of the crash test, with many kills: the shop's embedded MongoDB (DurableH2Backend) in its own
# JVM, killed with kill -9 at random moments while 7 clients write through the MongoDB driver (single inserts,
# inserts of 200, conditional stock decrements, updates); then every acknowledged write is checked in the file.
#   bash src/test/bench/embedded-crash-test.sh [kills=20]
# Needs the compiled classes: mvn -o -q compile. The whole shop under kill -9: crash-test.sh.
set -euo pipefail
cd "$(dirname "$0")/../../.."
KILLS=${1:-20}
PORT=${CRASH_DB_PORT:-28017}
WORK=$(mktemp -d "$PWD/target/bench-dbcrash.XXXXXX")
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/classes:$(cat "$WORK/cp.txt")"
javac -cp "$CP" -d "$WORK/classes" src/test/bench/EmbeddedCrash.java
CP="$WORK/classes:$CP"
FILE=$WORK/crash.mv
STOP=$WORK/stop
SERVER_PID=
start() {
  java -cp "$CP" EmbeddedCrash server "$FILE" $PORT >"$WORK/server.out" 2>&1 &
  SERVER_PID=$!
  until grep -q ready "$WORK/server.out" 2>/dev/null; do kill -0 $SERVER_PID || { cat "$WORK/server.out"; exit 3; }; sleep 0.2; done
}
trap 'touch "$STOP"; kill -9 $SERVER_PID 2>/dev/null || true' EXIT
start
java -cp "$CP" EmbeddedCrash drive $PORT "$WORK/acks" "$STOP" 2>"$WORK/driver.err" &
DRIVER=$!
until [ -f "$WORK/acks/set-up" ]; do kill -0 $DRIVER || { cat "$WORK/driver.err"; exit 3; }; sleep 0.5; done
sleep 2
for k in $(seq 1 "$KILLS"); do
  sleep $(( 2 + RANDOM % 5 )).$(( RANDOM % 10 ))
  kill -9 $SERVER_PID; wait $SERVER_PID 2>/dev/null || true
  echo "kill $k: $(cat "$WORK"/acks/acks-* | grep -vc '^edit-sent') writes acknowledged so far"
  start
done
sleep 3
kill -9 $SERVER_PID; wait $SERVER_PID 2>/dev/null || true
touch "$STOP"
wait $DRIVER || true
echo "final kill -9 after $KILLS kills and restarts; checking every acknowledged write in $FILE"
java -cp "$CP" EmbeddedCrash verify "$FILE" "$WORK/acks" 2>/dev/null
