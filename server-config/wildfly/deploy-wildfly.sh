#!/usr/bin/env bash
# From an unzipped WildFly to a running tracker, as docs/deploy-wildfly.md describes: EclipseLink added to
# the org.eclipse.persistence module, PostgreSQL when TRACKER_DB_HOST is set (else the in-memory ExampleDS),
# the server started with the app's environment, the WAR deployed at "/". CI runs this script.
#
# Environment: WILDFLY_HOME (the unzipped wildfly-39.0.1.Final), WAR (a WAR built with -Pwildfly),
# ECLIPSELINK_JAR (eclipselink-4.0.9.jar), POSTGRES_JDBC_JAR (with TRACKER_DB_*), PORT_OFFSET (default 0:
# HTTP on 8080 + offset, management on 9990 + offset), and every setting of docs/configuration.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${WILDFLY_HOME:?set WILDFLY_HOME to the unzipped WildFly}"
: "${WAR:?set WAR to a delivery-tracker.war built with -Pwildfly}"
: "${ECLIPSELINK_JAR:?set ECLIPSELINK_JAR to eclipselink-4.0.9.jar}"
PORT_OFFSET=${PORT_OFFSET:-0}

module=$WILDFLY_HOME/modules/system/layers/base/org/eclipse/persistence/main
cp "$ECLIPSELINK_JAR" "$module/"
cp "$here/modules/org/eclipse/persistence/main/module.xml" "$module/module.xml"

if [ -n "${TRACKER_DB_HOST:-}" ]; then
    : "${POSTGRES_JDBC_JAR:?set POSTGRES_JDBC_JAR to postgresql-42.x.jar}"
    "$WILDFLY_HOME/bin/jboss-cli.sh" -Dpostgres.jar="$POSTGRES_JDBC_JAR" --file="$here/postgres.cli"
fi

rm -f "$WILDFLY_HOME"/standalone/deployments/delivery-tracker.war.*
cp "$WAR" "$WILDFLY_HOME/standalone/deployments/delivery-tracker.war"
mkdir -p "$WILDFLY_HOME/standalone/log"
nohup "$WILDFLY_HOME/bin/standalone.sh" -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
      > "$WILDFLY_HOME/standalone/log/console.out" 2>&1 &
for _ in $(seq 1 180); do
    [ -f "$WILDFLY_HOME/standalone/deployments/delivery-tracker.war.deployed" ] && break
    [ -f "$WILDFLY_HOME/standalone/deployments/delivery-tracker.war.failed" ] && {
        echo "deployment failed, see $WILDFLY_HOME/standalone/log/server.log" >&2; exit 1; }
    sleep 1
done
[ -f "$WILDFLY_HOME/standalone/deployments/delivery-tracker.war.deployed" ] || {
    echo "not deployed after 180 s, see $WILDFLY_HOME/standalone/log/server.log" >&2; exit 1; }
echo "Delivery Tracker deployed on WildFly: http://localhost:$((8080 + PORT_OFFSET))/"
