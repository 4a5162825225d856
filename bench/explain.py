"""EXPLAINs the main queries of Wharf on a seeded database and flags sequential scans of large
tables (over 10 000 rows): each one is a query that would slow down as the data grows.
   python3 bench/explain.py DATABASE MERCHANT WAREHOUSE ORDER_ID ACCOUNT SECTION"""
import re
import subprocess
import sys

db, merchant, warehouse, order, account, section = sys.argv[1:7]
LARGE = 10_000


def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qtA", "-d", db, "-c", sql],
                          check=True, capture_output=True, text=True).stdout


sizes = {}
for line in psql("select relname, reltuples::bigint from pg_class where relkind = 'r'").splitlines():
    name, rows = line.split("|")
    sizes[name] = int(rows)

QUERIES = {
    "order by id (every order read)": f"select * from outbound_order where id in ({order})",
    "order lines of orders": f"select * from outbound_order_line where order_id in ({order}) order by order_id, position",
    "requested lines": f"select * from outbound_requested_line where order_id in ({order}) order by order_id, position",
    "packages of orders": f"select * from outbound_package where order_id in ({order}) order by order_id, position",
    "package items of orders": f"select i.* from outbound_package_item i join outbound_package p on p.id = i.package_id where p.order_id in ({order})",
    "charges of orders": f"select * from charge where order_id in ({order})",
    "label flags": f"select distinct order_id from outbound_label where order_id in ({order})",
    "order by external id": f"select id from outbound_order where merchant_id = {merchant} and external_id = 'GR-77'",
    "ops order list page": f"select id from outbound_order where warehouse_id = {warehouse} and id > 0 order by id limit 50",
    "ops order list by status": f"select id from outbound_order where warehouse_id = {warehouse} and status = 'ERROR' and id > 0 order by id limit 50",
    "late orders": f"select id from outbound_order where warehouse_id = {warehouse} and ship_by < now() and status not in ('SHIPPED', 'DELIVERED', 'CANCELLED') and id > 0 order by id limit 50",
    "products by logistics SKU": f"select * from product where merchant_id = {merchant} and logistics_sku in ('DG000000077', 'DG000000078')",
    "scan by code": "select * from product where id in (select id from product where barcode = 'GROWBC77' union select id from product where sku = 'GROWBC77' union select id from product where logistics_sku = 'GROWBC77' union select product_id from product_barcode where barcode = 'GROWBC77') order by id",
    "stock candidates": f"select b.* from inventory_balance b join storage_section s on s.id = b.section_id where b.merchant_id = {merchant} and b.product_id in (77, 78) and b.condition = 'OK' and b.on_hand > b.reserved and s.kind = 'STORAGE'",
    "ever held": f"select distinct product_id from inventory_balance where merchant_id = {merchant} and product_id in (77, 78)",
    "stock by section": f"select * from inventory_balance where warehouse_id = {warehouse} and section_id = {section} order by product_id, id",
    "stock of a product here": f"select * from inventory_balance where warehouse_id = {warehouse} and product_id = 77 and on_hand > 0",
    "reservations of an order": f"select * from stock_reservation where reference_type = 'ORDER' and reference_id = {order}",
    "movements window": f"select m.* from inventory_movement m join inventory_balance b on b.id = m.balance_id where m.warehouse_id = {warehouse} and m.merchant_id in ({merchant}) and m.occurred_at >= now() - interval '100 days' and m.occurred_at < now() - interval '100 days' + interval '20 minutes' and m.on_hand_delta <> 0 order by m.occurred_at, m.id",
    "idempotency key": f"select * from idempotent_request where account_id = {account} and idem_key = 'k'",
    "logistics events feed": f"select * from logistics_event where account_id = {account} and seq > 0 order by seq limit 100",
    "order events": f"select * from domain_event where entity_type = 'ORDER' and entity_id = {order} order by id",
}

flagged = 0
for name, sql in QUERIES.items():
    plan = psql("explain " + sql)
    scans = [t for t in re.findall(r"Seq Scan on (\w+)", plan) if sizes.get(t, 0) > LARGE]
    verdict = "SEQUENTIAL SCAN of " + ", ".join(f"{t} ({sizes[t]} rows)" for t in scans) if scans else "ok"
    flagged += bool(scans)
    first = plan.strip().splitlines()[0].strip() if plan.strip() else ""
    print(f"{name:34} {verdict:12}  {first[:110]}")
print(f"{flagged} of {len(QUERIES)} queries scan a large table sequentially")
