#!/usr/bin/env bash
# Checks of the headless content API (wagtail_council.api) beyond the test suite:
#
#   1. a typed client: openapi-typescript generates types from the OpenAPI
#      document and `tsc --noEmit` type-checks tests/typescript/client.ts
#      (Node and npm from the machine);
#   2. fuzzing: schemathesis runs a bounded number of generated requests against
#      the example site, served with its demo content over real HTTP, and
#      fails on any 5xx, undocumented status or content type, or schema violation;
#   3. a static build: every path of the demo site in every locale, built from
#      the API alone, in at most 1.5 requests per page (.ci/static_build.py);
#   4. the benchmark: the API's news detail and listing against Wagtail's v2 API
#      for the same pages (each ratio must stay within 1.5).
#
# Runs from the repository root's parent layout like .ci/run; uses .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
PORT=${API_CHECK_PORT:-8766}
EXAMPLES=${SCHEMATHESIS_MAX_EXAMPLES:-25}
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

leg "OpenAPI document"
"$PYTHON" -m pip install --quiet -e ".[testing,example]"
mkdir -p build
(cd example_site && "$PYTHON" manage.py export_openapi_schema \
    --api wagtail_council.api.urls.api --indent 1 --output "$ROOT/build/openapi.json")
"$PYTHON" -c "import json, openapi_spec_validator as v; v.validate(json.load(open('build/openapi.json'))); print('build/openapi.json is valid OpenAPI 3.1')"

leg "typed client (openapi-typescript, tsc --noEmit)"
node --version
(
    cd tests/typescript
    npm ci --no-audit --no-fund --loglevel=error
    npx --no-install openapi-typescript "$ROOT/build/openapi.json" --output council-api.d.ts
    npx --no-install tsc --noEmit
)
echo "tests/typescript/client.ts type-checks against the generated types"

leg "schemathesis against the example site with its demo content"
export DATABASE_URL="sqlite:///$WORK/db.sqlite3" DJANGO_MEDIA_ROOT="$WORK/media"
(cd example_site && "$PYTHON" manage.py migrate --noinput -v 0 && "$PYTHON" manage.py load_demo_content)
# In a session of its own, so that stopping it stops every process it started.
setsid "$PYTHON" example_site/manage.py runserver "127.0.0.1:$PORT" --noreload \
    >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/council/openapi.json" && break
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then cat "$WORK/server.log" >&2; exit 1; fi
    sleep 1
done
"$ROOT/.venv/bin/schemathesis" run "http://127.0.0.1:$PORT/api/council/openapi.json" \
    --checks all --max-examples "$EXAMPLES" --workers 1 --seed 20261120 \
    --request-timeout 30

leg "a static build of the whole demo site from the API"
"$PYTHON" .ci/static_build.py "http://127.0.0.1:$PORT/api/council/"
stop_server
unset DATABASE_URL DJANGO_MEDIA_ROOT

leg "benchmark: content API against Wagtail's v2 API"
"$PYTHON" benchmarks/api_vs_core.py --runs 30

leg "done"
