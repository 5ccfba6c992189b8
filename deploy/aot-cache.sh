#!/usr/bin/env bash
# The deploy default (README, "Deploy"): build the jar, extract it, and write a JDK 25 AOT cache (JEP 483/514) from
# a training run that starts the app, signs in once and opens the catalogue, then stops it cleanly; prints the
# production command. This is Spring Boot's documented path (extract with -Djarmode=tools, train with
# -XX:AOTCacheOutput, run with -XX:AOTCache from the extracted folder), with a sign-in in the training run so that
# the classes of the web, security and Vaadin requests are cached too, not only those of the start-up.
#
#   deploy/aot-cache.sh                        # ./mvn25 -DskipTests package, extract and train into ./aot-app
#   deploy/aot-cache.sh --no-build --jar course-web/target/course-web-0.1.0-SNAPSHOT.jar --dest /opt/alliance/app
#
# Options:
#   --no-build           use the jar as it is (default: build it first with ./mvn25 -DskipTests package)
#   --jar JAR            the Spring Boot jar (default: course-web's)
#   --dest DIR           where the extracted app and app.aot go (default: aot-app); a former extraction is replaced
#   --user, --password   who the training run signs in as (default: the demo student). The training run has its
#                        own throwaway database (ALLIANCE_DATA_DIR in a temporary folder), never the production one.
#   --on-refresh         Spring Boot's documented short training instead: stop once the context has refreshed
#                        (-Dspring.context.exit=onRefresh), no web server, no sign-in
# A cache belongs to its jar and its JDK: train again after every build and every JDK update. Needs JDK 25 (found
# as ./mvn25 finds it) and curl.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/deploy/jdk25.sh"

build=true jar="" dest="aot-app" user="student" password="tide-pools-at-dawn" on_refresh=false
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false; shift ;;
    --jar) jar="$2"; shift 2 ;;
    --dest) dest="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    --password) password="$2"; shift 2 ;;
    --on-refresh) on_refresh=true; shift ;;
    *) echo "Unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

if $build; then
  (cd "$root" && ./mvn25 -B -q -DskipTests package)
fi
if [ -z "$jar" ]; then
  jar=$(ls "$root"/course-web/target/course-web-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
fi
[ -f "$jar" ] || { echo "No jar at '$jar': build it, or pass --jar" >&2; exit 1; }
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

# Replace a former extraction, and only what extraction and training wrote: anything else in the folder (a data
# directory above all) stays. A non-empty folder that holds no former extraction is refused.
if [ -e "$dest" ] && [ -n "$(ls -A "$dest")" ]; then
  [ -d "$dest/lib" ] || { echo "$dest is not empty and holds no extracted app; choose another --dest" >&2; exit 1; }
  rm -rf "${dest:?}/lib" "$dest/app.aot" "$dest/training.log"
  rm -f "$dest"/*.jar
fi
"$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dest" --force >/dev/null
dest="$(cd "$dest" && pwd)"
app="$(basename "$jar")"
echo "Extracted $app into $dest"

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

train_with_sign_in() {
  local port data base jar_cookies pid status token location
  port=$(free_port)
  data=$(mktemp -d)
  base="http://127.0.0.1:$port"
  jar_cookies="$data/cookies"
  (cd "$dest" && ALLIANCE_DATA_DIR="$data" BARE_DATA_DIR="$data" exec "$JAVA" -XX:AOTCacheOutput=app.aot \
      -jar "$app" --server.port="$port") >"$dest/training.log" 2>&1 &
  pid=$!
  # An interrupted or failed training run leaves no app running behind it.
  trap 'kill "${pid:-}" 2>/dev/null || true' EXIT
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { echo "The training run exited early; see $dest/training.log" >&2; exit 1; }
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/login" || true)
    [ "$status" = 200 ] && break
    sleep 0.5
  done
  [ "$status" = 200 ] || { kill "$pid"; echo "No 200 on /login; see $dest/training.log" >&2; exit 1; }
  # Alliance answers /login before its start-up work (demo accounts, bundled courses) is done; its readiness probe
  # says when it is. An app without the probe (any answer but 503) is taken as ready.
  for _ in $(seq 1 600); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness" || true)
    [ "$status" != 503 ] && [ "$status" != 000 ] && break
    sleep 0.5
  done
  # Sign in as the login form does: the page's CSRF token (its _csrf meta tag) with the name and password.
  token=$(curl -s -b "$jar_cookies" -c "$jar_cookies" "$base/login" \
      | sed -n 's/.*<meta name="_csrf" content="\([^"]*\)".*/\1/p')
  location=$(curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null -w '%{redirect_url}' \
      --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
      "$base/login")
  case "$location" in
    *error*|"") kill "$pid"; echo "The training sign-in as $user was refused" >&2; exit 1 ;;
  esac
  # The signed-in catalogue page and the request that creates its Vaadin UI.
  curl -s -b "$jar_cookies" -o /dev/null "$base/courses"
  curl -s -b "$jar_cookies" -o /dev/null "$base/?v-r=init&location=courses&query="
  # SIGTERM: Spring stops gracefully and the JVM writes the cache as it exits.
  kill -TERM "$pid"
  wait "$pid" || true
  trap - EXIT
  rm -rf "$data"
}

train_on_refresh() {
  local data
  data=$(mktemp -d)
  (cd "$dest" && ALLIANCE_DATA_DIR="$data" BARE_DATA_DIR="$data" exec "$JAVA" -XX:AOTCacheOutput=app.aot \
      -Dspring.context.exit=onRefresh -jar "$app") >"$dest/training.log" 2>&1 || true
  rm -rf "$data"
}

echo "Training run (log: $dest/training.log)"
if $on_refresh; then train_on_refresh; else train_with_sign_in; fi
[ -s "$dest/app.aot" ] || { echo "No AOT cache was written; see $dest/training.log" >&2; exit 1; }
echo "Wrote $dest/app.aot ($(du -h "$dest/app.aot" | cut -f1))"
echo
# The cache checks the class path as trained (the jar named relative to the folder), so the app runs from the
# extracted folder; the data directory is named outright, so that it is the one a plain `java -jar` run from here
# uses (./data), not a new one inside the extracted folder.
echo "Run it from the extracted folder (the cache fits that form only; keep your data directory's path):"
case "$app" in
  course-web-*) echo "  cd $dest && ALLIANCE_DATA_DIR=$PWD/data $JAVA -XX:AOTCache=app.aot -jar $app --spring.profiles.active=prod" ;;
  *) echo "  cd $dest && $JAVA -XX:AOTCache=app.aot -jar $app" ;;
esac
