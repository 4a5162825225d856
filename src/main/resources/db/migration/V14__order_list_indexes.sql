-- The floor's order lists page by id within a warehouse (optionally one status), and every order
-- read joins its packages' items: without these, both scan whole tables as the data grows.
create index ix_order_warehouse_status on outbound_order (warehouse_id, status, id);
create index ix_order_warehouse_ship_by on outbound_order (warehouse_id, ship_by);
create index ix_package_item_package on outbound_package_item (package_id);
