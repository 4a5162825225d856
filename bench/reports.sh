#!/usr/bin/env bash
# Benchmark: an Orders-All_Orders report of ROWS order lines (1 million by default) on PostgreSQL,
# built and downloaded by a service whose heap is capped far below the report's size (HEAP=96m):
# it only succeeds if building and downloading run in constant memory.
#   bash bench/reports.sh              (ROWS=1000000 HEAP=96m by default)
# Needs: a JDK, PostgreSQL at 127.0.0.1:5432 (user postgres), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
HEAP=${HEAP:-96m}
PORT=${PORT:-18081}
DB=wharf_bench_reports
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"
JAR=$(ls target/wharf-*.jar | grep -v -- '-plain\.jar$' | head -n 1)

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  WHARF_ADMIN_TOKEN=bench SERVER_PORT=$PORT java -Xmx$HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" --wharf.webhooks.enabled=false \
  > /tmp/wharf-bench-reports.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done

A="Authorization: Bearer bench"; J="Content-Type: application/json"
curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/warehouses -d '{"code":"BENCH","name":"Bench","addressLine1":"1 Road","city":"Reno","countryCode":"US","defaultCurrency":"USD","timezone":"America/Los_Angeles","cutoffTime":"14:00"}' >/dev/null
TOKEN=$(curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/accounts -d '{"name":"Bench merchant","dialect":"logistics","warehouseCode":"BENCH"}' \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])')

echo "seeding $ROWS order lines (10 per order)..."
START=$(date +%s)
$PSQL -d $DB <<SQL
insert into product (merchant_id, title, sku, barcode, active, created_at, updated_at, logistics_sku)
  select (select min(id) from merchant), 'Bench product ' || g, 'BENCH-SKU-' || g, 'BC' || g, true, now(), now(), 'DB' || lpad(g::text, 9, '0')
  from generate_series(1, 1000) g;
insert into outbound_order (number, merchant_id, warehouse_id, type, status, ship_to_name, ship_to_address1, ship_to_city,
                            ship_to_state, ship_to_country_code, currency, created_at, updated_at, external_id)
  select 'BENCH ' || g, (select min(id) from merchant), (select min(id) from warehouse), 'STOCK', 'CREATED', 'Jane Buyer',
         '110 Sutter St', 'San Francisco', 'CA', 'US', 'USD', now() - (g * interval '1 second'), now(), 'EXT-' || g
  from generate_series(1, $ROWS / 10) g;
insert into outbound_order_line (order_id, position, product_id, quantity)
  select o.id, l, (select min(id) from product) + (o.id * 10 + l) % 1000, 1 + l
  from outbound_order o cross join generate_series(0, 9) l;
analyze;
SQL
echo "seeded in $(( $(date +%s) - START )) s"

START=$(date +%s)
REF=$(curl -sf -H "Authorization: Bearer $TOKEN" -H "$J" localhost:$PORT/logistics/api/2024-04/reports -d '{"reportType":"Orders-All_Orders"}' \
  | python3 -c 'import sys,json;print(json.load(sys.stdin)["reportReference"])')
while :; do
  REPORT=$(curl -sf -H "Authorization: Bearer $TOKEN" localhost:$PORT/logistics/api/2024-04/reports/$REF)
  STATUS=$(echo "$REPORT" | python3 -c 'import sys,json;print(json.load(sys.stdin)["status"])')
  [ "$STATUS" != PENDING ] && break
  kill -0 $APP || { echo "the service died (see /tmp/wharf-bench-reports.log)"; exit 1; }
  sleep 1
done
echo "built: $STATUS in $(( $(date +%s) - START )) s"
URL=$(echo "$REPORT" | python3 -c 'import sys,json;print(json.load(sys.stdin)["url"])')
START=$(date +%s)
LINES=$(curl -sf "$URL" | tee >(wc -c > /tmp/wharf-bench-reports.bytes) | wc -l)
echo "downloaded $LINES lines, $(cat /tmp/wharf-bench-reports.bytes) bytes in $(( $(date +%s) - START )) s with -Xmx$HEAP"
kill $APP; wait $APP 2>/dev/null || true
[ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB"
