-- The Logistics API 2024-04 as published: a product's customs value, when an inbound arrived and
-- was completed, and when each package's label was made (the order's labelPrintTime).
alter table product add column customs_value numeric(19,4);
alter table inbound add column arrived_at timestamp with time zone;
alter table inbound add column completed_at timestamp with time zone;
alter table outbound_package add column labelled_at timestamp with time zone;
