#!/usr/bin/env bash
# The citizen's online form page with twenty fields, beside the public page of the same procedure and the liveness probe, in one
# run (issue 14; results in docs/benchmarks.md):
#   bench/portal-form.sh            (REQUESTS=500)
# Builds the jar if missing, runs the platform in-process (bench/PortalForm.java) on an embedded PostgreSQL in a
# throw-away directory, signs in the demo citizen, opens a draft of 2.000488 and times it, prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
REQUESTS="${REQUESTS:-500}"
JAR="${JAR:-target/egov-province.jar}"
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
work="$(mktemp -d /tmp/egov-form.XXXX)"
trap 'for _ in $(seq 1 100); do pgrep -f "postgres.*$work" >/dev/null || break; sleep 0.2; done; rm -rf "$work"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$work/app" >/dev/null
port=$((20000 + RANDOM % 20000))
java -cp "$work/app/$(basename "$JAR")" bench/PortalForm.java "$REQUESTS" -- \
    --spring.profiles.active=demo --egov.database.embedded.data-directory="$work/data/postgres" \
    --egov.database.embedded.port="$port" --egov.files.directory="$work/data/files" \
    --egov.demo.mailbox.enabled=false --server.port=0 --logging.level.root=WARN \
    >"$work/bench.out" 2>"$work/bench.log" || { tail -40 "$work/bench.log" >&2; exit 1; }
grep "form fields" "$work/bench.log" >&2 || true
read -r _ f50 f95 f99 < <(grep '^FORM' "$work/bench.out")
read -r _ l50 l95 l99 < <(grep '^PROCEDURE' "$work/bench.out")
read -r _ h50 h95 h99 < <(grep '^LIVENESS' "$work/bench.out")
cat <<TABLE

Machine: $(nproc) cores, load at the end $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1).

| $REQUESTS requests, one at a time | p50 ms | p95 ms | p99 ms |
|---|---|---|---|
| the online form of 2.000488 (20 fields, a repeatable group), signed in | $f50 | $f95 | $f99 |
| the public page of the same procedure | $l50 | $l95 | $l99 |
| the liveness probe | $h50 | $h95 | $h99 |

Form vs procedure page at p50: $(awk -v a="$f50" -v b="$l50" 'BEGIN {printf "%.1f×", a / b}'); goal: the form under 200 ms.
TABLE
