#!/usr/bin/env bash
# Concurrent students, docs/performance.md "Concurrent students": the production jar on H2 and the load generator
# (bench/load.sh, Vaadin's protocol) on this machine. Students join in steps and each keeps working: sign in, open
# the course, open a quiz and start it, save ten answers with 30-90 s think time, submit, back to the course page,
# again; a burst of 500 new students starts the same quiz within 60 s while the 1,000 keep working. Every step
# reports p50/p95/p99 per action.
#
# Build first: ./mvn25 -DskipTests package
# Usage: bench/ramp.sh [--steps 100,250,500,1000,+500,1500,2000] [--step-seconds 90] [--ramp-seconds 60] [--heap 3g]
# The accounts (one per student, registered through the app's register page) are kept in bench/target/ramp-data
# between runs, so only the first run spends minutes creating them. Output: bench/target/ramp-<time>/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/deploy/jdk25.sh"
steps="100,250,500,1000,+500,1500,2000" step_seconds=90 ramp_seconds=60 heap=3g
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) steps="$2"; shift 2 ;;
    --step-seconds) step_seconds="$2"; shift 2 ;;
    --ramp-seconds) ramp_seconds="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
jar=$(ls "$root"/course-web/target/course-web-*.jar | grep -v '\.original$' | head -1)
students=$(echo "$steps" | tr ',' '\n' | awk '/^\+/ { burst += substr($0, 2) } !/^\+/ { if ($0 > top) top = $0 } END { print (top > burst ? top : burst) + burst }')
data="$root/bench/target/ramp-data"
out="$root/bench/target/ramp-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$data" "$out"
port=$((20000 + RANDOM % 40000))
base="http://localhost:$port/"
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null' EXIT
start_app() {
  ALLIANCE_DATA_DIR="$data" "$JAVA_HOME/bin/java" -Xmx"$heap" -jar "$jar" --server.port="$port" >>"$out/app.log" 2>&1 &
  app=$!
  until curl -sf "${base}actuator/health/readiness" >/dev/null 2>&1; do sleep 0.5; done
}
start_app
if [ "$(cat "$data/accounts-ready" 2>/dev/null || echo 0)" -lt "$students" ]; then
  echo "Preparing $students accounts (kept in $data)..."
  "$root/bench/load.sh" --base "$base" --mode setup --students "$students" --setup-threads 3 | tail -1
  echo "$students" >"$data/accounts-ready"
fi
# The set-up's sessions must not count: start again, no one signed in.
kill "$app"; wait "$app" 2>/dev/null || true
start_app
"$root/bench/load.sh" --base "$base" --mode steps --steps "$steps" --step-seconds "$step_seconds" \
    --ramp-seconds "$ramp_seconds" --csv "$out/steps.csv" | tee "$out/steps.txt"
