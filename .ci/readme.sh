#!/usr/bin/env bash
# The README is code: runs every ```sh block of README.md, in order, as one script against a
# freshly started service (embedded database, so the demo data of the first start is there).
# A block preceded by a line "<!-- readme-test: skip ... -->" is shown, not run (it needs a
# machine we do not have, or it is one of the two commands this very build runs).
# Every curl in the blocks fails the run on an HTTP error (curl --fail-with-body).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=$(ls target/wharf-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -ntp -q -DskipTests package
  JAR=$(ls target/wharf-*.jar | grep -v plain | head -n 1)
fi
command -v jq >/dev/null || { echo "readme: jq is needed (apt-get install jq)" >&2; exit 1; }

WORK=$(mktemp -d)
PORT=8080
if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then
  echo "readme: port $PORT is taken; the README's walkthrough talks to localhost:$PORT" >&2
  exit 1
fi

export WHARF_ADMIN_TOKEN=secret
WHARF_DATA_DIR="$WORK/data" SERVER_PORT=$PORT java -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $SERVICE 2>/dev/null || { cat "$WORK/service.log"; echo "readme: the service did not start" >&2; exit 1; }
  sleep 0.5
done

# The runnable blocks, in order, behind a prelude that makes curl fail on HTTP errors.
{
  echo 'set -euo pipefail'
  echo 'curl() { command curl --fail-with-body "$@"; }'
  awk '
    /^<!-- readme-test: skip/ { skip = 1; next }
    /^```sh[[:space:]]*$/ && !inblock { inblock = 1; if (!skip) { n++; print "echo; echo \"--- README block " n " (line " NR ")\"" } ; next }
    /^```/ && inblock { inblock = 0; skip = 0; next }
    inblock && !skip { print }
  ' README.md
} >"$WORK/readme-blocks.sh"

cd "$WORK"
if bash "$WORK/readme-blocks.sh" >"$WORK/readme.out" 2>&1; then
  echo "readme: $(grep -c '^--- README block' "$WORK/readme.out") blocks of README.md ran against a fresh service"
  echo "README walkthrough: 1 passed, 0 failed"
else
  cat "$WORK/readme.out"
  echo "--- service log (tail)"; tail -n 40 "$WORK/service.log"
  echo "README walkthrough: 0 passed, 1 failed"
  exit 1
fi
