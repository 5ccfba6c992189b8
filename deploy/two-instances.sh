#!/usr/bin/env bash
# Two Alliance instances on one PostgreSQL behind HAProxy with sticky sessions, all on loopback: the set-up that
# FailoverIT tests, for trying it by hand or as the start of a real deployment.
#
#   ./mvn25 -DskipTests package                      # the production jar
#   eval "$(deploy/postgres-for-tests.sh)"           # or point SPRING_DATASOURCE_* at your own PostgreSQL
#   deploy/two-instances.sh                          # then open http://localhost:8080
#
# Settings (environment): SPRING_DATASOURCE_URL/USERNAME/PASSWORD (defaults: the test database that
# postgres-for-tests.sh prints), ALLIANCE_PORT (8080; the instances take the next two ports), JAVA_HOME (a JDK 25).
# Ctrl-C stops all three. Logs go to deploy/logs/.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="$(ls course-web/target/course-web-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
[ -n "$jar" ] || { echo "No jar under course-web/target: run ./mvn25 -DskipTests package first" >&2; exit 1; }
command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install -y haproxy" >&2; exit 1; }
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
[ -x "$java" ] || { echo "No JDK 25 at $java: set JAVA_HOME" >&2; exit 1; }

export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-postgres}"
export SPRING_DATASOURCE_URL="${SPRING_DATASOURCE_URL:-${ALLIANCE_TEST_POSTGRES_URL:-jdbc:postgresql://localhost:5432/alliance_test}}"
export SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-${ALLIANCE_TEST_POSTGRES_USER:-alliance_test}}"
export SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-${ALLIANCE_TEST_POSTGRES_PASSWORD:-alliance_test}}"
port="${ALLIANCE_PORT:-8080}"
export ALLIANCE_LB_BIND="127.0.0.1:$port" ALLIANCE_APP1="127.0.0.1:$((port + 1))" ALLIANCE_APP2="127.0.0.1:$((port + 2))"

mkdir -p deploy/logs
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
# Both start at once on purpose: start-up work (seeding courses and accounts) runs once, behind a database lock.
for n in 1 2; do
  "$java" -jar "$jar" --server.port=$((port + n)) >"deploy/logs/app$n.log" 2>&1 &
  pids+=($!)
done
haproxy -db -f deploy/haproxy.cfg >deploy/logs/haproxy.log 2>&1 &
pids+=($!)
echo "Alliance on http://localhost:$port (instances on $((port + 1)) and $((port + 2)); logs in deploy/logs/)"
wait -n "${pids[@]}"
