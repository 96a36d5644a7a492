#!/usr/bin/env bash
# Make sure a Firefox is available for the Firefox smoke test (tests/firefox).
# On Debian/Ubuntu as root it installs Debian's firefox-esr; elsewhere it says what to do.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "${FIREFOX_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/firefox-esr ] || command -v firefox-esr >/dev/null 2>&1 || command -v firefox >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's firefox-esr…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi
echo "No Firefox found. Install Firefox 140 or later (Debian: sudo apt-get install firefox-esr), or set FIREFOX_PATH." >&2
exit 1
