#!/usr/bin/env bash
# Deadline computations per second (JMH, one thread): the working calendar's arithmetic, a day-by-day walk over
# the same calendar, and the explained deadline. Extra JMH options can follow, e.g. bench/calendar.sh -i 10.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
args="${*:--f 1 -wi 3 -i 5 -w 2s -r 2s}"
exec ./mvnw -q -B -Pbench -DskipTests -Dspotless.check.skip=true test-compile exec:exec \
    -Dbench.args="$args DeadlineBenchmark"
