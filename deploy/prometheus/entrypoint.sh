#!/bin/sh
# The replicas answer /metrics only with their token: it comes from the environment
# (NUMBASE_METRICS_TOKEN) into a file that prometheus.yml names, never into the image.
set -eu
: "${NUMBASE_METRICS_TOKEN:?NUMBASE_METRICS_TOKEN must be set}"
umask 077
printf '%s' "$NUMBASE_METRICS_TOKEN" >/run/numbase-prometheus/metrics-token
exec prometheus --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/var/lib/prometheus/data \
  --storage.tsdb.retention.time="${PROMETHEUS_RETENTION:-30d}" --web.listen-address=:9090 "$@"
