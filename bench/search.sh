#!/usr/bin/env bash
# Catalogue search latency over 2,000 generated procedures beside the 46 real ones: starts the platform (demo
# profile, a fresh embedded database under /tmp), waits for the search index, then measures with one client.
#   bench/search.sh [requests per kind]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
[ -f target/egov-province.jar ] || ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
work="$(mktemp -d /tmp/egov-search.XXXX)"
java -Djarmode=tools -jar target/egov-province.jar extract --destination "$work/app" >/dev/null
java -Xmx1g -jar "$work/app/egov-province.jar" --spring.profiles.active=demo --server.port=18090 \
    --egov.database.embedded.data-directory="$work/data" --egov.demo.mailbox.enabled=false \
    --egov.catalogue.demo.generated-procedures=2000 \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$work" \
    --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.file-date-format= --server.tomcat.accesslog.buffered=false \
    '--server.tomcat.accesslog.pattern=%m %U%q %{us}T' >"$work/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
until grep -q "Procedure search index built" "$work/app.log"; do
    sleep 1
    kill -0 $pid 2>/dev/null || { cat "$work/app.log"; exit 1; }
done
count=$(curl -fs "http://localhost:18090/api/v1/procedures?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "Procedures in force: $count"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
java bench/SearchLatency.java http://localhost:18090 "${1:-2000}" "$work/access.log"
