#!/usr/bin/env bash
# What the test suite needs from the machine besides Python packages: PostgreSQL on
# 127.0.0.1:5432 (started if it stopped) and Debian's chromium for the browser test
# (installed if missing; needs root). Called by `make test`; harmless to run again.
set -euo pipefail
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && apt-get install -y -q chromium
  else
    echo "chromium is missing: install Debian's chromium (sudo apt-get install chromium)" >&2
  fi
fi
