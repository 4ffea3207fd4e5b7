#!/usr/bin/env bash
# One ingest instance polling 10,000 local feeds (first round all 200, then 80% 304) on an embedded broker; prints
# polls/s and CPU, then the sequential rss2email-like baseline measured in the same run, and the ratios.
#   bench/scripts/ingest-load.sh                  # 10000 feeds, 30 s steady, 15 s baseline, 64 fetch threads
#   bench/scripts/ingest-load.sh 1000 5 3 32      # a quick smoke run
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" io.mentorfeed.bench.ingest.PollLoadRun "$@"
