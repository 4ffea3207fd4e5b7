#!/usr/bin/env bash
# Measures `./mentorfeed demo` from the command to (1) /api/v1/health/ready answering 200 and (2) the demo
# profile's digest holding at least one recommendation, on a fresh data folder and again on a restart.
# Usage: bench/scripts/start-to-ready.sh [RUNS]   (from the repository root; builds first if needed)
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
./mentorfeed --version >/dev/null   # builds once, outside the measurement

# Its own data folder, so the reader's demo data is left alone.
export MENTORFEED_KAFKA_DATA_DIR=data/bench/kafka MENTORFEED_PROCESSOR_STATE_DIR=data/bench/streams
url=http://127.0.0.1:8080/api/v1
now_ms() { date +%s%3N; }

measure() {
  local label=$1 log=$2 t0 ready="" digest="" pid
  t0=$(now_ms)
  ./mentorfeed demo >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do   # at most 120 s
    if [ -z "$ready" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/health/ready" || true)" = 200 ]; then
      ready=$(( $(now_ms) - t0 ))
    fi
    if [ -n "$ready" ] && curl -s "$url/profiles/demo/digest" | grep -q '"postId"'; then
      digest=$(( $(now_ms) - t0 ))
      break
    fi
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid" || true
  printf '%s ready_ms=%s first_recommendation_ms=%s\n' "$label" "${ready:-timeout}" "${digest:-timeout}"
}

for run in $(seq 1 "$runs"); do
  rm -rf data/bench
  measure "run=$run start=fresh" "/tmp/mentorfeed-bench-fresh-$run.log"
  measure "run=$run start=restart" "/tmp/mentorfeed-bench-restart-$run.log"
done
rm -rf data/bench
