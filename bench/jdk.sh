# Sourced by the bench scripts: JAVA is JDK 25's java, found as ./mvn25 finds it.
JAVA_HOME_25="${JAVA_HOME_25:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}"
if [[ -z "$JAVA_HOME_25" || ! -x "$JAVA_HOME_25/bin/java" ]]; then
    echo "JDK 25 not found under /usr/lib/jvm; set JAVA_HOME_25" >&2
    exit 1
fi
JAVA="$JAVA_HOME_25/bin/java"
JCMD="$JAVA_HOME_25/bin/jcmd"
