#!/usr/bin/env bash
# Memory per student, docs/performance.md "Memory per student". Vaadin's method: the live heap after a full GC with
# no one signed in, then with N students signed in, each mid-quiz with ten answers saved (bench/load.sh --mode hold:
# real sessions through Vaadin's protocol), and the difference divided by N. The live heap is the total of a class
# histogram, which the JVM takes after a full collection; the classes that grew most are the dominant objects of a
# session (divided by N: one session's share).
#
# Needs the production jar (./mvn25 -DskipTests package) and JDK 25.
# Usage: bench/memory.sh [-n STUDENTS (200)]
# Output: bench/target/memory-<time>/ (histograms, the app's log, summary.txt).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/deploy/jdk25.sh"
students=200
while [ $# -gt 0 ]; do
  case "$1" in
    -n) students="$2"; shift 2 ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
jar=$(ls "$root"/course-web/target/course-web-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
[ -f "$jar" ] || { echo "Build the jar first: ./mvn25 -DskipTests package" >&2; exit 1; }
out="$root/bench/target/memory-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out/data"
port=$((20000 + RANDOM % 40000))
base="http://localhost:$port/"
app=""
hold=""
cleanup() {
  [ -n "$hold" ] && kill "$hold" 2>/dev/null || true
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
}
trap cleanup EXIT

start_app() {
  ALLIANCE_DATA_DIR="$out/data" "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$port" >>"$out/app.log" 2>&1 &
  app=$!
  until curl -sf "${base}actuator/health/readiness" >/dev/null 2>&1; do sleep 0.5; done
}
live_heap() { # prints the live bytes after a full GC, keeps the histogram
  "$JAVA_HOME/bin/jcmd" "$app" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$app" GC.class_histogram >"$out/$1.histogram"
  awk '/^Total/ {print $3}' "$out/$1.histogram"
}

echo "Preparing $students accounts (registration and enrolment through the app's pages)..."
start_app
"$root/bench/load.sh" --base "$base" --mode setup --students "$students" >"$out/setup.log" 2>&1
# The set-up's own sessions must not count: start again on the same data, so no one is signed in.
kill "$app"; wait "$app" 2>/dev/null || true
start_app
# Warm-up: one student goes through the same steps first, so classes and caches are loaded before the baseline
# (its session stays, in both measurements, so the difference is still N sessions).
"$root/bench/load.sh" --base "$base" --mode hold --students 1 --hold-seconds 0 >"$out/warmup.log" 2>&1
sleep 2
before=$(live_heap none)
"$root/bench/load.sh" --base "$base" --mode hold --students "$students" >"$out/hold.log" 2>&1 &
hold=$!
until grep -q HOLDING "$out/hold.log" 2>/dev/null; do
  kill -0 "$hold" 2>/dev/null || { echo "the hold run failed:"; cat "$out/hold.log"; exit 1; }
  sleep 1
done
after=$(live_heap students)
{
  echo "live heap, warmed, no student signed in: $before bytes"
  echo "live heap, $students students mid-quiz:  $after bytes"
  awk -v a="$after" -v b="$before" -v n="$students" \
      'BEGIN { printf "per student: %.1f kB\n", (a - b) / n / 1024 }'
  echo
  echo "Dominant objects of one session (growth per student, bytes):"
  # Histogram rows: num: #instances #bytes class name
  awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; next }
       $1 ~ /^[0-9]+:$/ { d = $3 - before[$4]; if (d > 0) print d, $4 }' \
      "$out/none.histogram" "$out/students.histogram" | sort -rn | head -15 \
    | awk -v n="$students" '{ printf "  %8.0f  %s\n", $1 / n, $2 }'
} | tee "$out/summary.txt"
