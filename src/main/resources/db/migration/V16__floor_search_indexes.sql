-- The floor finds packages and inbounds by tracking number and ASN id (manifest scans, the
-- search box). Orders get no new index: every insert of an order would pay for it, and the
-- warehouse-scoped search reads the orders list's (warehouse_id, status, id) index.
create index ix_package_tracking on outbound_package (tracking_number);
create index ix_inbound_external_id on inbound (external_id);
create index ix_inbound_package_track on inbound_package (track_number);
