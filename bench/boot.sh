#!/usr/bin/env bash
# Boot time to first page and memory at idle, side by side in one run, on this machine.
#   bench/boot.sh [runs]      (default 3 runs per variant; results printed as a Markdown table)
# Variants: first start on an empty data directory (migrations + demo data), restart on existing data, and
# restart from a JDK AOT cache (JEP 483/514) trained on one start; each without and with Spring's build-time AOT
# code (the jar is built with -Paot, as ./run builds it; "+spring" variants start it with -Dspring.aot.enabled);
# and "first+cache": an empty data directory started with the cache that ./run records by a training run right
# after each build (scripts/train-aot.sh), i.e. what a user sees on the very first ./run. Whole-process figures: wall time from exec
# to the first 200 of GET /, and resident memory (VmRSS) of the JVM and of the embedded PostgreSQL after 20 s idle.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
RUNS="${1:-3}"
# VARIANTS="first+spring aot+spring" bench/boot.sh 3 measures only those (all seven by default)
VARIANTS="${VARIANTS:-first first+spring restart restart+spring aot aot+spring first+cache}"
want() { [[ " $VARIANTS " == *" $1 "* ]]; }
PORT=18080
WORK="$(mktemp -d /tmp/egov-bench.XXXX)"
JAR=target/egov-province.jar
if [ ! -f "$JAR" ] || ! grep -aq 'EgovApplication__ApplicationContextInitializer' "$JAR"; then
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -Paot package
fi
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null

now_ms() { date +%s%3N; }

pg_rss_kb() {
    local total=0 pid
    for pid in $(pgrep -f "postgres.*$1" || true); do
        total=$((total + $(awk '/VmRSS/ {print $2}' /proc/$pid/status 2>/dev/null || echo 0)))
    done
    echo "$total"
}

# run <data-dir> [extra JVM options...] -> prints "<ms-to-first-page> <jvm-rss-kb> <pg-rss-kb>"
run() {
    local data="$1"; shift
    local start pid ms
    start=$(now_ms)
    java "$@" -jar "$WORK/app/$(basename "$JAR")" --spring.profiles.active=demo --server.port=$PORT \
        --egov.database.embedded.data-directory="$data" --egov.demo.mailbox.enabled=false \
        >"$WORK/last.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://localhost:$PORT/"; do
        sleep 0.05
        if ! kill -0 $pid 2>/dev/null; then cat "$WORK/last.log" >&2; exit 1; fi
    done
    ms=$(( $(now_ms) - start ))
    sleep 20
    echo "$ms $(awk '/VmRSS/ {print $2}' /proc/$pid/status) $(pg_rss_kb "$data")"
    kill $pid; wait $pid 2>/dev/null || true
    while pgrep -f "postgres.*$data" >/dev/null; do sleep 0.2; done
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -A times jvm pg
# measure <variant> <data-dir> [JVM options...]
measure() {
    local v="$1" d="$2"; shift 2
    want "$v" || return 0
    # not read from a process substitution: that returns at the first line, while the platform is still stopping
    # (and may still answer the next variant's first request)
    run "$d" "$@" >"$WORK/result"
    read -r t j p <"$WORK/result"; times[$v]+="$t "; jvm[$v]+="$j "; pg[$v]+="$p "
}
SPRING=-Dspring.aot.enabled=true
for i in $(seq 1 "$RUNS"); do
    measure first "$WORK/data-fresh-$i"
    measure first+spring "$WORK/data-spring-$i" $SPRING
done
for i in $(seq 1 "$RUNS"); do
    measure restart "$WORK/data-fresh-1"
    measure restart+spring "$WORK/data-spring-1" $SPRING
done
if want aot; then run "$WORK/data-fresh-1" -XX:AOTCacheOutput="$WORK/app.aot" >/dev/null; fi
if want aot+spring || want first+cache; then scripts/train-aot.sh "$WORK/app/$(basename "$JAR")" "$WORK/spring.aot"; fi
if want aot+spring && [ ! -d "$WORK/data-spring-1" ]; then run "$WORK/data-spring-1" $SPRING >/dev/null; fi
for i in $(seq 1 "$RUNS"); do
    measure aot "$WORK/data-fresh-1" -XX:AOTCache="$WORK/app.aot"
    measure aot+spring "$WORK/data-spring-1" -XX:AOTCache="$WORK/spring.aot" $SPRING
    measure first+cache "$WORK/data-cache-$i" -XX:AOTCache="$WORK/spring.aot" $SPRING
done

# ratios against a plain restart, or against the first variant measured when that one was left out
first_v=${VARIANTS%% *}
base=$(echo ${times[restart]:-${times[$first_v]}} | tr ' ' '\n' | median)
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo
echo "| variant | first page (median of $RUNS) | vs $(want restart && echo restart || echo "$first_v") | JVM RSS at idle | PostgreSQL RSS at idle |"
echo "|---|---|---|---|---|"
for v in $VARIANTS; do
    t=$(echo ${times[$v]} | tr ' ' '\n' | median)
    j=$(echo ${jvm[$v]} | tr ' ' '\n' | median)
    p=$(echo ${pg[$v]} | tr ' ' '\n' | median)
    awk -v v="$v" -v t="$t" -v b="$base" -v j="$j" -v p="$p" \
        'BEGIN {printf "| %s | %.2f s | %.2f× | %d MiB | %d MiB |\n", v, t/1000, t/b, j/1024, p/1024}'
done
rm -rf "$WORK"
