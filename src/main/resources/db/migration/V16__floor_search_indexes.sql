-- The floor finds orders and inbounds by the references people hold: the platform's own id and
-- tracking numbers (exact matches, served by these indexes rather than a scan of the warehouse).
create index ix_order_external_id on outbound_order (external_id);
create index ix_order_tracking on outbound_order (tracking_number);
create index ix_package_tracking on outbound_package (tracking_number);
create index ix_inbound_external_id on inbound (external_id);
create index ix_inbound_package_track on inbound_package (track_number);
