#!/usr/bin/env bash
# Benchmark: GET /deliverr/inventory/movements over 5 million ledger rows in 20 warehouses, on PostgreSQL.
# Starts the service on its own database, seeds the ledger with SQL, then times random 20-minute windows.
#   bash bench/movements.sh            (ROWS=5000000 REQUESTS=1000 by default)
# Needs: a JDK, PostgreSQL at 127.0.0.1:5432 (user postgres), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-5000000}
REQUESTS=${REQUESTS:-1000}
PORT=${PORT:-18080}
DB=wharf_bench_movements
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA"

$PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
[ -f target/wharf-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
  WHARF_ADMIN_TOKEN=bench SERVER_PORT=$PORT java -jar target/wharf-0.1.0-SNAPSHOT.jar --wharf.webhooks.enabled=false \
  > /tmp/wharf-bench.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf localhost:$PORT/actuator/health >/dev/null && break; sleep 1; done

A="Authorization: Bearer bench"; J="Content-Type: application/json"
for i in $(seq -w 1 20); do
  curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/warehouses -d "{\"code\":\"BENCH$i\",\"name\":\"Bench $i\",\"addressLine1\":\"1 Road\",\"city\":\"Reno\",\"countryCode\":\"US\",\"defaultCurrency\":\"USD\",\"timezone\":\"America/Los_Angeles\",\"cutoffTime\":\"14:00\"}" >/dev/null
done
ACCOUNT=$(curl -sf -H "$A" -H "$J" localhost:$PORT/admin/api/accounts -d '{"name":"Deliverr","dialect":"deliverr"}')
USERNAME=$(echo "$ACCOUNT" | python3 -c 'import sys,json;print(json.load(sys.stdin)["username"])')
PASSWORD=$(echo "$ACCOUNT" | python3 -c 'import sys,json;print(json.load(sys.stdin)["password"])')

echo "seeding $ROWS ledger rows..."
START=$(date +%s)
$PSQL -d $DB <<SQL
insert into storage_section (warehouse_id, code, kind, created_at) select id, 'A-1', 'STORAGE', now() from warehouse;
insert into product (merchant_id, title, sku, barcode, active, created_at, updated_at, logistics_sku)
  select (select min(id) from merchant), 'Bench ' || g, 'BENCH-SKU-' || g, 'BC' || g, true, now(), now(), 'DBENCH' || lpad(g::text, 5, '0')
  from generate_series(1, 1000) g;
insert into inventory_balance (merchant_id, warehouse_id, product_id, section_id, condition, parcel_type, on_hand, reserved, created_at)
  select p.merchant_id, s.warehouse_id, p.id, s.id, 'OK', 'Box', 0, 0, now() from product p cross join storage_section s;
create temporary table b as select row_number() over (order by id) - 1 as n, id, merchant_id, warehouse_id, product_id from inventory_balance;
create index on b (n);
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta, reason,
                                reference_type, reference_id, actor, occurred_at)
  select b.id, b.merchant_id, b.warehouse_id, b.product_id,
         (array['RECEIVE','SHIP','ADJUSTMENT','RETURN','RESERVE'])[1 + g % 5],
         case g % 5 when 0 then 5 when 1 then -1 when 2 then -1 when 3 then 1 else 0 end,
         case g % 5 when 4 then 1 else 0 end, null, null, null, 'bench',
         now() - (g * (interval '1 year' / $ROWS))
  from generate_series(1, $ROWS) g join b on b.n = g % (select count(*) from b);
analyze;
SQL
echo "seeded in $(( $(date +%s) - START )) s; $($PSQL -d $DB -c 'select count(*) from inventory_movement') rows"

python3 bench/movements.py "localhost:$PORT" "$USERNAME" "$PASSWORD" "$REQUESTS"
kill $APP; wait $APP 2>/dev/null || true
[ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB"
