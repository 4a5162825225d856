-- Business keys that the core checks before inserting, now also held by the database, so two
-- concurrent requests cannot both pass the check. The PostgreSQL twin of this file differs only
-- in the generated-column syntax (PostgreSQL needs STORED, H2 refuses it).
-- A product without a warehouse (Logistics, partner) is unique per merchant: warehouse_key folds
-- the null warehouse to 0; a product without a SKU is not constrained.
alter table product add column warehouse_key bigint generated always as (coalesce(warehouse_id, 0));
alter table product add constraint uq_product_sku unique (merchant_id, warehouse_key, sku);
alter table merchant add column email_key varchar(200) generated always as (lower(email));
alter table merchant add constraint uq_merchant_email unique (account_id, email_key);
