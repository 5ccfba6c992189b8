#!/usr/bin/env bash
# The course page and sign-in under concurrency, Alliance beside the bare reference app in one run
# (docs/performance.md "Course page and sign-in"). Both apps run from their production jars on this machine with the
# load generator (bench/load.sh); each page open is what a browser does: the page, Vaadin's init request and the
# navigation event, from a signed-in session. Rounds alternate between the apps; the script prints every round and
# the medians of the rounds' p50 and p95.
#
# Build first: ./mvn25 -DskipTests package && ./mvn25 -Pbench -pl bench/bare-app,bench/probe,bench/load -am -DskipTests package
# Usage: bench/pages.sh [-r ROUNDS (3)] [--before OTHER_ALLIANCE_JAR]   (--before: a second Alliance jar, e.g. main's
# before a change, measured in the same rounds)
# Output: bench/target/pages-<time>/ (results.csv and the apps' logs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/deploy/jdk25.sh"
rounds=3 before=""
while [ $# -gt 0 ]; do
  case "$1" in
    -r) rounds="$2"; shift 2 ;;
    --before) before="$2"; shift 2 ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
alliance=$(ls "$root"/course-web/target/course-web-*.jar | grep -v '\.original$' | head -1)
bare="$root/bench/bare-app/target/bare-app.jar"
out="$root/bench/target/pages-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

start() { # name jar port env...
  local name=$1 jar=$2 port=$3; shift 3
  mkdir -p "$out/$name-data"
  env "$@" "$JAVA_HOME/bin/java" -Xmx2g -jar "$jar" --server.port="$port" >"$out/$name.log" 2>&1 &
  pids+=($!)
  until curl -sf -o /dev/null "http://localhost:$port/login"; do sleep 0.5; done
}
start alliance "$alliance" 18081 ALLIANCE_DATA_DIR="$out/alliance-data"
start bare "$bare" 18082 BARE_DATA_DIR="$out/bare-data"
apps=(alliance:18081)
[ -n "$before" ] && { start before "$before" 18083 ALLIANCE_DATA_DIR="$out/before-data"; apps+=(before:18083); }
sleep 5 # Alliance's start-up work (demo accounts, bundled courses) ends just after /login answers
for app in "${apps[@]}"; do
  "$root/bench/load.sh" --base "http://localhost:${app#*:}/" --mode setup --students 100 >"$out/setup-${app%%:*}.log"
done
apps+=(bare:18082)

load() { # app port label args...
  local name=$1 port=$2 label=$3; shift 3
  local extra=(--expect-id continue-link)
  [ "$name" = bare ] && extra=(--route courses --expect-id item-1 --user student --password tide-pools-at-dawn)
  "$root/bench/load.sh" --base "http://localhost:$port/" "$@" "${extra[@]}" --csv "$out/$name-$label.csv" \
      | sed "s/^/$name $label: /"
}
for r in $(seq 1 "$rounds"); do
  for app in "${apps[@]}"; do
    name=${app%%:*} port=${app#*:}
    load "$name" "$port" page-1 --mode page --sessions 1 --rounds 100 | grep -E '^[a-z]+ page-1: page '
    load "$name" "$port" page-50 --mode page --sessions 50 --rounds 10 | grep -E '^[a-z]+ page-50: page '
    if [ "$name" != bare ]; then
      load "$name" "$port" signin-50 --mode signin --sessions 50 --rounds 2 | grep -E 'sign-in '
      load "$name" "$port" signin-100 --mode signin --sessions 100 --rounds 2 | grep -E 'sign-in '
    else
      load "$name" "$port" signin-50 --mode signin --sessions 50 --rounds 2 --user student --password tide-pools-at-dawn \
          | grep -E 'sign-in '
    fi
  done
done
echo
echo "Medians over the rounds (p50 / p95 ms; CSV columns: phase,action,count,errors,p50,p95,p99,max):"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for f in "$out"/*.csv; do
  printf "  %-22s p50 %8s   p95 %8s   errors %s   (%s rounds)\n" "$(basename "$f" .csv)" \
      "$(cut -d, -f5 "$f" | median)" "$(cut -d, -f6 "$f" | median)" \
      "$(awk -F, '{ e += $4 } END { print e }' "$f")" "$(wc -l <"$f")"
done | tee "$out/summary.txt"
