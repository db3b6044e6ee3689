#!/usr/bin/env bash
# Lighthouse on the demo: the home page, the news index, the seed
# article, a gallery, a person profile, a greeting address and an event, each
# with SEO, best practices and accessibility 100 and performance at least 95.
#
# npm's `lighthouse` (pinned in .ci/lighthouse/package-lock.json, installed
# with `npm ci`) drives Debian's Chromium (/usr/bin/chromium, or CHROME_PATH)
# against the example site, served with its demo content by runserver from a
# database of its own, so example_site/db.sqlite3 and example_site/media are
# left alone. Needs Node 18.16+ and npm from the machine, and .venv (make
# install-example). .ci/lighthouse/check.mjs finds the pages, runs Lighthouse
# on them one at a time and prints the scores and every failing audit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
PORT=${LIGHTHOUSE_PORT:-8795}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export PIP_DISABLE_PIP_VERSION_CHECK=1

leg() { printf '\n===== %s (%s) =====\n' "$1" "$(date +%T)"; }

WORK=$(mktemp -d)
SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill -- -"$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
trap 'stop_server; rm -rf "$WORK"' EXIT

leg "Lighthouse: npm ci"
node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 18 || (major === 18 && minor < 16)) { console.error(`Node ${process.version}: Lighthouse 12 needs 18.16+`); process.exit(1); }'
node --version
"$CHROME_PATH" --version 2>/dev/null
(cd .ci/lighthouse && npm ci --no-audit --no-fund --loglevel=error)

leg "Lighthouse: the demo on port $PORT"
make --no-print-directory install-example
export DATABASE_URL="sqlite:///$WORK/db.sqlite3" DJANGO_MEDIA_ROOT="$WORK/media"
(cd example_site && "$PYTHON" manage.py migrate --noinput -v 0 && "$PYTHON" manage.py load_demo_content)
# In a session of its own, so that stopping it stops every process it started;
# without the autoreloader, whose polling would take CPU from the measurements.
setsid "$PYTHON" example_site/manage.py runserver "127.0.0.1:$PORT" --noreload \
    >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/ru/" && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/server.log" >&2; exit 1; fi
    sleep 1
done

leg "Lighthouse: the page types"
status=0
node .ci/lighthouse/check.mjs "http://127.0.0.1:$PORT" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "The demo's server log:" >&2
    tail -n 40 "$WORK/server.log" >&2
fi
exit "$status"
