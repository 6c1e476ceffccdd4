#!/usr/bin/env bash
# The one-stop shop's benchmarks, side by side in one run (issue 13; results in docs/benchmarks.md):
#   1. online submissions through the API (OAuth2 client credentials, each with its own Idempotency-Key and one
#      200 KB PDF) per second, beside pgbench's TPC-B on the same embedded PostgreSQL;
#   2. public status lookups (GET /api/v1/dossiers/{code}/status of the codes just submitted) per second, beside
#      the same application's /actuator/health/liveness, at the same concurrency;
#   3. an official's inbox (DossierQueries.inbox: 200 held and 200 pool rows, from the work lists) with N open dossiers in their agency.
# Builds the jar if missing, starts the platform (demo profile, embedded PostgreSQL in a throw-away directory under
# /tmp, free ports), runs the load (bench/LoadGen.java), stops it, runs the inbox harness (bench/InboxLatency.java:
# the platform in-process on the same data), removes everything and prints a Markdown table.
#   bench/one-stop.sh
# Settings (environment): SUBMIT_CLIENTS (16), READ_CLIENTS (8), WARMUP seconds (15), WINDOW seconds (30),
# PGBENCH_SECONDS (20), INBOX_DOSSIERS (100000), INBOX_CALLS (200).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
SUBMIT_CLIENTS="${SUBMIT_CLIENTS:-16}"
READ_CLIENTS="${READ_CLIENTS:-8}"
WARMUP="${WARMUP:-15}"
WINDOW="${WINDOW:-30}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-20}"
INBOX_DOSSIERS="${INBOX_DOSSIERS:-100000}"
INBOX_CALLS="${INBOX_CALLS:-200}"

# pgbench: on the PATH, else a Debian PostgreSQL's, else installed (Debian ships it with the server package)
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
if [ -z "$pgbench" ]; then
    echo "pgbench is missing: installing Debian's postgresql-contrib (it brings pgbench and psql)" >&2
    if [ "$(id -u)" = 0 ]; then apt-get install -y -q postgresql-contrib >&2; else sudo apt-get install -y -q postgresql-contrib >&2; fi
    pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)
fi
psql=$(command -v psql || echo "$(dirname "$pgbench")/psql")

JAR="${JAR:-target/egov-province.jar}"  # JAR=/path/to/other.jar bench/one-stop.sh measures another build
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package

work="$(mktemp -d /tmp/egov-onestop.XXXX)"
pid=""
stop_app() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    pid=""
    # the embedded PostgreSQL is stopped by the platform; wait for it to let go of the data directory
    for _ in $(seq 1 100); do pgrep -f "postgres.*$work" >/dev/null || break; sleep 0.2; done
}
trap 'stop_app; rm -rf "$work"' EXIT

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
    done
}
http_port=$(free_port)
db_port=$(free_port)
while [ "$db_port" = "$http_port" ]; do db_port=$(free_port); done
base="http://localhost:$http_port"

java -Djarmode=tools -jar "$JAR" extract --destination "$work/app" >/dev/null
platform=(--spring.profiles.active=demo
    --egov.database.embedded.data-directory="$work/data/postgres" --egov.database.embedded.port="$db_port"
    --egov.files.directory="$work/data/files" --egov.demo.mailbox.enabled=false
    --egov.demo.dossiers=false --egov.dossier.lookups-per-minute=1000000000)

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Starting the platform on port $http_port (embedded PostgreSQL on $db_port, data in $work)..." >&2
java -jar "$work/app/$(basename "$JAR")" "${platform[@]}" --server.port="$http_port" >"$work/app.log" 2>&1 &
pid=$!
# ready: the probe answers and the demo province (the catalogue, the desks) is loaded
until curl -fs -o /dev/null "$base/actuator/health/readiness" && curl -fs -o /dev/null "$base/api/v1/procedures/2.000488"; do
    sleep 1
    kill -0 "$pid" 2>/dev/null || { tail -50 "$work/app.log" >&2; exit 1; }
done

echo "pgbench TPC-B on the same server (database pgbench, scale 1, -c 2 -j 2 -T $PGBENCH_SECONDS)..." >&2
"$psql" -q -h localhost -p "$db_port" -U postgres -d postgres -c "create database pgbench" >/dev/null
"$pgbench" -q -i -s 1 -h localhost -p "$db_port" -U postgres pgbench >/dev/null 2>&1
pgbench_out=$("$pgbench" -c 2 -j 2 -T "$PGBENCH_SECONDS" -h localhost -p "$db_port" -U postgres pgbench 2>/dev/null)
tps=$(echo "$pgbench_out" | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1)
pg_latency=$(echo "$pgbench_out" | sed -nE 's/^latency average = ([0-9.]+) ms/\1/p')

echo "Online submissions ($SUBMIT_CLIENTS clients, ${WARMUP} s warm-up, ${WINDOW} s measured)..." >&2
read -r _ sub_rate sub_p50 sub_p95 sub_p99 sub_n sub_err < <(
    java bench/LoadGen.java submit "$base" "$SUBMIT_CLIENTS" "$WARMUP" "$WINDOW" "$work/codes.txt" | grep '^RESULT')
codes=$(wc -l <"$work/codes.txt")

echo "Liveness and status lookups of $codes codes ($READ_CLIENTS clients each)..." >&2
read -r _ live_rate live_p50 live_p95 live_p99 live_n live_err < <(
    java bench/LoadGen.java get "$base" "$READ_CLIENTS" "$WARMUP" "$WINDOW" /actuator/health/liveness | grep '^RESULT')
read -r _ look_rate look_p50 look_p95 look_p99 look_n look_err < <(
    java bench/LoadGen.java get "$base" "$READ_CLIENTS" "$WARMUP" "$WINDOW" "@$work/codes.txt" | grep '^RESULT')
stop_app

echo "Inbox: $INBOX_DOSSIERS open dossiers seeded in the same database, then $INBOX_CALLS calls..." >&2
java -cp "$work/app/$(basename "$JAR")" bench/InboxLatency.java "$INBOX_DOSSIERS" 50 "$INBOX_CALLS" -- \
    "${platform[@]}" --server.port=0 --logging.level.root=WARN >"$work/inbox.out" 2>"$work/inbox.log" \
    || { tail -30 "$work/inbox.log" >&2; exit 1; }
grep -E "^(seeded|plan:)" "$work/inbox.log" >&2 || true
read -r _ inbox_rate inbox_p50 inbox_p95 inbox_p99 inbox_size inbox_open < <(grep '^INBOX' "$work/inbox.out")
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

verdict() { awk -v ok="$1" 'BEGIN {print (ok ? "met" : "**missed**")}'; }
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load average $load_start at the start, $load_end at the end; commit $(git log -1 --format='%h "%s"' | cut -c1-80)"
echo
echo "| measurement | clients | per second | p50 | p95 | p99 | ratio | goal |"
echo "|---|---|---|---|---|---|---|---|"
awk -v tps="$tps" -v lat="$pg_latency" -v s="$PGBENCH_SECONDS" 'BEGIN {
    printf "| pgbench TPC-B, scale 1, %d s, same server | 2 | %.0f tps | %.2f ms (mean) | | | 1.00× | |\n", s, tps, lat }'
awk -v r="$sub_rate" -v a="$sub_p50" -v b="$sub_p95" -v c="$sub_p99" -v n="$SUBMIT_CLIENTS" -v tps="$tps" -v e="$sub_err" \
    -v g="$(verdict "$(awk -v r="$sub_rate" 'BEGIN {print r >= 300}')")" 'BEGIN {
    printf "| API submissions, one 200 KB PDF each (%d errors) | %d | %.0f | %.1f ms | %.1f ms | %.1f ms | %.2f× pgbench | ≥ 300/s: %s |\n", e, n, r, a, b, c, r / tps, g }'
awk -v r="$live_rate" -v a="$live_p50" -v b="$live_p95" -v c="$live_p99" -v n="$READ_CLIENTS" -v e="$live_err" 'BEGIN {
    printf "| /actuator/health/liveness (%d errors) | %d | %.0f | %.2f ms | %.2f ms | %.2f ms | 1.00× | |\n", e, n, r, a, b, c }'
awk -v r="$look_rate" -v a="$look_p50" -v b="$look_p95" -v c="$look_p99" -v n="$READ_CLIENTS" -v live="$live_rate" -v e="$look_err" \
    -v g="$(verdict "$(awk -v r="$look_rate" -v l="$live_rate" -v c="$look_p99" 'BEGIN {print r >= 0.6 * l && c < 20}')")" 'BEGIN {
    printf "| public status lookups (%d errors) | %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %.0f %% of liveness | ≥ 60 %%, p99 < 20 ms: %s |\n", e, n, r, a, b, c, 100 * r / live, g }'
awk -v r="$inbox_rate" -v a="$inbox_p50" -v b="$inbox_p95" -v c="$inbox_p99" -v size="$inbox_size" -v open="$inbox_open" \
    -v g="$(verdict "$(awk -v b="$inbox_p95" 'BEGIN {print b < 50}')")" 'BEGIN {
    printf "| inbox, first page (%d of %d open tasks), DossierQueries.inbox | 1 | %.1f | %.1f ms | %.1f ms | %.1f ms | | p95 < 50 ms: %s |\n", size, open, r, a, b, c, g }'
