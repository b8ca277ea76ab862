#!/usr/bin/env bash
# Installs what numbase needs from Debian (only what is missing) and builds it into build/.
# Used by scripts/run.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake ninja-build pkg-config ccache
  libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
  libpq-dev libsodium-dev libssl-dev libcurl4-openssl-dev libspdlog-dev libfmt-dev libcli11-dev libgtest-dev
  postgresql-15
  libphonenumber8 libgeocoding8 libicu-dev libprotobuf-dev libabsl-dev
  libzip-dev libexpat1-dev libfreexl-dev libxlsxwriter-dev
  libssh-dev libhowardhinnant-date-dev
)

source scripts/lib.sh
install_missing_packages "${packages[@]}"

# libphonenumber's headers ship in libphonenumber-dev, which cannot be installed beside
# Boost 1.81 (it pulls in libboost-thread-dev 1.74, whose headers conflict). The library itself
# (libphonenumber8) has no Boost dependency, so take only the headers from the -dev package.
deps=build/deps
if [ ! -f "$deps/libphonenumber/usr/include/phonenumbers/phonenumberutil.h" ]; then
  echo "==> unpacking libphonenumber headers from Debian's libphonenumber-dev"
  mkdir -p "$deps"
  rm -rf "$deps/libphonenumber" "$deps"/libphonenumber-dev_*.deb
  if ! (cd "$deps" && apt-get download -qq libphonenumber-dev 2>/dev/null); then
    apt-get update -qq
    (cd "$deps" && apt-get download -qq libphonenumber-dev)
  fi
  dpkg -x "$deps"/libphonenumber-dev_*.deb "$deps/libphonenumber"
fi

echo "==> building numbase"
# Let ccache reuse objects across clones in other directories (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build

# The web UI (node >= 20.19 and npm come with the machine; packages from the npm registry).
if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 20.19 or newer" >&2
  exit 1
fi
if [ ! web/node_modules/.package-lock.json -nt web/package-lock.json ]; then
  echo "==> installing the web UI's npm packages"
  (cd web && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/package-lock.json web/vite.config.ts -newer web/dist/index.html -print -quit)" ]; then
  echo "==> building the web UI"
  (cd web && npm run build --silent)
fi
