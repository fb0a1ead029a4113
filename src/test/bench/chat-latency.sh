#!/usr/bin/env bash
# The chat assistant over REST, per message: the built WAR on Payara Micro (-Xmx2g, G1, as the run profile) with a fresh
# 1x demo store; once the start-up work is over (the shop's CPU idle), the dev set (74 turns) as warm-up, then the
# realistic shopper set (307 turns) posted one message at a time by RealisticChatScorer, which prints the pass rates,
# the round trip p50 / p99 and the five slowest messages. Beside them: the shop's CPU time (user + system, from
# /proc/<pid>/stat) over the timed run divided by its messages, the figure a loaded machine does not inflate (it
# includes the scorer's few catalogue reads that resolve product placeholders).
#   bash src/test/bench/chat-latency.sh
# Needs target/vitrine.war, target/payara-micro.jar and target/test-classes (mvn -o package -DskipTests).
# After it, 300 pings on one connection give the HTTP path's own share (GET /api/v1/ping, no work).
# BENCH_WAR runs another build's WAR (a baseline under the same conditions); BENCH_PORT the port (18297);
# BENCH_JVM_OPTS adds options to the shop's JVM; BENCH_JFR=<file> records the timed run with JFR (settings=profile), read
# by `java src/test/bench/ChatProfile.java <file>` (where the assistant's CPU goes).
# The chat budget is raised so that the scorer is never answered 429 (it would wait a second and send again); photo
# search is off (the assistant does not use it, and its start-up work would only delay the run).
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${BENCH_PORT:-18297}
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d "$PWD/target/bench-chat.XXXXXX")
cp "${BENCH_WAR:-target/vitrine.war}" "$WORK/vitrine.war"
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
# the scorer runs from copies, so that a build in this tree during the run cannot pull its classes away
cp -r target/test-classes "$WORK/test-classes" && cp -r target/classes "$WORK/classes"
CP="$WORK/test-classes:$WORK/classes:$(cat "$WORK/cp.txt")"
java -Xmx2g -XX:+UseG1GC -XX:FlightRecorderOptions:stackdepth=256 ${BENCH_JVM_OPTS:-} -Djava.io.tmpdir="$WORK" -Dvitrine.data.dir="$WORK/data" \
  -Dvitrine.limits.chat=100000/min -Dvitrine.vision.enabled=false \
  -jar target/payara-micro.jar --addLibs target/addlibs --deploy "$WORK/vitrine.war" --contextroot / \
  --port "$PORT" --nocluster >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "$BASE/api/v1/ping"; do kill -0 $PID || { tail -40 "$WORK/server.log"; exit 3; }; sleep 2; done
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' /proc/$PID/stat; }
# the demo store, search index, roll-ups and model trainings run after deployment: wait until the shop is idle
# (under 10 % of a core over 10 s, at most 15 minutes) so that their CPU is not counted as the assistant's
for _ in $(seq 1 90); do
  a=$(cpu); sleep 10; b=$(cpu)
  if awk -v a="$a" -v b="$b" 'BEGIN{exit !(b - a < 1.0)}'; then break; fi
done
echo "shop idle after start-up; load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java -cp "$CP" io.vitrine.chat.eval.RealisticChatScorer "$BASE" src/test/resources/chat-dev >"$WORK/dev.txt"
echo "warm-up (dev set): $(grep -E '^(en|fr)/all' "$WORK/dev.txt" | tr -s ' ' | paste -sd';')"
load0=$(cut -d' ' -f1 /proc/loadavg)
c0=$(cpu)
if [ -n "${BENCH_JFR:-}" ]; then jcmd $PID JFR.start name=chat settings=profile >/dev/null; fi
java -Dchat.turns="$WORK/turns.tsv" -cp "$CP" io.vitrine.chat.eval.RealisticChatScorer "$BASE" src/test/resources/chat-realistic \
  | tee "$WORK/realistic.txt"
c1=$(cpu)
if [ -n "${BENCH_JFR:-}" ]; then jcmd $PID JFR.stop name=chat filename="$BENCH_JFR" >/dev/null; fi
n=$(grep -o '([0-9]* messages)' "$WORK/realistic.txt" | tr -dc 0-9)
awk -v a="$c0" -v b="$c1" -v n="$n" 'BEGIN{printf "shop CPU over the realistic set: %.1f s, %.1f ms per message (%d messages)\n", b - a, 1000 * (b - a) / n, n}'
echo "load average before / after the realistic set: $load0 / $(cut -d' ' -f1 /proc/loadavg)"
# the HTTP path alone beside it: 300 GET /api/v1/ping on one kept-alive connection (JAX-RS, JSON, filters; no work)
for _ in $(seq 1 300); do printf 'url = "%s/api/v1/ping"\noutput = "/dev/null"\n' "$BASE"; done >"$WORK/pings.cfg"
curl -s -K "$WORK/pings.cfg" -w '%{time_total}\n' | sort -n \
  | awk '{t[NR] = $1 * 1000} END {printf "GET /api/v1/ping on one connection: p50 %.2f ms, p99 %.2f ms (%d requests)\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)], NR}'
echo "server log and outputs: $WORK"
