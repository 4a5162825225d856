#!/usr/bin/env bash
# Growth: the same figures on an empty database and on one seeded in bulk, and the query plans.
#
#   bash bench/growth.sh                          (ORDERS=1000000 PRODUCTS=100000: 4 M ledger rows)
#   (WARMUP=20 s of load before each size's figures, DURATION=20 s per load run, RATE=50 orders/s fixed)
#   ORDERS=100000 PRODUCTS=10000 bash bench/growth.sh
#
# Seeds in SQL (generate_series), ledger-consistent: ORDERS shipped orders of 2 lines, each line
# reserved and shipped (RESERVE and SHIP ledger rows referencing its order), one package of 2
# items per order, PRODUCTS products each received once (balances = the ledger's sums). Then
# prints, per size (empty, seeded): CreateOrder saturated and p99 at a fixed RATE, GET /orders/{id}
# (Logistics) p50/p99, the ops order list page and barcode look-up p50/p99, the admin ledger check.
# Last, EXPLAIN of the main queries, flagging every sequential scan of a table over 10 000 rows.
# Needs what bench/create-order.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS=${ORDERS:-1000000}
PRODUCTS=${PRODUCTS:-100000}
RATE=${RATE:-50}
WARMUP=${WARMUP:-20}
DURATION=${DURATION:-20}
PORT=${PORT:-18091}
DB=${DB:-wharf_bench_growth}
LOG=${LOG:-/tmp/wharf-bench-growth.log}
. bench/lib.sh

bench_jar
fresh_db $DB
start_wharf
seed_merchant
SKUS=()
for i in $(seq -w 1 20); do
  SKUS+=("$(curl -sf -H "Authorization: Bearer $TOKEN" -H "$J" $BASE/logistics/api/2024-04/products \
    -d "{\"name\":\"Hot $i\",\"merchantSku\":\"HOT-$i\",\"barcodes\":[\"HOTBC$i\"]}" | json '["logisticsSku"]')")
done
$PSQL -d $DB <<SQL
insert into storage_section (warehouse_id, code, kind, created_at) values ($WAREHOUSE, 'GROW-A', 'STORAGE', now());
insert into inventory_balance (merchant_id, warehouse_id, product_id, section_id, condition, parcel_type, on_hand, reserved, created_at)
  select p.merchant_id, $WAREHOUSE, p.id, (select id from storage_section where code = 'GROW-A'), 'OK', 'Box', 10000000, 0, now()
  from product p;
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta, actor, occurred_at)
  select id, merchant_id, warehouse_id, product_id, 'RECEIVE', on_hand, 0, 'bench', now() - interval '2 years' from inventory_balance;
analyze;
SQL
HOT=$(IFS=,; echo "${SKUS[*]}")
ORDER_ID=""

# p50/p99 of GET requests: python3 bench/timing.py URL AUTH N
measure() {
  local label=$1
  echo "-- $label (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  SKUS=$HOT TOKEN=$TOKEN wrk -t2 -c16 -d${WARMUP}s -s bench/create-order.lua $BASE >/dev/null
  SKUS=$HOT TOKEN=$TOKEN wrk -t2 -c16 -d${DURATION}s -s bench/create-order.lua $BASE | awk '/Requests\/sec/ {print "CreateOrder saturated: " $2 " orders/s"}'
  java bench/OpenLoop.java $BASE/logistics/api/2024-04/orders "$TOKEN" "$RATE" "$DURATION" "$HOT" | sed "s/^/CreateOrder at a fixed rate: /"
  ORDER_ID=${ORDER_ID:-$($PSQL -d $DB -c "select max(id) from outbound_order")}
  python3 bench/timing.py "$BASE/logistics/api/2024-04/orders/$ORDER_ID" "Bearer $TOKEN" 300 "GET /orders/{id} (Logistics)"
  python3 bench/timing.py "$BASE/ops/api/orders?limit=50&after=$(( ORDER_ID - 100 ))" "$OPERATOR" 100 "GET /ops/api/orders, a page of 50"
  python3 bench/timing.py "$BASE/ops/api/products?barcode=HOTBC05" "$OPERATOR" 300 "ops barcode look-up"
  python3 bench/timing.py "$BASE/admin/api/inventory/ledger-check" "Bearer bench" 3 "admin ledger check"
}

measure "nearly empty: $($PSQL -d $DB -c 'select count(*) from outbound_order') orders"

echo "seeding $ORDERS orders, $PRODUCTS products, $(( ORDERS * 4 )) ledger rows..."
START=$(date +%s)
$PSQL -d $DB <<SQL
set maintenance_work_mem = '256MB';
insert into product (merchant_id, title, sku, barcode, active, created_at, updated_at, logistics_sku)
  select $MERCHANT, 'Grown ' || g, 'GROW-SKU-' || g, 'GROWBC' || g, true, now(), now(), 'DG' || lpad(g::text, 9, '0')
  from generate_series(1, $PRODUCTS) g;
-- The grown products sit in 50 sections of their own.
insert into storage_section (warehouse_id, code, kind, created_at)
  select $WAREHOUSE, 'GROW-' || lpad(g::text, 2, '0'), 'STORAGE', now() from generate_series(1, 50) g;
insert into inventory_balance (merchant_id, warehouse_id, product_id, section_id, condition, parcel_type, on_hand, reserved, created_at)
  select p.merchant_id, $WAREHOUSE, p.id, s.id, 'OK', 'Box', 0, 0, now()
  from product p join storage_section s on s.code = 'GROW-' || lpad((1 + p.id % 50)::text, 2, '0') and s.warehouse_id = $WAREHOUSE
  where p.sku like 'GROW-SKU-%';
create temporary table b as select row_number() over (order by id) - 1 as n, id, product_id from inventory_balance
  where product_id in (select id from product where sku like 'GROW-SKU-%');
create index on b (n);
insert into outbound_order (number, merchant_id, warehouse_id, type, status, ship_to_name, ship_to_address1, ship_to_city,
    ship_to_state, ship_to_postal, ship_to_country_code, currency, created_at, updated_at, ship_by, shipping_method, external_id,
    source, deliver_by, shipped_at)
  select '#GR ' || g, $MERCHANT, $WAREHOUSE, 'STOCK', 'SHIPPED', 'Jane Buyer', '1 Road', 'Reno', 'CA', '94104', 'US', 'USD',
         t, t, t + interval '1 day', 'Standard', 'GR-' || g, 'SHOPIFY', t + interval '3 days', t + interval '20 hours'
  from (select g, now() - interval '1 day' - g * (interval '1 year' / $ORDERS) as t from generate_series(1, $ORDERS) g) x;
create temporary table o as select id, row_number() over (order by id) as g, shipped_at from outbound_order where number like '#GR %';
insert into outbound_order_line (order_id, position, product_id, quantity)
  select o.id, k, b.product_id, 1 from o cross join generate_series(0, 1) k join b on b.n = (o.g * 2 + k) % $PRODUCTS;
insert into outbound_requested_line (order_id, position, sku, quantity)
  select l.order_id, l.position, p.logistics_sku, 1 from outbound_order_line l join o on o.id = l.order_id join product p on p.id = l.product_id;
insert into outbound_package (order_id, position, weight_kg, carrier, service, tracking_number, status, shipped_at, created_at)
  select id, 0, 0.5, 'Wharf Post', 'Standard', 'WHFG' || g, 'SHIPPED', shipped_at, shipped_at from o;
insert into outbound_package_item (package_id, product_id, quantity)
  select p.id, l.product_id, 1 from outbound_package p join o on o.id = p.order_id join outbound_order_line l on l.order_id = o.id;
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta,
    reference_type, reference_id, actor, occurred_at)
  select b.id, $MERCHANT, $WAREHOUSE, b.product_id, m.type, m.on_hand, m.reserved, 'ORDER', o.id, 'bench',
         o.shipped_at - m.before
  from o cross join generate_series(0, 1) k join b on b.n = (o.g * 2 + k) % $PRODUCTS
  cross join (values ('RESERVE', 0, 1, interval '20 hours'), ('SHIP', -1, -1, interval '0 hours')) m(type, on_hand, reserved, before);
-- Each grown product was received once, enough for every unit it shipped and 100 more.
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta, actor, occurred_at)
  select b.id, $MERCHANT, $WAREHOUSE, b.product_id, 'RECEIVE', 100 + (select count(*) from outbound_order_line l
         where l.product_id = b.product_id), 0, 'bench', now() - interval '2 years'
  from b;
update inventory_balance x set on_hand = s.on_hand, reserved = s.reserved
  from (select balance_id, sum(on_hand_delta) as on_hand, sum(reserved_delta) as reserved from inventory_movement
        where balance_id in (select id from b) group by balance_id) s
  where x.id = s.balance_id;
analyze;
SQL
echo "seeded in $(( $(date +%s) - START )) s: $($PSQL -d $DB -c "select (select count(*) from outbound_order) || ' orders, ' || (select count(*) from product) || ' products, ' || (select count(*) from inventory_movement) || ' ledger rows, ' || (select count(*) from outbound_package_item) || ' package items'")"
ORDER_ID=$($PSQL -d $DB -c "select id from outbound_order where number = '#GR 1'")
measure "seeded"

echo "== plans of the main queries (a sequential scan of a table over 10 000 rows is flagged)"
python3 bench/explain.py "$DB" "$MERCHANT" "$WAREHOUSE" "$ORDER_ID" "$ACCOUNT" \
  "$($PSQL -d $DB -c "select id from storage_section where code = 'GROW-07'")"
stop_wharf
[ -n "${KEEP:-}" ] || $PSQL -d postgres -c "drop database if exists $DB"
