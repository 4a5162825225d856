#!/usr/bin/env bash
# Lints every dialect's published OpenAPI document with Redocly's `recommended` ruleset.
# A client generated from these documents is only as good as the documents, so any error OR
# warning fails the run. Needs the jar built (./mvnw package); starts it on a free port with a
# throw-away embedded database, fetches /v3/api-docs/<group>, lints, stops the service.
set -euo pipefail
cd "$(dirname "$0")/.."

GROUPS_TO_LINT=(shipapi logistics deliverr ops admin)
LINT_DIR=.ci/openapi-lint
OUT=target/openapi
JAR=$(ls target/wharf-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)
if [[ -z "$JAR" ]]; then
  echo "FAIL: no target/wharf-*.jar; build it first (./mvnw -B -ntp -DskipTests package)" >&2
  exit 1
fi

# Redocly CLI at the version package-lock.json pins, into a git-ignored node_modules (npm ci
# replaces whatever is there, so a stale install never lints).
(cd "$LINT_DIR" && npm ci --no-audit --no-fund --loglevel=error)

DATA_DIR=$(mktemp -d)
mkdir -p "$OUT"
LOG="$OUT/service.log"
PID=""
stop() {
  if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$PID" 2>/dev/null || true
  fi
  rm -rf "$DATA_DIR"
}
trap stop EXIT

# Port 0: the OS picks a free port; the log line "Tomcat started on port N" tells which.
SERVER_PORT=0 WHARF_DATA_DIR="$DATA_DIR" WHARF_ADMIN_TOKEN="lint-$(date +%s)-$$" \
  java -Xmx512m -jar "$JAR" >"$LOG" 2>&1 &
PID=$!

PORT=""
for _ in $(seq 1 120); do
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "FAIL: the service stopped while starting; its log:" >&2
    tail -n 40 "$LOG" >&2
    exit 1
  fi
  PORT=$(grep -so 'Tomcat started on port [0-9]*' "$LOG" | grep -o '[0-9]*$' | head -n 1 || true)
  if [[ -n "$PORT" ]] && curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then
    break
  fi
  PORT=""
  sleep 1
done
if [[ -z "$PORT" ]]; then
  echo "FAIL: the service did not become healthy in 120 s; its log:" >&2
  tail -n 40 "$LOG" >&2
  exit 1
fi

REDOCLY=("$LINT_DIR/node_modules/.bin/redocly" lint --config .ci/redocly.yaml)
failed=0
for group in "${GROUPS_TO_LINT[@]}"; do
  doc="$OUT/$group.json"
  # Pretty-printed, so that a report's line numbers point at something readable.
  curl -fsS "http://127.0.0.1:$PORT/v3/api-docs/$group" | node -e '
    const fs = require("fs");
    fs.writeFileSync(process.argv[1], JSON.stringify(JSON.parse(fs.readFileSync(0, "utf8")), null, 2) + "\n");' "$doc"
  echo "== redocly lint $group"
  # The readable report for the log; the totals from the JSON report, since `lint` exits 0 on warnings.
  "${REDOCLY[@]}" --format=codeframe "$doc" 2>/dev/null || true
  "${REDOCLY[@]}" --format=json "$doc" 2>/dev/null >"$OUT/$group.lint.json" || true
  if ! totals=$(node -e '
    const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).totals;
    console.log(`${t.errors} errors, ${t.warnings} warnings`);
    process.exit(t.errors + t.warnings === 0 ? 0 : 1);' "$OUT/$group.lint.json"); then
    failed=1
  fi
  echo "$group: ${totals:-no lint report}"
done

if [[ $failed -ne 0 ]]; then
  echo "FAIL: an OpenAPI document has lint errors or warnings (reports in $OUT)" >&2
  exit 1
fi
echo "OpenAPI lint: ${#GROUPS_TO_LINT[@]} documents, 0 errors, 0 warnings"
