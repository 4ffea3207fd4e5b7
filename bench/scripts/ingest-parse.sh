#!/usr/bin/env bash
# Parse + normalize throughput against bare Rome on the same generated corpus (FIGURES.md's kind), one thread.
# Prints MB/s and entries/s of both and the ratio, all from the same run.
#   bench/scripts/ingest-parse.sh                 # 200 files, 2 KB..2 MB, 3 warm-up + 5 x 10 s iterations
#   bench/scripts/ingest-parse.sh 40 262144 1 2 2 # a quick smoke run
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" io.mentorfeed.bench.ingest.ParseThroughput "$@"
