#!/usr/bin/env bash
# Renders a sample digest email and screenshots it in headless Chromium, to check how the HTML part looks in a
# real browser engine (close to what webmail clients show).
#
#   scripts/email-screenshot.sh [OUT.png] [HTML_FILE]
#
# With no HTML_FILE, it renders the demo reader's digest with `./mentorfeed digest preview --demo --profile demo`,
# which needs `./mentorfeed demo` running (its Kafka on 127.0.0.1:9092). Set MENTORFEED_PROFILE and
# MENTORFEED_PREVIEW_ARGS (e.g. "--config mentorfeed.yml") to render another reader. Installs nothing: it says what
# to install when Chromium is missing.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/target/email-screenshot.png}"
html="${2:-}"

chromium_bin="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$chromium_bin" ]; then
  echo "email-screenshot: chromium not found; install it, e.g.: sudo apt-get install chromium" >&2
  exit 2
fi

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
if [ -z "$html" ]; then
  html="$workdir/digest.html"
  # shellcheck disable=SC2086
  "$root/mentorfeed" digest preview --demo --profile "${MENTORFEED_PROFILE:-demo}" ${MENTORFEED_PREVIEW_ARGS:-} \
      --out "$html"
fi
[ -s "$html" ] || { echo "email-screenshot: no HTML to show ($html)" >&2; exit 1; }

mkdir -p "$(dirname "$out")"
# Headless, and quiet on the network: no sync, updates, QUIC or background requests; a throwaway profile.
"$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$workdir/profile" --hide-scrollbars \
    --screenshot="$out" --window-size=800,1400 "file://$html" >"$workdir/chromium.log" 2>&1 || {
  echo "email-screenshot: chromium failed; its log:" >&2
  cat "$workdir/chromium.log" >&2
  exit 1
}
[ -s "$out" ] || { echo "email-screenshot: chromium wrote no screenshot" >&2; exit 1; }
echo "email-screenshot: wrote $out"
