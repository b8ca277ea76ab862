#!/bin/sh
# Fills nginx.conf from the environment and runs Nginx in the foreground.
#   NGINX_TLS_CERT, NGINX_TLS_KEY   the certificate chain and key (mounted read-only)
#   NUMBASE_UPSTREAMS               the serve replicas, "host:port host:port"
#   NUMBASE_UPLOAD_LIMIT_MB         the largest upload, as the servers enforce it (2048)
set -eu
: "${NGINX_TLS_CERT:?NGINX_TLS_CERT must name the certificate file}"
: "${NGINX_TLS_KEY:?NGINX_TLS_KEY must name the key file}"
: "${NUMBASE_UPSTREAMS:?NUMBASE_UPSTREAMS must list the serve replicas}"
export NUMBASE_UPLOAD_LIMIT_MB=${NUMBASE_UPLOAD_LIMIT_MB:-2048}
# Each replica is tried for 2 s; one that fails is left alone for 10 s while the others answer.
NUMBASE_UPSTREAM_SERVERS=""
for u in $NUMBASE_UPSTREAMS; do
  NUMBASE_UPSTREAM_SERVERS="${NUMBASE_UPSTREAM_SERVERS}    server $u max_fails=1 fail_timeout=10s;
"
done
export NUMBASE_UPSTREAM_SERVERS NGINX_TLS_CERT NGINX_TLS_KEY
envsubst '${NGINX_TLS_CERT} ${NGINX_TLS_KEY} ${NUMBASE_UPLOAD_LIMIT_MB} ${NUMBASE_UPSTREAM_SERVERS}' \
  </etc/nginx/numbase.conf.template >/etc/nginx/nginx.conf
nginx -t -q
exec nginx -g 'daemon off;'
