-- The pgbench twin of one 2-line CreateOrder: exactly its writes, in one transaction, in the order
-- Wharf sends them (stock rows last). Variables: :merchant :warehouse :account :first (the first
-- stock row's id) :rows (how many stock rows the orders draw from: 2 hot or 20 spread).
\set a random(0, :rows - 1)
\set d random(1, :rows - 1)
\set b (:a + :d) % :rows
\set lo :first + least(:a, :b)
\set hi :first + greatest(:a, :b)
begin;
insert into idempotent_request (account_id, idem_key, request_hash, status, response, created_at)
  values (:account, 'twin-' || :client_id || '-' || txid_current(), 'h', 0, '', now());
insert into outbound_order (number, merchant_id, warehouse_id, type, status, ship_to_name, ship_to_address1, ship_to_city,
    ship_to_state, ship_to_postal, ship_to_country_code, currency, created_at, updated_at, ship_by, shipping_method,
    external_id, source, deliver_by)
  values ('#TW ' || nextval('order_number_seq'), :merchant, :warehouse, 'STOCK', 'ALLOCATED', 'Jane Buyer', '110 Sutter St',
    'San Francisco', 'CA', '94104', 'US', 'USD', now(), now(), now(), 'Standard', 'TWIN-' || txid_current(), 'SHOPIFY', now())
  returning id as order_id \gset
insert into outbound_requested_line (order_id, position, sku, quantity) values (:order_id, 0, 'A', 1), (:order_id, 1, 'B', 1);
insert into outbound_order_line (order_id, position, product_id, quantity)
  select :order_id, p, product_id, 1 from (values (0, :lo), (1, :hi)) v(p, b) join inventory_balance on id = b;
insert into stock_reservation (balance_id, reference_type, reference_id, line_id, quantity)
  select balance_id, 'ORDER', :order_id, l.id, 1 from outbound_order_line l
  join (values (0, :lo), (1, :hi)) v(p, balance_id) on v.p = l.position where l.order_id = :order_id;
select pg_advisory_xact_lock_shared(7270001);
insert into inventory_movement (balance_id, merchant_id, warehouse_id, product_id, type, on_hand_delta, reserved_delta,
    reference_type, reference_id, actor, occurred_at)
  select id, merchant_id, warehouse_id, product_id, 'RESERVE', 0, 1, 'ORDER', :order_id, 'twin', now()
  from inventory_balance where id in (:lo, :hi);
update inventory_balance set reserved = reserved + 1 where id = :lo and on_hand - reserved >= 1;
update inventory_balance set reserved = reserved + 1 where id = :hi and on_hand - reserved >= 1;
insert into domain_event (entity_type, entity_id, type, from_status, to_status, actor, occurred_at)
  values ('ORDER', :order_id, 'ORDER_PLACED', null, 'CREATED', 'twin', now()),
         ('ORDER', :order_id, 'ORDER_ALLOCATED', 'CREATED', 'ALLOCATED', 'twin', now());
select pg_advisory_xact_lock_shared(7270011);
insert into logistics_event (event_uuid, account_id, type, occurred_at, payload)
  values (gen_random_uuid()::text, :account, 'SHIPMENT_CREATED', now(), '{}');
update idempotent_request set status = 200, response = '{}' where account_id = :account and idem_key = 'twin-' || :client_id || '-' || txid_current();
commit;
