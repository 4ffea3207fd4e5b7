#!/usr/bin/env bash
# Feed-reading fidelity: every element-family fixture (ingest/src/test/resources/families) read by mentorfeed, bare
# Rome and rss-parser, the fixtures' expectations checked against each, in one run. Writes bench/results/fidelity.md
# and prints one "fidelity ..." figure line per family and a total.
#   bench/scripts/fidelity.sh            # needs bench/node installed (bench/run --install, or npm ci in bench/node)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fixtures="$root/ingest/src/test/resources/families"
read_by_node=$(mktemp /tmp/mentorfeed-fidelity.XXXXXX.json)
trap 'rm -f "$read_by_node"' EXIT
if [ -d "$root/bench/node/node_modules/rss-parser" ]; then
  (cd "$root/bench/node" && node fidelity.js "$fixtures" "$read_by_node" >/dev/null)
else
  echo "bench: bench/node is not installed, rss-parser left out (bench/run --install)" >&2
  read_by_node=-
fi
mkdir -p "$root/bench/results"
"$(dirname "${BASH_SOURCE[0]}")/run-main.sh" io.mentorfeed.bench.fidelity.FidelityRun "$fixtures" "$read_by_node" \
  "$root/bench/results/fidelity.md"
