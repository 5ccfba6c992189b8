#!/usr/bin/env bash
# Start-up of Alliance beside the bare reference app (bench/bare-app), docs/performance.md "Start-up". For each app
# and each mode, fat jar (java -jar) and extracted jar + JDK 25 AOT cache (trained by deploy/aot-cache.sh, as the
# README's deploy command), N runs of bench/probe: headless Chromium starts first (not counted), then the app; from
# process start it times (1) the first HTTP 200 on /login and (2) the first signed-in /courses page that shows every
# catalogue title (Alliance: the bundled courses' titles, as the demo student; bare app: its 30 items). Each run has a
# fresh data directory and a free port, and the app is stopped after it. Prints the medians and Alliance/bare.
#
# It builds nothing unless --build is given; the build it needs is:
#   ./mvn25 -B -DskipTests package && ./mvn25 -B -Pbench -pl bench/bare-app,bench/probe -am -DskipTests package
#
# Usage: bench/startup.sh [-n RUNS (5)] [--build] [--modes fat,aot] [--on-refresh]
# --on-refresh trains the caches the short way Spring Boot documents (stop at context refresh, no sign-in) instead of
# deploy/aot-cache.sh's default training with a sign-in, to compare the two.
# Output and every app's log: bench/target/startup-<time>/ (results.tsv: app, mode, run, login_ms, catalogue_ms,
# ready_ms: when the readiness probe first said ready, Alliance's start-up work done; the bare app has no probe).
# Needs JDK 25 (found as ./mvn25 finds it), curl, and Debian's chromium and chromium-driver.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/deploy/jdk25.sh"

runs=5 build=false modes="fat,aot" training=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) runs="$2"; shift 2 ;;
    --build) build=true; shift ;;
    --modes) modes="$2"; shift 2 ;;
    --on-refresh) training=(--on-refresh); shift ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

if $build; then
  (cd "$root" && ./mvn25 -B -q -DskipTests package \
      && ./mvn25 -B -q -Pbench -pl bench/bare-app,bench/probe -am -DskipTests package)
fi
alliance_jar=$(ls "$root"/course-web/target/course-web-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
bare_jar="$root/bench/bare-app/target/bare-app.jar"
probe_jar="$root/bench/probe/target/startup-probe.jar"
for f in "$alliance_jar" "$bare_jar" "$probe_jar"; do
  [ -f "$f" ] || { echo "Missing '$f': build first (see the top of $0) or pass --build" >&2; exit 1; }
done

out="$root/bench/target/startup-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
printf 'app\tmode\trun\tlogin_ms\tcatalogue_ms\tready_ms\n' >"$out/results.tsv"

# What each app's catalogue must show: Alliance's bundled course titles, read from content/; the bare app's items.
alliance_expect=()
while IFS= read -r title; do
  alliance_expect+=(--expect "$title")
done < <(sed -n 's/^title: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' "$root"/content/courses/*/course.yaml)
bare_expect=()
for i in $(seq -w 1 30); do bare_expect+=(--expect "Course $i"); done

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# The AOT caches, trained once per app before any run is timed (deploy/aot-cache.sh, not counted).
if [[ ",$modes," == *",aot,"* ]]; then
  for app in alliance bare; do
    jar_var="${app}_jar"
    echo "Training the AOT cache of $app"
    "$root/deploy/aot-cache.sh" --no-build --jar "${!jar_var}" --dest "$out/$app-aot" "${training[@]}" \
      >"$out/$app-aot-training.out"
  done
fi

# One timed run: prints "login_ms catalogue_ms ready_ms".
measure() {
  local app="$1" mode="$2" run="$3" port data jar dir expect_var cmd line
  port=$(free_port)
  data="$out/data-$app-$mode-$run"
  mkdir -p "$data"
  jar_var="${app}_jar"
  jar="${!jar_var}"
  if [ "$mode" = fat ]; then
    dir="$data"
    cmd=("$JAVA" -jar "$jar")
  else
    # -XX:AOTMode=on: refuse to start, rather than run uncached, if the cache does not fit this jar and JDK.
    dir="$out/$app-aot"
    cmd=("$JAVA" -XX:AOTMode=on -XX:AOTCache=app.aot -jar "$(basename "$jar")")
  fi
  expect_var="${app}_expect[@]"
  line=$("$JAVA" -jar "$probe_jar" --port "$port" --log "$out/$app-$mode-$run.log" --dir "$dir" \
      --env "ALLIANCE_DATA_DIR=$data" --env "BARE_DATA_DIR=$data" \
      --user student --password tide-pools-at-dawn "${!expect_var}" \
      -- "${cmd[@]}" --server.port="$port" 2>"$out/$app-$mode-$run.probe.err" | grep '^login_ms=') \
    || { echo "Run failed: $app $mode $run; see $out/$app-$mode-$run.log and .probe.err" >&2; exit 1; }
  rm -rf "$data"
  echo "$line" | sed 's/login_ms=\([0-9]*\) catalogue_ms=\([0-9]*\) ready_ms=\([0-9]*\)/\1 \2 \3/'
}

# Interleaved, so that whatever else the machine does falls on both apps alike.
for run in $(seq 1 "$runs"); do
  for mode in ${modes//,/ }; do
    for app in alliance bare; do
      read -r login catalogue ready < <(measure "$app" "$mode" "$run") || true
      [ -n "${ready:-}" ] || exit 1
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$app" "$mode" "$run" "$login" "$catalogue" "$ready" \
        | tee -a "$out/results.tsv"
    done
  done
done

median() { # app mode column
  awk -F'\t' -v a="$1" -v m="$2" -v c="$3" 'NR > 1 && $1 == a && $2 == m { print $c }' "$out/results.tsv" \
    | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

echo
echo "Medians of $runs runs, $(date -u +%Y-%m-%d), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)"
echo
echo "| figure | Alliance | bare app | Alliance/bare |"
echo "| --- | --- | --- | --- |"
for mode in ${modes//,/ }; do
  label=$([ "$mode" = fat ] && echo "fat jar" || echo "extracted jar + AOT cache")
  for column in 4 5; do
    figure=$([ "$column" = 4 ] && echo "start to first 200 on /login" || echo "start to signed-in catalogue")
    a=$(median alliance "$mode" "$column")
    b=$(median bare "$mode" "$column")
    awk -v f="$figure, $label" -v a="$a" -v b="$b" \
      'BEGIN { printf "| %s | %.1f s | %.1f s | %.2f |\n", f, a / 1000, b / 1000, a / b }'
  done
done
echo
echo "Runs and logs: $out"
