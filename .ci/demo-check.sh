#!/usr/bin/env bash
# Starts the example site exactly as the README says (`make demo`), twice, and
# checks what a visitor and the demo editor get from it over real HTTP.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${DEMO_PORT:-8765}
LOG=$(mktemp)
SERVER_PID=""

stop_server() {
    if [ -n "$SERVER_PID" ]; then
        kill -- -"$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
}
trap 'stop_server; rm -f "$LOG"' EXIT

start_demo() {
    local started=$SECONDS
    setsid make demo PORT="$PORT" >"$LOG" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 240); do
        if curl -fs -o /dev/null "http://127.0.0.1:$PORT/ru/"; then
            echo "make demo served the site after $((SECONDS - started)) s"
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then break; fi
        sleep 1
    done
    echo "make demo did not serve the site:" >&2
    cat "$LOG" >&2
    return 1
}

start_demo
grep -q "Admin:  http://127.0.0.1:$PORT/admin/" "$LOG"
grep -q "Login:  editor / council-demo" "$LOG"
.venv/bin/python .ci/demo_check.py "http://127.0.0.1:$PORT"
stop_server

echo "Second run of make demo (must be safe and fast):"
start_demo
.venv/bin/python .ci/demo_check.py "http://127.0.0.1:$PORT"
stop_server
