#!/usr/bin/env bash
# Makes a local PostgreSQL ready for Alliance's tests, in one command and safe to run again: installs Debian's
# postgresql when missing, creates and starts a cluster, creates the test role (allowed to create databases, so
# each test run gets a fresh one) and its database, and prints the environment the tests read.
# Run as root, or as a user with sudo. PostgreSQL's initdb refuses root, so the cluster is run by the
# "postgres" user through Debian's cluster tools.
set -euo pipefail

# Only the final environment goes to standard output, because callers eval it: everything the tools print on the
# way (pg_ctlcluster says "Removed stale pid file." after an unclean stop, for one) goes to standard error, by
# running the preparation with its standard output sent there. (Not through a saved copy of standard output: the
# server started below would inherit that copy and keep "$(...)" of a caller waiting for ever.)
prepare() {

role="${ALLIANCE_TEST_POSTGRES_USER:-alliance_test}"
password="${ALLIANCE_TEST_POSTGRES_PASSWORD:-alliance_test}"
database="${ALLIANCE_TEST_POSTGRES_DB:-alliance_test}"

if [ "$(id -u)" -eq 0 ]; then as_root=(); else as_root=(sudo); fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "Installing Debian's postgresql" >&2
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed server version, and its first cluster (created when there is none).
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster="$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v { print $2; exit }')"
if [ -z "$cluster" ]; then
  cluster=main
  "${as_root[@]}" pg_createcluster "$version" "$cluster" >/dev/null
fi
if ! pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $4 }' \
    | grep -q online; then
  "${as_root[@]}" pg_ctlcluster "$version" "$cluster" start
fi
port="$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c { print $3 }')"

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}
psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }

# Wait until the server takes connections (a fresh start can take a moment).
for _ in $(seq 1 30); do
  if as_postgres pg_isready -q -p "$port"; then break; fi
  sleep 1
done

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  psql_admin -c "CREATE ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password'"
else
  psql_admin -c "ALTER ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$role\""
fi

}
prepare >&2

cat <<ENV
export ALLIANCE_TEST_POSTGRES_URL=jdbc:postgresql://localhost:$port/$database
export ALLIANCE_TEST_POSTGRES_USER=$role
export ALLIANCE_TEST_POSTGRES_PASSWORD=$password
ENV
