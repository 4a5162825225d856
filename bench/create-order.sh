#!/usr/bin/env bash
# Benchmark: CreateOrder (POST /logistics/api/2024-04/orders, 2 lines, idempotency key) against its
# pgbench twin (the same writes in one transaction), in one run, on a fresh PostgreSQL database.
#
#   bash bench/create-order.sh                 (MODES="hot spread", about 4 minutes)
#   WARMUP=60 DURATION=60 OPEN=30 bash bench/create-order.sh
#
# For each mode (hot: every order takes the same 2 SKUs; spread: 2 of 20 SKUs) it prints
#   saturated orders/s (wrk, closed loop, CONNECTIONS connections), twin tx/s (pgbench, same number
#   of clients), their ratio; p50/p99 at half the saturated rate (bench/OpenLoop.java, open loop,
#   latency from each request's due time); CPU seconds of Wharf and of this database's
#   PostgreSQL backends during the saturated run; Wharf's RSS; round-trips per order.
# Round-trips come from pg_stat_statements when the server preloads it, else from Wharf's own
# counting data source (wharf.observability.count-statements=true: statements + commits/rollbacks/
# savepoints per request, the wharf_db_roundtrips summary on /actuator/prometheus).
# Needs: a JDK 17+, PostgreSQL at 127.0.0.1:5432 (user postgres, trust), pgbench, wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-30}
OPEN=${OPEN:-20}
CONNECTIONS=${CONNECTIONS:-16}
MODES=${MODES:-hot spread}
PORT=${PORT:-18090}
DB=${DB:-wharf_bench_orders}
HEAP=${HEAP:-512m}
LOG=${LOG:-/tmp/wharf-bench-orders.log}
. bench/lib.sh

command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
bench_jar
fresh_db $DB
PGSS=""
if $PSQL -d postgres -c "show shared_preload_libraries" | grep -q pg_stat_statements; then
  $PSQL -d $DB -c "create extension if not exists pg_stat_statements"
  PGSS=1
fi
start_wharf

# ------------------------------------------------------------------ seed: a merchant with 22 SKUs in stock
seed_merchant
SKUS=()
for i in $(seq -w 1 22); do
  SKUS+=("$(curl -sf -H "Authorization: Bearer $TOKEN" -H "$J" $BASE/logistics/api/2024-04/products \
    -d "{\"name\":\"Bench $i\",\"merchantSku\":\"BENCH-$i\",\"barcodes\":[\"BENCHBC$i\"]}" \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["logisticsSku"])')")
done
# Stock in bulk, ledger-consistent: one balance row per product and the RECEIVE movement that made it.
$PSQL -d $DB <<SQL
insert into storage_section (warehouse_id, code, kind, created_at) values ($WAREHOUSE, 'BENCH-A', 'STORAGE', now());
insert into inventory_balance (merchant_id, warehouse_id, product_id, section_id, condition, parcel_type, on_hand, reserved, created_at)
  select p.merchant_id, $WAREHOUSE, p.id, (select id from storage_section where code = 'BENCH-A'), 'OK', 'Box', 10000000, 0, now()
  from product p order by p.id;
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta, actor, occurred_at)
  select id, merchant_id, warehouse_id, product_id, 'RECEIVE', on_hand, 0, 'bench', now() from inventory_balance;
analyze;
SQL
FIRST_BALANCE=$($PSQL -d $DB -c "select min(id) from inventory_balance")
HOT=$(IFS=,; echo "${SKUS[*]:0:2}")
SPREAD=$(IFS=,; echo "${SKUS[*]:2:20}")

# ------------------------------------------------------------------ measuring helpers
backends() { $PSQL -d postgres -c "select pid from pg_stat_activity where datname = '$DB'" | tr '\n' ' '; }
roundtrips() { # sum and count of the CreateOrder round-trips summary
  curl -sf -H "$ADMIN" $BASE/actuator/prometheus | python3 -c '
import sys
s = c = 0.0
for line in sys.stdin:
    if line.startswith("wharf_db_roundtrips_") and "uri=\"/logistics/api/2024-04/orders\"" in line and "method=\"POST\"" in line:
        name, value = line.rsplit(" ", 1)
        if name.startswith("wharf_db_roundtrips_sum"): s += float(value)
        if name.startswith("wharf_db_roundtrips_count"): c += float(value)
print(s, c)'
}
pgss_calls() { $PSQL -d $DB -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$DB'"; }

run_mode() {
  local mode=$1 skus rows first
  if [ "$mode" = hot ]; then skus=$HOT; rows=2; first=$FIRST_BALANCE; else skus=$SPREAD; rows=20; first=$((FIRST_BALANCE + 2)); fi
  echo "== $mode: 2-line orders over $rows SKUs, $CONNECTIONS connections (load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
  SKUS=$skus TOKEN=$TOKEN wrk -t2 -c$CONNECTIONS -d${WARMUP}s -s bench/create-order.lua $BASE >/dev/null
  read -r rt_sum0 rt_count0 < <(roundtrips)
  [ -n "$PGSS" ] && calls0=$(pgss_calls)
  local pg_pids; pg_pids=$(backends)
  local app0 pg0; app0=$(ticks $APP); pg0=$(ticks $pg_pids)
  local out; out=$(SKUS=$skus TOKEN=$TOKEN wrk -t2 -c$CONNECTIONS -d${DURATION}s -s bench/create-order.lua $BASE)
  local app1 pg1; app1=$(ticks $APP); pg1=$(ticks $pg_pids)
  read -r rt_sum1 rt_count1 < <(roundtrips)
  local rate; rate=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local bad; bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  local orders; orders=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "wharf saturated: ${rate} orders/s (${orders} orders, non-2xx: ${bad:-0})"
  echo "cpu during saturation: wharf $(( (app1 - app0) / HZ )) s, postgres backends $(( (pg1 - pg0) / HZ )) s of ${DURATION} s x $(nproc) cores"
  python3 -c "s0,c0,s1,c1=$rt_sum0,$rt_count0,$rt_sum1,$rt_count1; print('round-trips per order (wharf counting data source): %.1f' % ((s1-s0)/max(c1-c0,1)))"
  if [ -n "$PGSS" ]; then
    echo "statements per order (pg_stat_statements): $(python3 -c "print(round(($(pgss_calls) - $calls0) / max($orders, 1), 1))")"
  fi
  echo "wharf RSS: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$APP/status)"
  local half; half=$(python3 -c "print(max(1, round(float('$rate') / 2)))")
  java bench/OpenLoop.java $BASE/logistics/api/2024-04/orders "$TOKEN" "$half" "$OPEN" "$skus"
  local twin; twin=$(pgbench -h 127.0.0.1 -U postgres -n -c $CONNECTIONS -j 2 -T $DURATION -f bench/twin.sql \
    -D merchant=$MERCHANT -D warehouse=$WAREHOUSE -D account=$ACCOUNT -D first=$first -D rows=$rows $DB 2>&1)
  local tps; tps=$(echo "$twin" | awk '/^tps/ {print $3}')
  echo "$twin" | grep -E "failed|aborted" | grep -v " 0 " || true
  echo "twin: ${tps} tx/s"
  python3 -c "print('ratio: %.1f %% of the twin' % (100 * float('$rate') / float('$tps')))"
}

for mode in $MODES; do run_mode "$mode"; done

echo "== ledger check: $(curl -sf -H "$ADMIN" $BASE/admin/api/inventory/ledger-check | python3 -c 'import sys,json;d=json.load(sys.stdin);print("consistent" if d["consistent"] else "DISCREPANCIES: %s" % d)')"
stop_wharf
[ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB"
