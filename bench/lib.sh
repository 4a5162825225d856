# Shared by the benchmark scripts: the jar, a fresh database, Wharf on it, a Logistics merchant.
# Needs: a JDK 17+, PostgreSQL at 127.0.0.1:5432 (user postgres, trust), curl, python3.
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
ADMIN="Authorization: Bearer bench"
J="Content-Type: application/json"
HZ=$(getconf CLK_TCK)

# The jar to run ($JAR, else target/wharf-*.jar, built if missing or with REBUILD=1).
bench_jar() {
  JAR=${JAR:-$(ls target/wharf-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' | head -n 1 || true)}
  if [ -z "$JAR" ] || [ -n "${REBUILD:-}" ]; then
    ./mvnw -q -B -DskipTests -Dspotless.check.skip -Djacoco.skip package
    JAR=$(ls target/wharf-*.jar | grep -v -- '-plain\.jar$' | head -n 1)
  fi
}

fresh_db() { # $1: database name
  $PSQL -d postgres -c "drop database if exists $1" -c "create database $1"
}

# Starts Wharf on database $DB, port $PORT, logging to $LOG; sets APP (its pid) and BASE.
start_wharf() {
  BASE=http://127.0.0.1:$PORT
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    WHARF_ADMIN_TOKEN=bench SERVER_PORT=$PORT java -Xmx${HEAP:-512m} ${JAVA_OPTS:-} -jar "$JAR" --wharf.webhooks.enabled=false \
    --wharf.demo.enabled=false --wharf.observability.count-statements=${COUNT_STATEMENTS:-true} \
    --wharf.rate-limits.requests-per-second=1000000 --wharf.rate-limits.burst=1000000 "$@" > "$LOG" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do curl -sf $BASE/actuator/health >/dev/null && break; sleep 0.5; done
  curl -sf $BASE/actuator/health >/dev/null || { echo "Wharf did not start, see $LOG" >&2; exit 1; }
}

stop_wharf() {
  kill $APP; wait $APP 2>/dev/null || true
}

json() { python3 -c "import sys,json;print(json.load(sys.stdin)$1)"; }

# A warehouse BENCH and a Logistics merchant there; sets WAREHOUSE, TOKEN, MERCHANT, ACCOUNT, OPERATOR.
seed_merchant() {
  WAREHOUSE=$(curl -sf -H "$ADMIN" -H "$J" $BASE/admin/api/warehouses -d '{"code":"BENCH","name":"Bench","addressLine1":"1 Road","city":"Reno","countryCode":"US","defaultCurrency":"USD","timezone":"America/Los_Angeles","cutoffTime":"14:00"}' | json '["id"]')
  TOKEN=$(curl -sf -H "$ADMIN" -H "$J" $BASE/admin/api/accounts -d '{"name":"Bench merchant","dialect":"logistics","warehouseCode":"BENCH"}' | json '["token"]')
  MERCHANT=$($PSQL -d $DB -c "select min(id) from merchant")
  ACCOUNT=$($PSQL -d $DB -c "select account_id from merchant where id = $MERCHANT")
  curl -sf -H "$ADMIN" -H "$J" $BASE/admin/api/operators -d '{"username":"bench-op","password":"bench operator password 1","role":"supervisor","warehouseCode":"BENCH"}' >/dev/null
  OPERATOR="Bearer $(curl -sf -H "$J" $BASE/ops/api/login -d '{"username":"bench-op","password":"bench operator password 1"}' | json '["token"]')"
}

ticks() { # CPU ticks (user + system) of the given pids
  local total=0
  for pid in "$@"; do
    [ -r /proc/$pid/stat ] && total=$(( total + $(awk '{print $14 + $15}' /proc/$pid/stat) ))
  done
  echo $total
}
