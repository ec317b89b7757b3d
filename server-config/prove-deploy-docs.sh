#!/usr/bin/env bash
# Proves docs/deploy-payara.md and docs/deploy-wildfly.md: from freshly unzipped servers (taken from Maven
# Central) to a tracker on PostgreSQL, using only the scripts those docs show, then smoke-tested.
# Needs a PostgreSQL prepared by server-config/postgres/setup-local.sh and TRACKER_DB_PASSWORD exported,
# and the WARs built: target/delivery-tracker.war must be the one of the server at hand (the script builds
# them). Run from the repository root; uses ports 28000-28100 (Payara Server) and 28180, 28543, 30090 (WildFly).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRACKER_DB_PASSWORD:?export TRACKER_DB_PASSWORD (as given to setup-local.sh)}"
work=target/deploy-proof
rm -rf "$work" && mkdir -p "$work"
fetch() { mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="$1" -DoutputDirectory="$work"; }
fetch fish.payara.distributions:payara:6.2025.9:zip
fetch org.wildfly:wildfly-dist:39.0.1.Final:zip
fetch org.eclipse.persistence:eclipselink:4.0.9
fetch org.postgresql:postgresql:42.7.14

export TRACKER_DB_HOST=127.0.0.1 TRACKER_DB_PORT=5432 TRACKER_DB_NAME=${TRACKER_DB_NAME:-tracker}
export TRACKER_DB_USER=${TRACKER_DB_USER:-tracker}
export TWILIO_MODE=live TWILIO_ACCOUNT_SID=AC00000000000000000000000000000000 TWILIO_AUTH_TOKEN=deploy-proof-token
export TWILIO_API_BASE_URL=http://127.0.0.1:9 TWILIO_FROM_NUMBER=+15005550006 TWILIO_MAX_RETRY_WAIT_MS=100
export API_KEYS=deploy-proof-key SMOKE_API_KEY=deploy-proof-key
export POSTGRES_JDBC_JAR=$PWD/$work/postgresql-42.7.14.jar

echo "== Payara Server 6 on PostgreSQL (docs/deploy-payara.md)"
mvn -B -q -Ppayara -DskipTests package
cp target/delivery-tracker.war "$work/delivery-tracker-payara.war"
(cd "$work" && unzip -q payara-6.2025.9.zip)
export PAYARA_HOME=$PWD/$work/payara6 WAR=$PWD/$work/delivery-tracker-payara.war PORTBASE=28000
trap '"$PAYARA_HOME/bin/asadmin" stop-domain tracker >/dev/null 2>&1 || true' EXIT
PUBLIC_BASE_URL=http://localhost:28080 server-config/payara/deploy-payara-server.sh
TWILIO_AUTH_TOKEN=deploy-proof-token server-config/smoke-test.sh http://localhost:28080
"$PAYARA_HOME/bin/asadmin" stop-domain tracker

echo "== WildFly 39 on PostgreSQL (docs/deploy-wildfly.md)"
mvn -B -q -Pwildfly -DskipTests package
cp target/delivery-tracker.war "$work/delivery-tracker-wildfly.war"
(cd "$work" && unzip -q wildfly-dist-39.0.1.Final.zip)
export WILDFLY_HOME=$PWD/$work/wildfly-39.0.1.Final WAR=$PWD/$work/delivery-tracker-wildfly.war
export ECLIPSELINK_JAR=$PWD/$work/eclipselink-4.0.9.jar PORT_OFFSET=20100
trap '"$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller=localhost:30090 --command=:shutdown >/dev/null 2>&1 || true' EXIT
PUBLIC_BASE_URL=http://localhost:28180 server-config/wildfly/deploy-wildfly.sh
server-config/smoke-test.sh http://localhost:28180
"$WILDFLY_HOME/bin/jboss-cli.sh" --connect --controller=localhost:30090 --command=:shutdown >/dev/null
echo "deploy docs proven: Payara Server and WildFly on PostgreSQL"
