#!/usr/bin/env bash
# Builds numbase/debian-base:bookworm, an equivalent of debian:bookworm-slim made from Debian
# packages alone, for machines that reach the Debian archive but no image registry:
#   debootstrap --variant=minbase bookworm, then docker import.
# Usage: deploy/base-image.sh [IMAGE]   (root; REBUILD=1 replaces an existing image)
set -euo pipefail
image=${1:-numbase/debian-base:bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if docker image inspect "$image" >/dev/null 2>&1 && [ -z "${REBUILD:-}" ]; then
  echo "==> base image $image exists"
  exit 0
fi
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
root=$(mktemp -d /var/tmp/numbase-rootfs.XXXXXX)
trap 'rm -rf "$root"' EXIT
echo "==> debootstrap bookworm into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1 || { tail -20 "$root.log" >&2; exit 1; }
rm -f "$root.log"
cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
SOURCES
# As in the slim images: later installs leave out documentation, man pages and translations.
cat >"$root/etc/dpkg/dpkg.cfg.d/docker-slim" <<'SLIM'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
SLIM
cat >"$root/etc/apt/apt.conf.d/docker-clean" <<'CLEAN'
APT::Install-Recommends "false";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/*.bin || true"; };
CLEAN
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/cache/apt/*.bin "$root"/var/lib/apt/lists/* \
  "$root"/var/log/*.log "$root"/tmp/* "$root"/usr/share/doc/* "$root"/usr/share/man/*
echo "==> docker import $image"
tar --numeric-owner -C "$root" -c . | docker import --change 'CMD ["bash"]' - "$image" >/dev/null
echo "==> built $image"
