#!/usr/bin/env bash
# Durable event ingestion: single-event POSTs from 4 concurrent senders, then batches of 1,000 from 2 senders,
# against the built WAR on Payara Micro with the embedded MongoDB (fresh data folder, acknowledged = on disk);
# then GET /api/v1/ping from 4 senders for as long, so each figure reads as a ratio to what the shop does at all.
#   bash src/test/bench/events-throughput.sh [seconds=30] [warm-up seconds=60]
# The warm-up sends single events and batches for that long before anything is measured, unreported: right after
# start the JIT compiler takes most of a core for a minute or more (46 s of C2 CPU during a first 20 s run measured on
# 2026-12-07), so a cold figure measures compilation, not the write path. A warm-up of 0 gives the cold figure.
# BENCH_JVM_OPTS adds options to the shop's JVM (a profiler: "-XX:StartFlightRecording=delay=40s,duration=60s,filename=/tmp/e.jfr").
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_EACH=${1:-30}
WARMUP=${2:-60}
PORT=${BENCH_PORT:-18090}
KEY=bench-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/vitrine-events.XXXXXX)
cp target/vitrine.war "$WORK/vitrine.war"
javac -d "$WORK/classes" src/test/bench/EventsThroughput.java
OMP_NUM_THREADS=1 java -Xmx1g -XX:+UseSerialGC ${BENCH_JVM_OPTS:-} -Dvitrine.data.dir="$WORK/data" -Dvitrine.admin.api-key=$KEY \
  -Dvitrine.demo.products=100 -Dvitrine.demo.shoppers=20 -Dvitrine.demo.days=7 -Dvitrine.demo.password=bench-demo-pw \
  -Dvitrine.vision.enabled=false -Dvitrine.recommend.train-at-start=false -Dvitrine.chat.retrain.check-minutes=0 \
  -Dvitrine.recommend.schedule.enabled=false -Dvitrine.vision.retrain.enabled=false \
  -jar target/payara-micro.jar --addLibs target/addlibs --deploy "$WORK/vitrine.war" --contextroot / \
  --port $PORT --nocluster >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$BASE/api/v1/ping"; do kill -0 $PID || exit 3; sleep 1; done
sleep 20 # let the start-up work (search index, roll-ups) finish
if (( WARMUP > 0 )); then
  echo "warm-up: $WARMUP s of single events and batches, not reported"
  java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY single 4 $(( WARMUP / 2 )) >/dev/null
  java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY batch 2 $(( WARMUP / 2 )) >/dev/null
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY single 4 "$SECONDS_EACH"
java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY batch 2 "$SECONDS_EACH"
java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY ping 4 "$SECONDS_EACH"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
