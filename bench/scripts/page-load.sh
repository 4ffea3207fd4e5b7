#!/usr/bin/env bash
# Load run of the reader's page: its HTML with 1,000 posts in the reading list, one reader and several at once.
#   bench/scripts/page-load.sh                          # 5 s warm-up + 20 s per row, 8 connections, 1000 posts
#   bench/scripts/page-load.sh --seconds 3 --warmup 1   # smoke run
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" io.mentorfeed.bench.api.PageLoadRun "$@"
