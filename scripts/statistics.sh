#!/usr/bin/env bash
# The statistics' read model, one command each (issue 15):
#   scripts/statistics.sh rebuild   recount every daily figure from the dossiers (clears them first)
#   scripts/statistics.sh check     compare the daily figures with a direct count; exit code 1 lists differences
# It runs the platform as ./run does (same data directory, same database), with no web port, and stops when done.
# Against another database, pass its settings as for ./run: scripts/statistics.sh check --spring.datasource.url=…
set -euo pipefail
cd "$(dirname "$0")/.."
command="${1:-}"
case "$command" in
    rebuild | check) shift ;;
    *) echo "usage: scripts/statistics.sh rebuild|check [--spring.datasource.url=…]" >&2; exit 2 ;;
esac
exec ./run --egov.statistics.command="$command" --spring.main.web-application-type=none "$@"
