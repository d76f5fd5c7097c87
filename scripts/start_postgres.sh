#!/usr/bin/env bash
# start_postgres.sh: a local PostgreSQL server for the PincitePostgres tests (and for
# trying `pincite batch --postgres`). On Debian it installs `postgresql` when missing,
# starts the distribution's cluster (PostgreSQL refuses to run as root, so through
# pg_ctlcluster, which switches to the `postgres` user), creates the role `pincite`
# (password `pincite`) and the database `pincite_test`, and prints the URL to use —
# only the URL goes to stdout, progress goes to stderr — so that CI can do
#   export PINCITE_TEST_POSTGRES_URL="$(bash scripts/start_postgres.sh)"
# Idempotent: a second run finds everything in place and prints the same URL.
set -euo pipefail

ROLE=${PINCITE_PG_ROLE:-pincite}
PASSWORD=${PINCITE_PG_PASSWORD:-pincite}
DATABASE=${PINCITE_PG_DATABASE:-pincite_test}
log() { echo "start_postgres: $*" >&2; }
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

# 1. the server packages
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y --no-install-recommends postgresql >&2 \
        || { $SUDO apt-get update >&2 && $SUDO apt-get install -y --no-install-recommends postgresql >&2; }
fi

# 2. a cluster: the first one pg_lsclusters lists, or a new "main" of the newest version
read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters -h | head -n 1) || true
if [ -z "${VERSION:-}" ]; then
    VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    CLUSTER=main
    log "creating cluster $VERSION/$CLUSTER"
    $SUDO pg_createcluster "$VERSION" "$CLUSTER" >&2
    read -r VERSION CLUSTER PORT STATUS _ < <(pg_lsclusters -h | head -n 1)
fi
if [ "$STATUS" != online ]; then
    log "starting cluster $VERSION/$CLUSTER on port $PORT"
    $SUDO pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2 || { log "the server on port $PORT does not answer"; exit 1; }

# 3. role and database for the tests (as the postgres superuser, over its unix socket)
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
psql_admin() { as_postgres psql -X -q -p "$PORT" -v ON_ERROR_STOP=1 "$@" >&2; }
psql_admin -d postgres -v role="$ROLE" -v password="$PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'role', :'password') \gexec
SQL
psql_admin -d postgres -v role="$ROLE" -v db="$DATABASE" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'role', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL

URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
log "ready: $URL"
echo "$URL"
