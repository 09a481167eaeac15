#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: npm packages now; the offline VS Code host
# (code-server + Chromium) is installed on first use by the integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
