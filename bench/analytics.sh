#!/usr/bin/env bash
# Analytics at scale (issue 15, docs/performance.md): N students × 60 quiz items × 2 attempts in one course,
# then, warm, median of RUNS: the gradebook's first page, the item analysis, the whole gradebook as CSV and the
# gradebook page round trip in headless Chromium.
#
#   bench/analytics.sh [h2|postgres]
#
# Environment: STUDENTS (10000), RUNS (10), WARMUPS (3), PAGE (true: also the Chromium round trip), HEAP (2g),
# OFFLINE (-o; empty to let Maven download). The data is generated once per size and kept: H2 in
# course-web/target/bench-analytics/h2-<N>/, PostgreSQL in the database alliance_analytics_<N> beside the
# tests' (deploy/postgres-for-tests.sh is run when ALLIANCE_TEST_POSTGRES_URL is not set). Never part of the
# test run.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-h2}"
case "$db" in h2 | postgres) ;; *) echo "usage: bench/analytics.sh [h2|postgres]" >&2; exit 2 ;; esac

if [ "$db" = postgres ] && [ -z "${ALLIANCE_TEST_POSTGRES_URL:-}" ]; then
  eval "$(deploy/postgres-for-tests.sh)"
fi

# Compiles the benchmark sources (src/bench/java, profile bench) and writes course-web's test classpath.
./mvn25 ${OFFLINE--o} -B -q -Pbench -pl course-web -am -DskipTests -Dspotless.check.skip=true \
  test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

java=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
      && [ "$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/ *java.specification.version = //p')" -ge 25 ] 2>/dev/null; then
    java="$candidate/bin/java"; break
  fi
done
[ -n "$java" ] || { echo "analytics.sh: no JDK 25 found" >&2; exit 1; }

cd course-web
exec "$java" ${JAVA_OPTS:-} -Xmx"${HEAP:-2g}" -XX:+UseG1GC \
  -Dbench.students="${STUDENTS:-10000}" -Dbench.runs="${RUNS:-10}" -Dbench.warmups="${WARMUPS:-3}" \
  -Dbench.page="${PAGE:-true}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.alliance.web.bench.analytics.AnalyticsBench "$db"
