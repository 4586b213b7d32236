#!/bin/sh
# Installs the sandbox IAM's node_modules from package-lock.json, only when missing or stale.
set -eu
cd "$(dirname "$0")"
stamp=node_modules/.plancia-lock-hash
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
npm ci --no-audit --no-fund --loglevel=error >/dev/null  # "added N packages"; errors go to stderr
echo "$want" > "$stamp"
