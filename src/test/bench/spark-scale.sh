#!/usr/bin/env bash
# The Spark job's iALS on a generated store of about 10,000,000 events (issue 14 item 4; SparkScaleBench): generates the
# store once into a folder (the demo store generator: 24,000 products, 40,000 shoppers by default), then trains Spark
# MLlib ALS on it in local[2] as the job does, then the in-process iALS on the same events, and scores both on the
# shop's holdout. Each step is one JVM under nice -n 10, bounded by SPARK_SCALE_TIMEOUT seconds
# (default 3300), under /usr/bin/time -v (CPU, resident set); the steps print STAGE lines (wall, CPU, heap peak, load)
# and the Spark step what Spark ran every minute ("SPARK WORK").
# Needs the test classes and the class path (mvn -o -Pspark-job package -DskipTests makes both), then:
#   bash src/test/bench/spark-scale.sh [products=24000] [shoppers=40000] [dir=/tmp/vitrine-spark-scale]
# SPARK_SCALE_HEAP (default 3g) is each JVM's -Xmx; SPARK_SCALE_CLASSES a copy of target/test-classes:target/classes
# to run from (so a build during the run cannot change the classes under it); SPARK_SCALE_STEPS (default
# "generate spark quality") the steps (a folder that already holds a store skips generate); JAVA_OPTS adds JVM
# options (-Dbench.master=local[4] on a bigger machine).
set -uo pipefail
cd "$(dirname "$0")/../../.."
PRODUCTS=${1:-24000}
SHOPPERS=${2:-40000}
DIR=${3:-/tmp/vitrine-spark-scale}
TIMEOUT=${SPARK_SCALE_TIMEOUT:-3300}
HEAP=${SPARK_SCALE_HEAP:-3g}
STEPS=${SPARK_SCALE_STEPS:-generate spark quality}
CP=${SPARK_SCALE_CLASSES:-target/test-classes:target/classes}:$(cat target/spark-job/classpath.txt)
OPENS=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)
for step in $STEPS; do
  if [ "$step" = generate ] && [ -f "$DIR/store.properties" ]; then
    echo "== $DIR already holds a generated store: $(grep -v '^#' "$DIR/store.properties" | paste -sd' ')"
    continue
  fi
  args=("$step" "$DIR")
  [ "$step" = generate ] && args=(generate "$PRODUCTS" "$SHOPPERS" "$DIR")
  echo "== $step (load: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S) UTC)"
  # shellcheck disable=SC2086
  OMP_NUM_THREADS=2 nice -n 10 /usr/bin/time -v timeout "$TIMEOUT" java -Xmx"$HEAP" $OPENS ${JAVA_OPTS:-} -cp "$CP" \
    io.vitrine.recommend.spark.SparkScaleBench "${args[@]}" 2>&1 \
    | grep -E --line-buffered 'STAGE|SPARK WORK|Spark trained|demo store|Maximum resident|Elapsed|User time|System time|Percent of CPU|Exception|Error'
  status=${PIPESTATUS[0]}
  echo "== end $step: exit $status (load: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S) UTC)"
  [ "$status" = 0 ] || exit "$status"
done
