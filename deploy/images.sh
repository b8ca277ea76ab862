#!/usr/bin/env bash
# Builds the images of deploy/: numbase/numbase (from the binary and web UI built on the host:
# scripts/setup.sh), numbase/postgres, numbase/pgbouncer, numbase/nginx, numbase/prometheus.
#   BASE_IMAGE  the Debian bookworm image they start from. Default: debian:bookworm-slim when it
#               is present or can be pulled, else numbase/debian-base:bookworm, made by
#               deploy/base-image.sh from Debian packages (no registry needed).
#   NUMBASE_TAG the tag to give them (latest)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
tag=${NUMBASE_TAG:-latest}
binary=${NUMBASE_BINARY:-$repo/build/numbase}
web=${NUMBASE_WEB_DIST:-$repo/web/dist}
[ -x "$binary" ] || { echo "no numbase binary at $binary: run scripts/setup.sh first" >&2; exit 1; }
[ -f "$web/index.html" ] || { echo "no built web UI at $web: run scripts/setup.sh first" >&2; exit 1; }

base=${BASE_IMAGE:-}
if [ -z "$base" ]; then
  if docker image inspect debian:bookworm-slim >/dev/null 2>&1 || timeout 60 docker pull -q debian:bookworm-slim >/dev/null 2>&1; then
    base=debian:bookworm-slim
  else
    echo "==> debian:bookworm-slim cannot be pulled: using a base built from Debian packages"
    "$here/base-image.sh"
    base=numbase/debian-base:bookworm
  fi
fi
echo "==> images from $base"

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
build() {  # name, context
  local started=$SECONDS
  # The classic builder: what every Docker engine has (Debian's docker.io has no BuildKit plugin).
  { DOCKER_BUILDKIT=0 docker build -q --build-arg BASE_IMAGE="$base" -t "numbase/$1:$tag" "$2" 2>&1 >/dev/null; } |
    sed -e '/DEPRECATED: The legacy builder/,/environment-variable/d' -e '/^$/d'
  echo "==> numbase/$1:$tag ($((SECONDS - started))s)"
}
# The numbase context: the stripped binary (debug symbols stay on the host) and the web UI.
cp "$here/numbase/Dockerfile" "$stage/"
objcopy --strip-debug "$binary" "$stage/numbase"
cp -r "$web" "$stage/web"
build numbase "$stage"
for image in postgres pgbouncer nginx prometheus; do build "$image" "$here/$image"; done
