#!/bin/sh
# First start: initdb with a SCRAM password for POSTGRES_USER and the database POSTGRES_DB, network
# clients by password only. Every start: postgres in the foreground; arguments are passed on
# (e.g. `-c shared_buffers=4GB` from the compose file).
set -eu
user=${POSTGRES_USER:-numbase}
db=${POSTGRES_DB:-numbase}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set to initialize the database}"
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" >"$pwfile"
  initdb -D "$PGDATA" -U "$user" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  echo "CREATE DATABASE \"$db\" OWNER \"$user\"" | postgres --single -D "$PGDATA" -j postgres >/dev/null
  echo "numbase-postgres: initialized $PGDATA with database $db"
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' "$@"
