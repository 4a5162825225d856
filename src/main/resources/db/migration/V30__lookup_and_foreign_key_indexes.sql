-- Issue 15: every look-up column and every foreign key gets the index its queries need, so that
-- reads stay flat as the tables grow (EXPLAIN on a seeded database: bench/explain.sh).

-- The floor's scans look a code up as a barcode, a SKU, a logistics SKU or an extra barcode.
create index ix_product_barcode_column on product (barcode);
create index ix_product_sku_code on product (sku);

-- "Ever held" and the merchant's totals read balances by merchant and product; stock by section,
-- short picks and the ledger check read them by section and by their reservations.
create index ix_balance_merchant_product on inventory_balance (merchant_id, product_id);
create index ix_balance_section on inventory_balance (section_id);
create index ix_balance_warehouse on inventory_balance (warehouse_id);
create index ix_reservation_balance on stock_reservation (balance_id);

-- Children read by their parent, and rows found by what they reference.
create index ix_inbound_warehouse on inbound (warehouse_id);
create index ix_inbound_package_inbound on inbound_package (inbound_id);
create index ix_inbound_line_package on inbound_line (package_id);
-- inbound_line (product_id): V15's ix_inbound_line_product (product_id, inbound_id) serves it.
create index ix_inbound_receipt_line on inbound_receipt (line_id);
create index ix_inbound_receipt_product on inbound_receipt (product_id);
create index ix_order_line_product on outbound_order_line (product_id);
create index ix_package_item_product on outbound_package_item (product_id);
create index ix_pick_list_warehouse on pick_list (warehouse_id);
create index ix_pick_task_line on pick_task (line_id);
create index ix_pick_task_balance on pick_task (balance_id);
create index ix_cycle_count_warehouse on cycle_count (warehouse_id);
create index ix_cycle_count_line_count on cycle_count_line (count_id);
create index ix_cycle_count_line_balance on cycle_count_line (balance_id);
create index ix_bundle_item_bundle on bundle_item (bundle_id);
create index ix_bundle_item_product on bundle_item (product_id);
create index ix_return_order on customer_return (order_id);
create index ix_return_item_product on customer_return_item (product_id);
create index ix_return_inspection_item on customer_return_inspection (item_id);
create index ix_operator_session_operator on operator_session (operator_id);
create index ix_api_credential_account on api_credential (account_id);
create index ix_report_account on report (account_id);
