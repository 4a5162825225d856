-- Putaway consumes what a receipt left at the dock: a line's stocked units never exceed the good
-- units received (the conditional update in PuttingAway is the first line of defence, this the second).
alter table inbound_line add constraint ck_inbound_line_stocked check (quantity_stocked >= 0 and quantity_stocked <= quantity_good);
create index ix_inbound_line_product on inbound_line (product_id, inbound_id);
