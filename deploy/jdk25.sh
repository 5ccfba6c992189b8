# Sourced by deploy/aot-cache.sh and bench/startup.sh: sets JAVA_HOME to a JDK 25 or newer, found the way ./mvn25
# finds one (JAVA_HOME when it is 25+, then macOS's java_home, then the usual Linux places), or fails.
jdk25_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p'; }
jdk25_ok() { [ -x "$1/bin/java" ] && [ "$(jdk25_major "$1")" -ge 25 ] 2>/dev/null; }

if [ -z "${JAVA_HOME:-}" ] || ! jdk25_ok "$JAVA_HOME"; then
  JAVA_HOME=""
  if [ -x /usr/libexec/java_home ]; then
    candidate=$(/usr/libexec/java_home -v 25+ 2>/dev/null) && jdk25_ok "$candidate" && JAVA_HOME="$candidate"
  fi
  if [ -z "$JAVA_HOME" ]; then
    for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*25* /usr/lib/jvm/*; do
      if jdk25_ok "$candidate"; then
        JAVA_HOME="$candidate"; break
      fi
    done
  fi
  if [ -z "$JAVA_HOME" ]; then
    echo "No JDK 25 found (JAVA_HOME, /usr/libexec/java_home, /usr/lib/jvm). Install one or set JAVA_HOME." >&2
    exit 1
  fi
fi
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
