#!/usr/bin/env bash
# Installs the system packages gaprun builds and runs against (Debian/Ubuntu): SQLite, OpenBLAS, the sqlite3 CLI.
# Idempotent: does nothing when they are already present.
set -euo pipefail
need=()
dpkg -s libsqlite3-dev >/dev/null 2>&1 || need+=(libsqlite3-dev)
dpkg -s libopenblas-dev >/dev/null 2>&1 || need+=(libopenblas-dev)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
[ ${#need[@]} -eq 0 ] && exit 0
if ! command -v swift >/dev/null 2>&1; then
  echo "gaprun: Swift 6 is not on PATH; install it from swift.org first." >&2; exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
  command -v sudo >/dev/null 2>&1 || {
    echo "gaprun: missing system packages: ${need[*]}" >&2
    echo "        run as root, or install them yourself: apt-get install -y ${need[*]}" >&2
    exit 1
  }
else
  SUDO=
fi
echo "gaprun: installing ${need[*]} (apt-get)" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
