#!/usr/bin/env bash
# What the test suite needs from the machine besides Python packages: PostgreSQL on
# 127.0.0.1:5432 and RabbitMQ on 127.0.0.1:5672 (each started if it stopped) and Debian's
# chromium for the browser test (installed if missing; needs root). Called by `make test`;
# harmless to run again.
set -euo pipefail
if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
# RabbitMQ on 127.0.0.1:5672 (the Celery site-job tests): started if it does not answer.
if command -v rabbitmq-server >/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null; then
  rabbitmq-server -detached || true
  for _ in $(seq 60); do
    (exec 3<>/dev/tcp/127.0.0.1/5672) 2>/dev/null && break
    sleep 1
  done
fi
if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && apt-get install -y -q chromium
  else
    echo "chromium is missing: install Debian's chromium (sudo apt-get install chromium)" >&2
  fi
fi
