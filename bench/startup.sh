#!/usr/bin/env bash
# Start-up: seconds from launching the JVM to readiness (/actuator/health/readiness UP), on H2
# (a fresh data directory: every migration runs; then again on it: none pending) and on
# PostgreSQL (the same two), plain and with a CDS archive made by a training run.
#
#   bash bench/startup.sh            (RUNS=2 each)
#
# The CDS variant follows Spring Boot's recipe: the jar is extracted (java -Djarmode=tools ...
# extract), one training run with -XX:ArchiveClassesAtExit and -Dspring.context.exit=onRefresh
# writes the archive, later runs start with -XX:SharedArchiveFile.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-2}
PORT=${PORT:-18092}
DB=${DB:-wharf_bench_startup}
LOG=${LOG:-/tmp/wharf-bench-startup.log}
. bench/lib.sh
bench_jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APPJAR=$(ls "$WORK"/app/*.jar | head -n 1)

# Seconds to readiness of one start; $1: data dir or "", rest: JVM options.
start_once() {
  local dir=$1; shift
  local began; began=$(date +%s%N)
  if [ -n "$dir" ]; then
    WHARF_DATA_DIR=$dir SERVER_PORT=$PORT java "$@" -jar "$APPJAR" --wharf.demo.enabled=false --wharf.webhooks.enabled=false > "$LOG" 2>&1 &
  else
    SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
      SERVER_PORT=$PORT java "$@" -jar "$APPJAR" --wharf.webhooks.enabled=false > "$LOG" 2>&1 &
  fi
  local pid=$!
  until curl -sf http://127.0.0.1:$PORT/actuator/health/readiness >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "did not start, see $LOG" >&2; exit 1; }
    sleep 0.05
  done
  local ready; ready=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  python3 -c "print('%.2f' % (($ready - $began) / 1e9))"
}

series() { # label, data-dir-or-empty, JVM options...
  local label=$1 dir=$2; shift 2
  local times=()
  for run in $(seq 1 "$RUNS"); do
    if [ -n "$dir" ]; then rm -rf "$dir"; else fresh_db $DB; fi
    local first; first=$(start_once "$dir" "$@")
    local again; again=$(start_once "$dir" "$@")
    times+=("$first/$again")
  done
  echo "$label (fresh database / migrations done): ${times[*]} s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
}

series "H2, plain" "$WORK/h2"
series "PostgreSQL, plain" ""
rm -rf "$WORK/train"
WHARF_DATA_DIR=$WORK/train SERVER_PORT=$PORT java -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh \
  -jar "$APPJAR" --wharf.demo.enabled=false > "$LOG.train" 2>&1 || true
series "H2, CDS archive" "$WORK/h2" -XX:SharedArchiveFile="$WORK/app.jsa"
series "PostgreSQL, CDS archive" "" -XX:SharedArchiveFile="$WORK/app.jsa"
$PSQL -d postgres -c "drop database if exists $DB"
