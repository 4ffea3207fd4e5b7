#!/usr/bin/env bash
# Processor throughput (exactly-once, embedded broker) against an exactly-once pass-through loop in the same run,
# then latency p50/p99 at a steady rate. Arguments: [entries=20000] [latencySeconds=30] [ratePerSecond=100].
#   bench/scripts/processor-load.sh              # the official figures
#   bench/scripts/processor-load.sh 2000 5 100   # a smoke run
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec "$here/run-main.sh" io.mentorfeed.bench.processor.ProcessorLoadRun "$@"
