#!/usr/bin/env bash
# Installs what the project needs on a fresh machine:
# - Debian packages for the offline VS Code host: compilers for code-server's native modules
#   (kerberos needs libkrb5-dev), headless Chromium and its fonts;
# - the npm packages (npm ci).
# Node 24 and code-server themselves are installed by the tests on first use into .cache/host
# (scripts/host/install.mjs), so `npm test` also works without this script where the packages exist.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential python3 pkg-config libkrb5-dev chromium fonts-liberation)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
