#!/bin/sh
# Starts one Vitrine node on Payara Micro: alone (--nocluster, as `mvn -Prun package` does) unless
# VITRINE_CLUSTER_NAME is set; then it joins the Hazelcast cluster of that name, finding its members over TCP
# (multicast off): VITRINE_CLUSTER_MEMBERS=host:port,host:port (Hazelcast ports; this node's from
# VITRINE_CLUSTER_PORT, default 6900), VITRINE_CLUSTER_PUBLIC_ADDRESS when the members see it through NAT (Docker),
# VITRINE_CLUSTER_INTERFACES to pin the interface (e.g. 127.0.0.1). A clustered node also turns the shop's own
# sharing on (vitrine.cluster.enabled: model files in GridFS, training leases, the change log), unless set.
# Sessions need nothing more: Payara Micro's bundled configuration keeps a <distributable/> application's sessions
# (cart, log-in) in the Hazelcast data grid with one backup on another member, so a shopper whose node dies carries
# on on the next one (ClusterIT checks it); alone (--nocluster) the node turns web-container availability off
# (docker/single-node.asadmin), so sessions stay in its memory: otherwise a distributable WAR's sessions still go
# through Payara's replication store, whose expiry pass deserializes every stored session (measured: 29 % of a core
# idle; home / shelf / product page 188 / 192 / 132 -> 228 / 276 / 189 req/s at 1x). Every node must run the
# same WAR at the same context root under the same VITRINE_CLUSTER_NAME.
# Paths: PAYARA_MICRO_JAR, VITRINE_WAR, VITRINE_ADDLIBS (defaults: the build's target/); JVM_ARGS, VITRINE_HTTP_PORT.
# Further arguments go to Payara Micro. Local two-node example (shared MongoDB at localhost:27017):
#   VITRINE_CLUSTER_NAME=vitrine VITRINE_CLUSTER_MEMBERS=127.0.0.1:6900,127.0.0.1:6901 VITRINE_CLUSTER_INTERFACES=127.0.0.1 \
#     VITRINE_MONGODB_EMBEDDED=false VITRINE_HTTP_PORT=8081 VITRINE_CLUSTER_PORT=6900 sh docker/vitrine-node.sh
set -eu
JAR=${PAYARA_MICRO_JAR:-target/payara-micro.jar}
WAR=${VITRINE_WAR:-target/vitrine.war}
ADDLIBS=${VITRINE_ADDLIBS:-target/addlibs}
HTTP_PORT=${VITRINE_HTTP_PORT:-8080}

if [ -n "${VITRINE_CLUSTER_NAME:-}" ]; then
  : "${VITRINE_CLUSTER_MEMBERS:?set VITRINE_CLUSTER_MEMBERS=host:port,host:port (the Hazelcast members)}"
  set -- --clustername "$VITRINE_CLUSTER_NAME" --clustermode "tcpip:$VITRINE_CLUSTER_MEMBERS" \
    --startport "${VITRINE_CLUSTER_PORT:-6900}" "$@"
  if [ -n "${VITRINE_CLUSTER_PUBLIC_ADDRESS:-}" ]; then
    set -- --hzpublicaddress "$VITRINE_CLUSTER_PUBLIC_ADDRESS" "$@"
  fi
  if [ -n "${VITRINE_CLUSTER_INTERFACES:-}" ]; then
    set -- --interfaces "$VITRINE_CLUSTER_INTERFACES" "$@"
  fi
  VITRINE_CLUSTER_ENABLED=${VITRINE_CLUSTER_ENABLED:-true}
  export VITRINE_CLUSTER_ENABLED
else
  # alone: sessions in memory, not through the replication store a <distributable/> WAR gets otherwise
  set -- --nocluster --postbootcommandfile "${VITRINE_SINGLE_NODE_COMMANDS:-$(dirname "$0")/single-node.asadmin}" "$@"
fi

# JVM_ARGS is a list of options: split on spaces on purpose
# shellcheck disable=SC2086
exec java ${JVM_ARGS:-} -jar "$JAR" --addLibs "$ADDLIBS" --deploy "$WAR" --contextroot / --port "$HTTP_PORT" "$@"
