#!/usr/bin/env bash
# From an unzipped Payara Server 6 to a running tracker: a domain of its own, PostgreSQL when
# TRACKER_DB_HOST is set (else the embedded H2 default database), the app's environment, the WAR at "/".
# docs/deploy-payara.md walks through the same steps; CI runs this script.
#
# Environment: PAYARA_HOME (the unzipped payara6 directory), WAR (path to delivery-tracker.war),
# DOMAIN (default tracker), PORTBASE (default 28000: admin 28048, HTTP 28080),
# TRACKER_DB_HOST/PORT/NAME/USER/PASSWORD and POSTGRES_JDBC_JAR for PostgreSQL, and every setting of
# docs/configuration.md (TWILIO_*, PUBLIC_BASE_URL, API_KEYS...), which the server inherits.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${PAYARA_HOME:?set PAYARA_HOME to the unzipped payara6 directory}"
: "${WAR:?set WAR to delivery-tracker.war}"
DOMAIN=${DOMAIN:-tracker}
PORTBASE=${PORTBASE:-28000}
ADMIN_PORT=$((PORTBASE + 48))
asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" "$@"; }

if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    "$PAYARA_HOME/bin/asadmin" create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN"
fi
if [ -n "${TRACKER_DB_HOST:-}" ]; then
    : "${POSTGRES_JDBC_JAR:?set POSTGRES_JDBC_JAR to postgresql-42.x.jar}"
    cp "$POSTGRES_JDBC_JAR" "$PAYARA_HOME/glassfish/domains/$DOMAIN/lib/"
fi
"$PAYARA_HOME/bin/asadmin" start-domain "$DOMAIN"
if [ -n "${TRACKER_DB_HOST:-}" ]; then
    asadmin multimode --file "$here/postgres.asadmin"
    asadmin restart-domain "$DOMAIN"
fi
asadmin deploy --force --contextroot / --name delivery-tracker "$WAR"
echo "Delivery Tracker deployed on Payara Server domain $DOMAIN: http://localhost:$((PORTBASE + 80))/"
