#!/usr/bin/env bash
# The Spark job's trainer against the shop's in-process trainer (issue 14 item 4) on ML-100K and Amazon Beauty: one
# JVM per data set and trainer (-Xmx2g, nice 10, each bounded by SPARK_BENCH_TIMEOUT seconds), its resident set from
# /usr/bin/time -v; each run prints a RESULT line (train time, NDCG@10 / HR@10 of the blend and of its iALS part,
# heap peak, load average). Needs the test classes and the class path:
#   mvn -o -q test-compile && mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/spark-job/classpath.txt
#   bash src/test/bench/spark-train.sh [ml-100k amazon-beauty]
set -uo pipefail
cd "$(dirname "$0")/../../.."
DATASETS=${*:-ml-100k amazon-beauty}
TIMEOUT=${SPARK_BENCH_TIMEOUT:-900}
CP=target/test-classes:target/classes:$(cat target/spark-job/classpath.txt)
OPENS=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)
for d in $DATASETS; do
  for t in in-process spark; do
    echo "== $d $t (load: $(cut -d' ' -f1-3 /proc/loadavg))"
    timeout "$TIMEOUT" nice -n 10 /usr/bin/time -v java -Xmx2g $OPENS -Dbench.data=../shared/datasets -cp "$CP" \
      io.vitrine.recommend.eval.SparkJobBench "$d" "$t" 2>&1 | grep -E 'RESULT|Maximum resident|Elapsed|Exception|Error' 
  done
done
