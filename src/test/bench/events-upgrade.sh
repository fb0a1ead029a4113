#!/usr/bin/env bash
# Retries across an upgrade of the event ids: a data folder written by an older build (events stored under their
# SHA-256 ids) is opened by this build, and the same events re-sent must all count as duplicates, none stored twice.
#   bash src/test/bench/events-upgrade.sh OLD.war [NEW.war=target/vitrine.war]
# Build the old WAR from an earlier commit (git worktree add /tmp/old <commit> && mvn -o -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../../.."
OLD_WAR=$1
NEW_WAR=${2:-target/vitrine.war}
PORT=${BENCH_PORT:-18091}
KEY=upgrade-admin-key-0123456789
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d "$PWD/target/bench-upgrade.XXXXXX")
PID=
source src/test/bench/shop.sh
SHOP_WAR=$WORK/vitrine.war SHOP_DATA=$WORK/data SHOP_LOG=$WORK/server.log
start() {
  cp "$1" "$SHOP_WAR"
  shop_start upgrade-demo-pw
  PID=$SHOP_PID
}
stop() { kill $PID; wait $PID 2>/dev/null || true; }
trap 'kill $PID 2>/dev/null || true' EXIT
post() { # body [Idempotency-Key]
  curl -fs -X POST "$BASE/api/v1/events" -H "X-API-Key: $KEY" -H 'Content-Type: application/json' \
    ${2:+-H "Idempotency-Key: $2"} -d "$1"
}
start "$OLD_WAR"
PRODUCT=$(curl -fs "$BASE/api/v1/products?size=1" | grep -o '"id":"[A-Za-z0-9_-]*"' | head -1 | cut -d'"' -f4)
BATCH='[{"id":"up-1","type":"view","userId":"anon:up","productId":"'$PRODUCT'"},{"id":"up-2","type":"view","userId":"anon:up","productId":"'$PRODUCT'"}]'
KEYED='[{"type":"view","userId":"anon:up","productId":"'$PRODUCT'"},{"type":"like","userId":"anon:up","productId":"'$PRODUCT'"}]'
echo "old build, first send:   $(post "$BATCH") $(post "$KEYED" upgrade-key-1)"
stop
start "$NEW_WAR"
again="$(post "$BATCH") $(post "$KEYED" upgrade-key-1)"
echo "new build, same events:  $again"
fresh=$(post '[{"id":"up-3","type":"view","userId":"anon:up","productId":"'$PRODUCT'"}]')
echo "new build, a new event:  $fresh"
echo "new build, sent again:   $(post '[{"id":"up-3","type":"view","userId":"anon:up","productId":"'$PRODUCT'"}]')"
stop
[ "$again" = '{"accepted":0,"duplicates":2} {"accepted":0,"duplicates":2}' ] && [ "$fresh" = '{"accepted":1,"duplicates":0}' ] \
  && echo "OK: retries across the upgrade are duplicates" || { echo "FAILED (log: $WORK/server.log)"; exit 1; }
