#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the e2e tests and the benchmark.
# Installs it when running as root; otherwise stops with a one-line instruction.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium package for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x /usr/bin/chromium ] && exit 0
fi
echo "Browser tests need Debian's Chromium: run 'sudo apt-get update && sudo apt-get install -y chromium', then npm test again." >&2
exit 1
