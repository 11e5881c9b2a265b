#!/usr/bin/env bash
# Makes sure Debian's redis-server is on the PATH for the live-class test of several instances.
# Installs it when running as root; otherwise stops with a one-line instruction.
set -euo pipefail
command -v redis-server >/dev/null && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's redis-server package for the live-class tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  command -v redis-server >/dev/null && exit 0
fi
echo "The live-class tests need Debian's redis-server: run 'sudo apt-get update && sudo apt-get install -y redis-server', then npm test again." >&2
exit 1
