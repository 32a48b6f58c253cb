#!/bin/sh
# Runs the benchmark on a release build of its own (.build-bench), so that it never fights a
# debug build for the lock. Arguments go to `bench` (default: `all`; try `all --quick`).
#   Scripts/bench.sh                 # full run: 10^3, 10^4, 10^5 articles; 10^6 events
#   Scripts/bench.sh all --quick     # about a minute: 10^3 articles; 10^5 events
#   Scripts/bench.sh queries --events 1000000 --runs 100
set -eu
cd "$(dirname "$0")/.."
swift build -c release --scratch-path .build-bench >&2
exec .build-bench/release/bench "${@:-all}"
