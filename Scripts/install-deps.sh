#!/usr/bin/env bash
# Installs the Debian packages swnb builds and runs with, only when one is missing.
# One apt command for all of them: liblapacke-dev alone would pull in Netlib's reference BLAS.
set -euo pipefail
packages=(libcmark-dev libopenblas-dev liblapacke-dev libjs-katex fonts-katex)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
