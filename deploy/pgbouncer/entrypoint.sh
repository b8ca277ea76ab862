#!/bin/sh
# Writes PgBouncer's configuration from the environment and runs it in the foreground.
#   PGBOUNCER_UPSTREAM_HOST/PORT  the PostgreSQL server (postgres:5432)
#   POSTGRES_USER/POSTGRES_PASSWORD  the one account numbase uses (SCRAM on both sides)
#   PGBOUNCER_POOL_SIZE  server connections per database (20); PGBOUNCER_MAX_CLIENTS (1000)
# Transaction mode: a server connection is lent for one transaction. numbase keeps no session
# state between transactions (its advisory locks are transaction-scoped); only LISTEN needs a
# session, and the compose file points NUMBASE_LISTEN_DATABASE_URL at PostgreSQL itself.
set -eu
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
user=${POSTGRES_USER:-numbase}
dir=/run/pgbouncer-numbase
umask 077
printf '"%s" "%s"\n' "$user" "$(printf '%s' "$POSTGRES_PASSWORD" | sed 's/"/""/g')" >"$dir/userlist.txt"
cat >"$dir/pgbouncer.ini" <<INI
[databases]
* = host=${PGBOUNCER_UPSTREAM_HOST:-postgres} port=${PGBOUNCER_UPSTREAM_PORT:-5432}

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $dir/userlist.txt
pool_mode = transaction
default_pool_size = ${PGBOUNCER_POOL_SIZE:-20}
max_client_conn = ${PGBOUNCER_MAX_CLIENTS:-1000}
ignore_startup_parameters = extra_float_digits
server_connect_timeout = 5
server_login_retry = 1
log_connections = 0
log_disconnections = 0
INI
exec pgbouncer "$dir/pgbouncer.ini"
