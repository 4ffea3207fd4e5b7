#!/usr/bin/env bash
# Load run of the API: digest and reading list against the same server's health endpoint (the ceiling), as ratios.
#   bench/scripts/api-load.sh                      # 5 s warm-up + 20 s per endpoint, 16 connections, 500 posts
#   bench/scripts/api-load.sh --seconds 3 --warmup 1   # smoke run
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/run-main.sh" io.mentorfeed.bench.api.ApiLoadRun "$@"
