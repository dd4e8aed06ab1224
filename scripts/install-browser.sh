#!/usr/bin/env bash
# Installs what the server's browser test needs: Debian's chromium and playwright-core (the driver library only; it
# downloads no browser of its own) in server/src/test/browser/node_modules. Safe to run again. Needs root for apt
# (CI and the developers' machines run as root) and node/npm on the PATH.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
/usr/bin/chromium --version

cd "$here/server/src/test/browser"
# playwright-core never fetches a browser build; the test points it at /usr/bin/chromium
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
node -e "console.log('playwright-core ' + require('playwright-core/package.json').version)"
