#!/usr/bin/env bash
# Durable event ingestion: single-event POSTs from 4 concurrent senders, then batches of 1,000 from 2 senders,
# against the built WAR on Payara Micro with the embedded MongoDB (fresh data folder, acknowledged = on disk);
# then GET /api/v1/ping from 4 senders for as long, so each figure reads as a ratio to what the shop does at all.
#   bash src/test/bench/events-throughput.sh [seconds=30] [warm-up seconds=60]
# The warm-up sends single events and batches for that long before anything is measured, unreported: right after
# start the JIT compiler takes most of a core for a minute or more (46 s of C2 CPU during a first 20 s run measured on
# 2026-12-07), so a cold figure measures compilation, not the write path. A warm-up of 0 gives the cold figure.
# BENCH_JVM_OPTS adds options to the shop's JVM (a profiler: "-XX:StartFlightRecording=delay=40s,duration=60s,filename=/tmp/e.jfr").
# BENCH_JFR=<folder> records each measured phase with JFR (settings=profile) into <folder>/<phase>.jfr; read one with
# jfr print --events jdk.ExecutionSample <file> (or jfr summary).
# BENCH_WAR runs another build's WAR (default target/vitrine.war), so two builds compare under the same conditions.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_EACH=${1:-30}
WARMUP=${2:-60}
PORT=${BENCH_PORT:-18090}
KEY=bench-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d "$PWD/target/bench-events.XXXXXX")
cp "${BENCH_WAR:-target/vitrine.war}" "$WORK/vitrine.war"
javac -d "$WORK/classes" src/test/bench/EventsThroughput.java
source src/test/bench/shop.sh
SHOP_WAR=$WORK/vitrine.war SHOP_DATA=$WORK/data SHOP_LOG=$WORK/server.log SHOP_JVM_OPTS=${BENCH_JVM_OPTS:-}
PID=
trap 'kill $PID 2>/dev/null || true' EXIT
shop_start bench-demo-pw
PID=$SHOP_PID
sleep 20 # let the start-up work (search index, roll-ups) finish
if (( WARMUP > 0 )); then
  echo "warm-up: $WARMUP s of single events and batches, not reported"
  java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY single 4 $(( WARMUP / 2 )) >/dev/null
  java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY batch 2 $(( WARMUP / 2 )) >/dev/null
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
# the shop's CPU time (user + system, in seconds) around each phase: a figure a loaded machine does not scale
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$PID/stat; }
for phase in "single 4" "batch 2" "ping 4"; do
  c0=$(cpu)
  if [ -n "${BENCH_JFR:-}" ]; then
    mkdir -p "$BENCH_JFR"
    jcmd $PID JFR.start name="${phase% *}" settings=profile duration="${SECONDS_EACH}s" filename="$BENCH_JFR/${phase% *}.jfr" >/dev/null
  fi
  java -cp "$WORK/classes" EventsThroughput "$BASE" $KEY $phase "$SECONDS_EACH"
  echo "  shop CPU: $(awk -v a="$c0" -v b="$(cpu)" 'BEGIN{printf "%.1f", b - a}') s; load average now $(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill $PID 2>/dev/null && wait $PID 2>/dev/null || true
grep -o 'Embedded MongoDB group commit: .*' "$WORK/server.log" | tail -1 || true
