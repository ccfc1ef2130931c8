#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser).
# Install it when missing and we are allowed to (root on Debian); otherwise say so.
set -u
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests…" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || {
    echo "ensure-chromium: apt-get install chromium failed; the browser tests will fail." >&2
    exit 0
  }
else
  echo "ensure-chromium: /usr/bin/chromium is missing; install it (apt-get install -y chromium) or the browser tests will fail." >&2
fi
exit 0
