#!/usr/bin/env bash
# The Spark job's trainer against the shop's in-process trainer (issue 14 item 4) on ML-100K and Amazon Beauty: one
# JVM per data set and trainer (-Xmx2g, nice 10, each bounded by SPARK_BENCH_TIMEOUT seconds), its resident set from
# /usr/bin/time -v; each run prints a RESULT line (train time, NDCG@10 / HR@10 of the blend and of its iALS part,
# heap peak, load average), the Spark runs also each model's time as it finishes ("Spark trained ...") and, every
# minute and at the end, what Spark ran ("SPARK WORK": jobs, stages, tasks, the tasks' run time beside the wall time).
# SPARK_BENCH_TRAINERS picks the trainers (default: in-process spark); JAVA_OPTS adds JVM options, e.g.
# -Dbench.partitions=8 (the shuffles' partitions; default the job's own: twice the local threads) or -Dbench.master=local[1].
# Needs the test classes and the class path (mvn -o -Pspark-job package -DskipTests makes both), then:
#   bash src/test/bench/spark-train.sh [ml-100k amazon-beauty]
set -uo pipefail
cd "$(dirname "$0")/../../.."
DATASETS=${*:-ml-100k amazon-beauty}
TRAINERS=${SPARK_BENCH_TRAINERS:-in-process spark}
TIMEOUT=${SPARK_BENCH_TIMEOUT:-900}
CP=target/test-classes:target/classes:$(cat target/spark-job/classpath.txt)
OPENS=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)
for d in $DATASETS; do
  for t in $TRAINERS; do
    echo "== $d $t (load: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S) UTC)"
    # shellcheck disable=SC2086
    timeout "$TIMEOUT" nice -n 10 /usr/bin/time -v java -Xmx2g $OPENS ${JAVA_OPTS:-} -Dbench.data=../shared/datasets -cp "$CP" \
      io.vitrine.recommend.eval.SparkJobBench "$d" "$t" 2>&1 \
      | grep -E --line-buffered 'RESULT|TRAINED|SPARK WORK|Spark trained|data ready|Maximum resident|Elapsed|User time|System time|Percent of CPU|Exception|Error'
    echo "== end $d $t: exit ${PIPESTATUS[0]} (load: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%H:%M:%S) UTC)"
  done
done
