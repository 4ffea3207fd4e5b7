#!/usr/bin/env bash
# Precision, recall and F1 per signal on the labelled set, and its confusion cases (see bench/README.md).
#   bench/scripts/signal-eval.sh                               # prints the report
#   bench/scripts/signal-eval.sh --out bench/results/signals.md
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
exec "$here/run-main.sh" io.mentorfeed.bench.signals.SignalEvaluation --set "$root/processor/src/test/resources/signal-set" "$@"
