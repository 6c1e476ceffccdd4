# Sourced by ./run and ./run-tests: makes JAVA_HOME point at a JDK 25 or newer.
# A fresh machine may have an older default java (e.g. 17) and Temurin 25 under /usr/lib/jvm.
java_major() {
    "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 25 ]; then
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*25* /usr/lib/jvm/temurin-2[6-9]* /opt/java/openjdk; do
        if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 25 ]; then
            JAVA_HOME="$candidate"
            break
        fi
    done
    if [ -z "$JAVA_HOME" ] && command -v java >/dev/null 2>&1; then
        default_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
        if [ "$(java_major "$default_home")" -ge 25 ]; then
            JAVA_HOME="$default_home"
        fi
    fi
    if [ -z "$JAVA_HOME" ]; then
        echo "egov-province needs a JDK 25 or newer. Install one (e.g. Temurin 25) and set JAVA_HOME." >&2
        exit 1
    fi
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
