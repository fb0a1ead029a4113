# Sourced by the bench scripts that run the built WAR as a small shop (events-throughput.sh, events-upgrade.sh,
# crash-test.sh): Payara Micro with the embedded MongoDB in a data folder of the caller's, a demo store of 100
# products and 20 shoppers, photo search and the start-up trainings off so that a start (and a restart after kill -9)
# is quick. Not run on its own.
#
# The caller sets PORT, KEY (the admin API key), BASE (http://127.0.0.1:$PORT), SHOP_WAR (the WAR to deploy: a copy,
# a build running meanwhile may rewrite target/vitrine.war), SHOP_DATA (the data folder), SHOP_LOG (appended to), and
# optionally SHOP_JVM_OPTS (more JVM options: a profiler). Run from the repository root.

# shop_start DEMO_PASSWORD: starts the shop in the background, sets SHOP_PID, returns once /api/v1/ping answers
# (exits 3 when the JVM dies first or nothing answers within 10 minutes: a loaded machine took 382 s).
shop_start() {
  OMP_NUM_THREADS=1 java -Xmx1g -XX:+UseSerialGC ${SHOP_JVM_OPTS:-} -Djava.io.tmpdir="$(dirname "$SHOP_DATA")" -Dvitrine.data.dir="$SHOP_DATA" \
    -Dvitrine.admin.api-key="$KEY" \
    -Dvitrine.demo.products=100 -Dvitrine.demo.shoppers=20 -Dvitrine.demo.days=7 -Dvitrine.demo.password="$1" \
    -Dvitrine.vision.enabled=false -Dvitrine.recommend.train-at-start=false -Dvitrine.chat.retrain.check-minutes=0 \
    -Dvitrine.recommend.schedule.enabled=false -Dvitrine.vision.retrain.enabled=false \
    -jar target/payara-micro.jar --addLibs target/addlibs --deploy "$SHOP_WAR" --contextroot / \
    --port "$PORT" --nocluster >>"$SHOP_LOG" 2>&1 &
  SHOP_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "$BASE/api/v1/ping"; then return 0; fi
    kill -0 "$SHOP_PID" 2>/dev/null || { echo "the shop died at start-up, see $SHOP_LOG"; exit 3; }
    sleep 1
  done
  echo "the shop did not start in 10 minutes, see $SHOP_LOG"; exit 3
}
