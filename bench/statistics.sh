#!/usr/bin/env bash
# The statistics over a synthetic history, side by side in one run (issue 15; results in docs/benchmarks.md):
# N dossiers over five years written into the dossier tables, the read model rebuilt from them (timed), then Q
# random questions (unit × period) answered from the read model and by a direct count on the dossier tables (the
# answers compared), the dashboard and the public API timed.
#   bench/statistics.sh                       (DOSSIERS=10000000 QUERIES=200)
#   DOSSIERS=1000000 bench/statistics.sh      a smaller history
# Builds the jar if missing, runs the platform in-process (bench/StatisticsBench.java) on an embedded PostgreSQL
# in a throw-away directory under /tmp (KEEP=1 keeps it, and a second run on it skips the generation), prints a
# Markdown table (REBUILD=0 on a kept history skips the rebuild, to try a change to the queries). Ten million dossiers take about 6 GB of disk and most of an hour on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
DOSSIERS="${DOSSIERS:-10000000}"
QUERIES="${QUERIES:-200}"
JAR="${JAR:-target/egov-province.jar}"
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package

work="${WORK:-$(mktemp -d /tmp/egov-statistics.XXXX)}"
[ "${KEEP:-0}" = 1 ] || trap 'for _ in $(seq 1 100); do pgrep -f "postgres.*$work" >/dev/null || break; sleep 0.2; done; rm -rf "$work"' EXIT
rm -rf "$work/app"
java -Djarmode=tools -jar "$JAR" extract --destination "$work/app" >/dev/null
port=$((20000 + RANDOM % 20000))
echo "Statistics benchmark: $DOSSIERS dossiers, $QUERIES questions, data in $work" >&2
start=$(date +%s)
java -Xmx4g -cp "$work/app/$(basename "$JAR")" bench/StatisticsBench.java "$DOSSIERS" "$QUERIES" -- \
    --spring.profiles.active=demo --egov.database.embedded.data-directory="$work/data/postgres" \
    --egov.database.embedded.port="$port" --egov.files.directory="$work/data/files" \
    --egov.demo.mailbox.enabled=false --egov.demo.dossiers=false --server.port=0 --logging.level.root=WARN \
    >"$work/bench.out" 2>"$work/bench.log" || { tail -40 "$work/bench.log" >&2; exit 1; }
grep -E "^(generated|differs|part)" "$work/bench.log" >&2 || true
read -r _ total desks procedures < <(grep '^GENERATED' "$work/bench.out")
read -r _ rebuild cells < <(grep '^REBUILD' "$work/bench.out")
read -r _ m50 m95 m99 differ < <(grep '^MODEL' "$work/bench.out")
read -r _ d50 d95 d99 _ < <(grep '^DIRECT' "$work/bench.out")
read -r _ p50 p95 p99 _ < <(grep '^DASHBOARD' "$work/bench.out")
read -r _ a50 a95 a99 _ < <(grep '^API' "$work/bench.out")
cat <<TABLE

Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load at the end $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); run took $(( $(date +%s) - start )) s.
History: $total dossiers across $desks desks and $procedures procedures over five years; read model: $cells daily counts, rebuilt in $rebuild s.

| $QUERIES random questions (unit × period) | p50 ms | p95 ms | p99 ms |
|---|---|---|---|
| statistics from the read model | $m50 | $m95 | $m99 |
| the same figures counted on the dossier tables | $d50 | $d95 | $d99 |
| dashboard (figures, months, index, ranking, late procedures) | $p50 | $p95 | $p99 |
| public API over HTTP (GET /api/v1/statistics) | $a50 | $a95 | $a99 |

Read model vs direct count at p95: $(awk -v a="$d95" -v b="$m95" 'BEGIN {printf "%.0f×", a / b}') faster; answers that differ: $differ of $QUERIES.
TABLE
