#!/usr/bin/env bash
# Records the JDK AOT cache (JEP 483/514) for one unpacked build of the platform, so that even the first start on
# an empty data directory loads its classes from the cache instead of the jar:
#   scripts/train-aot.sh <unpacked egov-province.jar> <cache file>
# The training run is a real start of the demo on a throw-away data directory: it waits for the first page and
# for readiness (demo province, catalogue, search index), opens a few public pages, then stops the platform; the
# JVM writes the cache as it exits. Sourced settings: JAVA_HOME from scripts/jdk.sh. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
jar="$1"
cache="$2"
work="$(mktemp -d /tmp/egov-aot-training.XXXX)"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    # the embedded PostgreSQL is stopped by the platform; wait for it to let go of the throw-away directory
    for _ in $(seq 1 100); do pgrep -f "postgres.*$work" >/dev/null || break; sleep 0.2; done
    rm -rf "$work"
}
trap cleanup EXIT

java -XX:AOTCacheOutput="$cache" -Xlog:aot=error,cds=error -Dspring.aot.enabled="${EGOV_SPRING_AOT:-true}" \
    -jar "$jar" --spring.profiles.active=demo --server.port=0 \
    --egov.database.embedded.data-directory="$work/postgres" --egov.files.directory="$work/files" \
    --egov.demo.mailbox.enabled=false >"$work/training.log" 2>&1 &
pid=$!

port=""
for _ in $(seq 1 1800); do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/training.log" >&2; exit 1; }
    port=$(sed -nE 's/.*Tomcat started on port ([0-9]+).*/\1/p' "$work/training.log" | head -1)
    if [ -n "$port" ] && curl -fs -o /dev/null "http://localhost:$port/actuator/health/readiness"; then
        break
    fi
    sleep 0.1
done
[ -n "$port" ] || { echo "the training run did not start" >&2; exit 1; }
base="http://localhost:$port"
# the demo catalogue is loaded after the first page can answer: train on the pages with it
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$base/api/v1/procedures/2.000488" && break
    sleep 0.1
done
# the pages a visitor opens first, so that the classes behind them are in the cache too
for page in / /procedures "/procedures?q=khai+sinh" /lookup /sign-in /register /api/v1/procedures/2.000488; do
    curl -fs -o /dev/null "$base$page" || true
done
kill "$pid"
wait "$pid" 2>/dev/null || true
pid=""
[ -f "$cache" ] || { echo "the JVM wrote no AOT cache" >&2; exit 1; }
