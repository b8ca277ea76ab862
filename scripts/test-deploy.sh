#!/usr/bin/env bash
# The production shape, end to end (deploy/docker-compose.prod.yml): builds the images from the
# binary and web UI built on the host, brings the stack up with fresh secrets and a self-signed
# certificate, and through Nginx over HTTPS: signs in, imports a file following the job's event
# stream, kills a serve replica during an import (the other answers, the job finishes),
# restarts PostgreSQL (everything recovers by itself), checks that Prometheus scrapes both
# replicas, backs up, destroys every volume, restores, and finds the same numbers and audit
# log. Tears everything down at the end. Needs a Docker engine (started here if installed).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
started=$SECONDS

if ! command -v docker >/dev/null || ! command -v docker-compose >/dev/null; then
  echo "==> deploy test skipped: docker.io and docker-compose are not installed"
  exit 0
fi
if ! docker info >/dev/null 2>&1; then
  if command -v dockerd >/dev/null && [ "$(id -u)" -eq 0 ]; then
    echo "==> starting dockerd"
    (dockerd >/var/log/numbase-dockerd.log 2>&1 &)
    for _ in $(seq 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  fi
  docker info >/dev/null 2>&1 || { echo "==> deploy test skipped: no Docker engine can be started" >&2; exit 0; }
fi

echo "==> deploy: building the images"
bash deploy/images.sh

work=$(mktemp -d /tmp/numbase-deploy.XXXXXX)
project=nbdeploy$$
https_port=$((18000 + $$ % 1000))
http_port=$((19000 + $$ % 1000))
prom_port=$((20000 + $$ % 1000))
compose() { docker-compose -p "$project" -f "$repo/deploy/docker-compose.prod.yml" --env-file "$work/prod.env" "$@"; }
cleanup() {
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "==> deploy test failed; the last of the logs:" >&2
    { compose logs --tail=40; local_compose logs --tail=40; } 2>&1 | tail -200 >&2 || true
  fi
  if [ -n "${KEEP_DEPLOY:-}" ]; then
    echo "==> KEEP_DEPLOY: left running as project $project, files in $work" >&2
  else
    compose --profile backup down -v --remove-orphans >/dev/null 2>&1 || true
    local_compose down -v >/dev/null 2>&1 || true
    rm -rf "$work"
  fi
  exit $rc
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND" >&2' ERR

# Fresh secrets, a self-signed certificate, a backup directory for uid 10001.
mkdir -p "$work/tls" "$work/backups"
chown 10001:10001 "$work/backups"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
  -keyout "$work/tls/privkey.pem" -out "$work/tls/fullchain.pem" 2>/dev/null
chmod 644 "$work/tls/privkey.pem"
admin_password=$(openssl rand -hex 12)
pg_password=$(openssl rand -hex 16)
cat >"$work/prod.env" <<EOF
POSTGRES_PASSWORD=$pg_password
NUMBASE_JWT_SECRET=$(openssl rand -hex 32)
NUMBASE_SECRET_KEY=$(openssl rand -hex 32)
NUMBASE_METRICS_TOKEN=$(openssl rand -hex 16)
NUMBASE_ADMIN_PASSWORD=$admin_password
NGINX_TLS_DIR=$work/tls
NUMBASE_BACKUP_DIR=$work/backups
NUMBASE_HTTPS_BIND=127.0.0.1
NUMBASE_HTTPS_PORT=$https_port
NUMBASE_HTTP_PORT=$http_port
PROMETHEUS_PORT=$prom_port
NUMBASE_UPLOAD_LIMIT_MB=64
POSTGRES_SHARED_BUFFERS=256MB
POSTGRES_EFFECTIVE_CACHE_SIZE=1GB
POSTGRES_SHM_SIZE=512m
NUMBASE_FRONT_SUBNET_PREFIX=172.31.$((200 + $$ % 50))
EOF

# HTTPS through Nginx, checking the certificate we made.
https() {  # path [curl args...]
  local path=$1
  shift
  curl -sS --cacert "$work/tls/fullchain.pem" --resolve "localhost:$https_port:127.0.0.1" \
    -H "Authorization: Bearer ${token:-}" "$@" "https://localhost:$https_port$path"
}
api() {  # method path [curl args...]: prints the body, fails on a non-2xx status
  local method=$1 path=$2
  shift 2
  local body
  if ! body=$(https "$path" --fail-with-body -X "$method" "$@"); then
    echo "$method $path: $body" >&2
    return 1
  fi
  printf '%s\n' "$body"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
wait_for() {  # seconds description command...
  local limit=$1 what=$2
  shift 2
  for _ in $(seq "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  fail "$what (waited ${limit}s)"
}
ready() { api GET /readyz | grep -q '"ready"'; }
sign_in() {
  token=$(api POST /api/v1/auth/login -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" | json 'd["access_token"]')
}
numbers_file() {  # path count first
  python3 -c "import sys; n, f = int(sys.argv[2]), int(sys.argv[3])
with open(sys.argv[1], 'w') as out:
    out.write('phone\n')
    for i in range(n): out.write('+7 916 %07d\n' % (f + i))" "$@"
}
import_file() {  # project file: prints the job id
  api POST /api/v1/imports -F "project_id=$1" -F "file=@$2;type=text/csv" | json 'd["job_id"]'
}
job_status() { api GET "/api/v1/jobs/$1" | json 'd["status"]'; }
job_completed() { [ "$(job_status "$1")" = completed ]; }
healthy() { docker inspect -f '{{.State.Health.Status}}' "$(compose ps -q "$1")" | grep -qx healthy; }
psql_at() { compose exec -T -e PGPASSWORD="$pg_password" postgres psql -h 127.0.0.1 -U numbase -d numbase -At -c "$1"; }

echo "==> deploy: the local start (docker-compose.yml with deploy/.env)"
local_port=$((21000 + $$ % 1000))
local_compose() { NUMBASE_HTTP_PORT=$local_port docker-compose -p "${project}local" -f "$repo/deploy/docker-compose.yml" "$@"; }
local_up() {
  curl -sS --fail -H 'Content-Type: application/json' "http://127.0.0.1:$local_port/api/v1/auth/login" \
    -d "{\"username\":\"admin\",\"password\":\"$(sed -n 's/^NUMBASE_ADMIN_PASSWORD=//p' "$repo/deploy/.env")\"}" | grep -q access_token
}
local_compose up -d >/dev/null 2>&1 || { local_compose up -d; fail "local compose up"; }
wait_for 90 "the local start signs the administrator in" local_up
local_compose down -v >/dev/null 2>&1

echo "==> deploy: up (Nginx, 2 serve, 2 workers, PgBouncer, PostgreSQL, Prometheus)"
compose up -d >/dev/null 2>&1 || { compose up -d; fail "compose up"; }
wait_for 120 "numbase answers through Nginx over HTTPS" ready
curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/" | grep -q 301 || fail "HTTP does not redirect to HTTPS"
sign_in
api GET / | grep -q '<html lang="ru">' || fail "the web UI through Nginx"
# The servers trust Nginx's X-Forwarded-For: the audit log has the client's address, not Nginx's.
nginx_ip=$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$(compose ps -q nginx)")
login_ip=$(psql_at "SELECT host(ip) FROM audit_log WHERE action = 'login' ORDER BY id DESC LIMIT 1")
[ -n "$login_ip" ] && [ "$login_ip" != "$nginx_ip" ] || fail "the sign-in was audited from $login_ip (Nginx is $nginx_ip)"
project_id=$(api POST /api/v1/projects -H 'Content-Type: application/json' -d '{"name":"Deploy drill","is_active":false}' | json 'd["id"]')

echo "==> deploy: an import, followed on its event stream through the proxy"
numbers_file "$work/small.csv" 500 1000000
job=$(import_file "$project_id" "$work/small.csv")
https "/api/v1/jobs/$job/events" -N --max-time 60 >"$work/events" || true
grep -Eq '"status" *: *"completed"' "$work/events" || fail "the event stream did not end with the completed job: $(tail -c 500 "$work/events")"
[ "$(grep -c '^event: job' "$work/events")" -ge 1 ] || fail "no job events"

echo "==> deploy: kill serve1 during an import"
numbers_file "$work/big.csv" 1000000 2000000
job=$(import_file "$project_id" "$work/big.csv")
kill -9 "$(docker inspect -f '{{.State.Pid}}' "$(compose ps -q serve1)")"
[ "$(job_status "$job")" != completed ] || fail "the import finished before serve1 was killed: make the file bigger"
for i in $(seq 20); do
  api GET "/api/v1/jobs/$job" >/dev/null || fail "request $i failed with serve1 down"
  sleep 0.2
done
wait_for 180 "the import finished with one replica down" job_completed "$job"
[ "$(api GET /api/v1/imports | json 'sum(i["imported_rows"] or 0 for i in d["data"])')" = 1000500 ] ||
  fail "imported rows: $(api GET /api/v1/imports)"
wait_for 60 "serve1 restarted by its restart policy" healthy serve1

echo "==> deploy: restart PostgreSQL"
compose restart postgres >/dev/null 2>&1
wait_for 60 "the servers answer again after PostgreSQL restarted" ready
numbers_file "$work/after.csv" 100 3000000
sign_in
job=$(import_file "$project_id" "$work/after.csv")
wait_for 60 "a job after the restart (workers and their notifications recovered)" job_completed "$job"

echo "==> deploy: Prometheus scrapes both replicas"
targets_up() {
  curl -sS "http://127.0.0.1:$prom_port/api/v1/targets" |
    python3 -c "import json,sys; t=[x for x in json.load(sys.stdin)['data']['activeTargets'] if x['labels']['job']=='numbase']; sys.exit(0 if len(t)==2 and all(x['health']=='up' for x in t) else 1)"
}
wait_for 60 "both numbase targets up in Prometheus" targets_up
curl -sS "http://127.0.0.1:$prom_port/api/v1/rules" | grep -q NumbaseJobQueueGrowing || fail "alert rules not loaded"

echo "==> deploy: backup, destroy the volumes, restore"
before_numbers=$(psql_at "SELECT count(*), sum(phone) FROM phone_numbers")
audit_digest="SELECT count(*), md5(string_agg(a::text, ',' ORDER BY id)) FROM audit_log a"
before_audit=$(psql_at "$audit_digest")
compose run --rm backup >"$work/backup.log" 2>&1 || { cat "$work/backup.log"; fail "backup"; }
backup=$(ls "$work/backups")
[ -n "$backup" ] || fail "no backup written"
compose down -v >/dev/null 2>&1
compose up -d postgres pgbouncer >/dev/null 2>&1
wait_for 60 "a new PostgreSQL" healthy postgres
compose run --rm backup restore "/var/backups/numbase/$backup" >"$work/restore.log" 2>&1 || { cat "$work/restore.log"; fail "restore"; }
[ "$(psql_at "SELECT count(*), sum(phone) FROM phone_numbers")" = "$before_numbers" ] || fail "numbers differ after the restore"
[ "$(psql_at "$audit_digest")" = "$before_audit" ] ||
  fail "audit log differs after the restore"
compose up -d >/dev/null 2>&1
wait_for 120 "numbase answers after the restore" ready
sign_in
[ "$(api GET "/api/v1/projects/$project_id" | json 'd["name"]')" = "Deploy drill" ] || fail "the project after the restore"

echo "==> deploy test passed in $((SECONDS - started))s (numbers: ${before_numbers%|*})"
