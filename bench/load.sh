#!/usr/bin/env bash
# The load generator (bench/load): speaks Vaadin's protocol to a running app over loopback.
#   bench/load.sh --base http://localhost:8080/ --mode setup --students 2500     # accounts, through the register page
#   bench/load.sh --mode page --sessions 50 --rounds 20                          # course page, 50 sessions at once
#   bench/load.sh --mode signin --sessions 100 --rounds 5                        # simultaneous sign-ins
#   bench/load.sh --mode steps --steps 100,250,500,1000,+500,1500,2000           # the ramp and the burst
#   bench/load.sh --mode hold --students 200                                     # sessions mid-quiz (bench/memory.sh)
# Other options: --course, --quiz, --route, --expect-id, --user/--password (the bare app), --think-min/--think-max
# (seconds, 30/90), --ramp-seconds 60, --step-seconds 120, --burst-seconds 60, --csv FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/jdk25.sh
JAVA="$JAVA_HOME/bin/java"
if [[ ! -f bench/load/target/classpath.txt || -n "$(find bench/load/src bench/load/pom.xml -newer bench/load/target/classpath.txt)" ]]; then
    ./mvn25 -q -o -Pbench -pl bench/load -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile=target/classpath.txt -Dspotless.check.skip=true >&2
fi
exec "$JAVA" -Xmx"${LOAD_HEAP:-2g}" -cp "bench/load/target/classes:$(cat bench/load/target/classpath.txt)" \
    org.alliance.bench.load.LoadMain "$@"
