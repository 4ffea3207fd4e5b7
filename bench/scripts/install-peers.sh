#!/usr/bin/env bash
# Installs the peers bench/run compares with: newsboat and rss2email from Debian's packages (plus GNU time, which
# measures every tool the same way), and the npm feed parser of bench/node at the version its package-lock.json
# pins. Run by `bench/run --install`; needs root (or sudo) for apt-get, and node + npm on the PATH.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

missing=()
command -v newsboat >/dev/null || missing+=(newsboat)
command -v r2e >/dev/null || missing+=(rss2email)
[ -x /usr/bin/time ] || missing+=(time)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]} (apt-get)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "bench: installing the npm parser in bench/node (npm ci)" >&2
(cd "$here/node" && npm ci --no-audit --no-fund --loglevel=error)
