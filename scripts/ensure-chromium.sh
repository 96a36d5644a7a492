#!/usr/bin/env bash
# Make sure a Chromium is available for `npm start` and the Playwright suite.
# On Debian/Ubuntu as root it installs Debian's package; elsewhere it says what to do.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found. Install Chromium or Chrome (Debian: sudo apt-get install chromium), or set CHROMIUM_PATH." >&2
exit 1
