#!/usr/bin/env bash
# Installs what the end-to-end tests drive, when missing: Debian's chromium (the browser of WebPageIT), newsboat
# (the feed reader of GoogleReaderNewsboatIT) and tmux (which types into newsboat), with apt-get; and playwright-core
# in api/src/test/browser at the version its package-lock.json pins (npm ci). No tool downloads a browser of its
# own: playwright-core has none, and the tests start /usr/bin/chromium. Run by .ci/run before ./mvnw verify; needs
# root (or sudo) for apt-get, and node + npm (Debian's nodejs and npm are installed too when missing).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v newsboat >/dev/null || missing+=(newsboat)
command -v tmux >/dev/null || missing+=(tmux)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test tools: installing ${missing[*]} (apt-get)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "test tools: installing playwright-core in api/src/test/browser (npm ci)" >&2
(cd "$root/api/src/test/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
echo "test tools: $(/usr/bin/chromium --version 2>/dev/null | head -1); $(newsboat --version | head -1); tmux $(tmux -V | cut -d' ' -f2); node $(node --version)" >&2
