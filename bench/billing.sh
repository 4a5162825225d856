#!/usr/bin/env bash
# Benchmark: billing at scale on PostgreSQL, with the service's heap capped (HEAP=96m) so that only
# streaming code can pass.
#   1. the nightly storage snapshot of STOCK_ROWS stock rows (1 million by default: 10 merchants ×
#      1,000 products × 100 sections) with LATE_MOVES ledger rows after the snapshot's midnight;
#   2. a month's statement of one merchant with ORDERS shipped orders (100,000 by default, four lines
#      each: pick, additional units, packaging, shipping), next to as many lines of other merchants:
#      the JSON statement (totals + first 1,000 lines) and the whole CSV, streamed.
#   bash bench/billing.sh
# Needs: a JDK, PostgreSQL at 127.0.0.1:5432 (user postgres), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS=${ORDERS:-100000}
PRODUCTS=${PRODUCTS:-1000}
SECTIONS=${SECTIONS:-100}
LATE_MOVES=${LATE_MOVES:-200000}
HEAP=${HEAP:-96m}
PORT=${PORT:-18082}
DB=wharf_bench_billing
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
[ -n "$(ls target/wharf-*.jar 2>/dev/null | grep -v -- '-plain\.jar$' || true)" ] || ./mvnw -q -B -DskipTests package
JAR=$(ls target/wharf-*.jar | grep -v -- '-plain\.jar$' | head -n 1)

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  WHARF_ADMIN_TOKEN=bench SERVER_PORT=$PORT java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" --wharf.webhooks.enabled=false \
  --wharf.billing.storage-enabled=false > /tmp/wharf-bench-billing.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done

A="Authorization: Bearer bench"; J="Content-Type: application/json"
W=$(curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/warehouses -d '{"code":"BENCH","name":"Bench","addressLine1":"1 Road","city":"Leeds","countryCode":"GB","defaultCurrency":"GBP","timezone":"Europe/London","cutoffTime":"14:00"}' \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
for i in $(seq 1 10); do
  curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/accounts -d "{\"name\":\"Bench merchant $i\",\"dialect\":\"logistics\",\"warehouseCode\":\"BENCH\"}" >/dev/null
done
TODAY=$(TZ=Europe/London date +%F)
curl -sf -X PUT -H "$A" -H "$J" localhost:$PORT/admin/api/warehouses/$W/rate-card \
  -d "{\"effectiveFrom\":\"$TODAY\",\"storagePerUnitDay\":0.0125,\"storagePerCubicMetreDay\":0.75,\"storagePerSectionDay\":0.40}" >/dev/null
curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/operators -d '{"username":"boss","password":"correct horse battery bench","role":"supervisor","warehouseCode":"BENCH"}' >/dev/null
BOSS="Authorization: Bearer $(curl -sf -H "$J" localhost:$PORT/ops/api/login -d '{"username":"boss","password":"correct horse battery bench"}' \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')"
M=$($PSQL -d $DB -c "select min(id) from merchant")

echo "seeding $(( 10 * PRODUCTS * SECTIONS )) stock rows, $LATE_MOVES late ledger rows and $(( ORDERS * 8 )) billing lines..."
START=$(date +%s)
$PSQL -d $DB <<SQL
insert into storage_section (warehouse_id, code, kind, created_at)
  select $W, 'S-' || g, 'STORAGE', now() from generate_series(1, $SECTIONS) g;
insert into product (merchant_id, title, sku, barcode, active, length, width, height, dimension_unit, created_at, updated_at)
  select m.id, 'Bench ' || g, 'BENCH-' || m.id || '-' || g, 'BC' || m.id || '-' || g, true, 10 + g % 20, 10, 5, 'CM', now(), now()
  from merchant m cross join generate_series(1, $PRODUCTS) g;
insert into inventory_balance (merchant_id, warehouse_id, product_id, section_id, condition, parcel_type, on_hand, reserved, created_at)
  select p.merchant_id, $W, p.id, s.id, 'OK', 'Box', 1 + (p.id + s.id) % 50, 0, now()
  from product p cross join storage_section s where s.warehouse_id = $W;
-- the warehouse's first movement was yesterday (so one day is due); later ones are after its midnight
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta, actor, occurred_at)
  select id, merchant_id, warehouse_id, product_id, 'RECEIVE', 1, 0, 'bench', now() - interval '1 day' from inventory_balance where id = (select min(id) from inventory_balance);
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta, actor, occurred_at)
  select b.id, b.merchant_id, b.warehouse_id, b.product_id, 'RECEIVE', 1, 0, 'bench', date_trunc('day', now() at time zone 'Europe/London') at time zone 'Europe/London' + interval '1 minute'
  from inventory_balance b where b.id % (select greatest(1, count(*) / $LATE_MOVES) from inventory_balance) = 0 limit $LATE_MOVES;
-- a month of work for the merchant and for another, four lines per order
insert into billing_line (merchant_id, warehouse_id, charge_type, reference_type, reference_id, detail, quantity, unit_price, amount, currency,
                          service_day, billing_month, adjustment, occurred_at)
  select m, $W, t.type, t.ref, g, t.detail, t.q, t.p, t.q * t.p, 'GBP', date_trunc('month', current_date)::date + (g % 28),
         date_trunc('month', current_date)::date, false, now()
  from generate_series(1, $ORDERS) g
  cross join (values ($M), ($M + 1)) ms(m)
  cross join (values ('PICK_ORDER', 'ORDER', '', 1, 1.20), ('PICK_ADDITIONAL_UNIT', 'ORDER', '', 2, 0.25),
                     ('PACKAGING', 'PACKAGE', 'S', 1, 0.40), ('SHIPPING', 'PACKAGE', '', 1, 6.35)) t(type, ref, detail, q, p);
analyze;
SQL
echo "seeded in $(( $(date +%s) - START )) s"

echo "nightly storage snapshot..."
START=$(date +%s.%N)
curl -sf -X POST -H "$A" localhost:$PORT/admin/api/billing/storage/run
echo
echo "snapshot + storage charges: $(python3 -c "print(round($(date +%s.%N) - $START, 2))") s for $($PSQL -d $DB -c 'select count(*) from inventory_balance') stock rows"
grep "storage of warehouse" /tmp/wharf-bench-billing.log | tail -3

MONTH=$(date +%Y-%m)
for run in 1 2 3; do
  START=$(date +%s.%N)
  LINES=$(curl -sf -H "$BOSS" "localhost:$PORT/ops/api/billing/merchants/$M/statement.csv?month=$MONTH" | wc -l)
  CSV=$(python3 -c "print(round($(date +%s.%N) - $START, 2))")
  START=$(date +%s.%N)
  TOTAL=$(curl -sf -H "$BOSS" "localhost:$PORT/ops/api/billing/merchants/$M/statement?month=$MONTH" | python3 -c 'import sys,json;d=json.load(sys.stdin);print(d["lineCount"], d["subtotal"])')
  JSON=$(python3 -c "print(round($(date +%s.%N) - $START, 2))")
  echo "run $run: CSV of $LINES rows in $CSV s; JSON statement (lines, subtotal: $TOTAL) in $JSON s; heap -Xmx$HEAP"
done
kill $APP; wait $APP 2>/dev/null || true
[ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB"
