#!/usr/bin/env bash
# Installs (from Debian's packages: 15 on Debian 12, whatever the release ships elsewhere) and starts a local
# PostgreSQL on 127.0.0.1:5432, then creates the
# tracker's role and database. Idempotent: safe to run again on a machine where all of it is done.
# For development and CI only; see docs/deploy-payara.md. Needs root (apt-get, su postgres).
#
#   setup-local.sh           keep the database if it exists
#   setup-local.sh --fresh   drop and recreate it (the migrations then run from V1 at the next start)
#
#   TRACKER_DB_NAME      database name   (default: tracker)
#   TRACKER_DB_USER      role name       (default: tracker)
#   TRACKER_DB_PASSWORD  role password   (required; the same value the server is started with)
set -euo pipefail

db=${TRACKER_DB_NAME:-tracker}
user=${TRACKER_DB_USER:-tracker}
password=${TRACKER_DB_PASSWORD:?set TRACKER_DB_PASSWORD}
fresh=false
[ "${1:-}" = --fresh ] && fresh=true

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /etc/postgresql 2>/dev/null)" ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi
# The release's own major version (the only cluster Debian's package creates).
version=$(ls /etc/postgresql | sort -V | tail -1)

# Debian's cluster listens on localhost only (listen_addresses default), port 5432.
if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
    pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

# SQL goes in on standard input, so no value passes through a shell command line.
psql_admin() {
    su postgres -c "psql -X -v ON_ERROR_STOP=1 -qAt" <<<"$1"
}
# Role and database names are plain identifiers; the password is a literal with its quotes doubled.
quoted_password=${password//\'/\'\'}
if [ "$(psql_admin "select 1 from pg_roles where rolname = '$user'")" != 1 ]; then
    psql_admin "create role $user login password '$quoted_password'"
else
    psql_admin "alter role $user login password '$quoted_password'"
fi
if $fresh; then
    psql_admin "drop database if exists $db with (force)"
fi
if [ "$(psql_admin "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    psql_admin "create database $db owner $user"
fi
echo "PostgreSQL ready: postgresql://$user@127.0.0.1:5432/$db"
