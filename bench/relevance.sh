#!/usr/bin/env bash
# Relevance of the catalogue search: precision in the first five and mean reciprocal rank over the citizen
# searches of src/test/resources/catalogue/search-relevance.tsv.
#   bench/relevance.sh                 runs SearchRelevanceTest (real PostgreSQL and index) and prints its table
#   bench/relevance.sh <base-url>      asks a running platform's search API (e.g. an older build, for comparison)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
if [ $# -ge 1 ]; then
    exec java bench/Relevance.java "$1"
fi
./mvnw -o -q test -Dtest=SearchRelevanceTest -Dsurefire.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
    || status=$?
# the test's output goes to surefire's report (redirectTestOutputToFile)
sed -n '/SEARCH RELEVANCE/,/^RELEVANCE /p' target/surefire-reports/vn.egov.catalogue.application.SearchRelevanceTest-output.txt
exit "${status:-0}"
