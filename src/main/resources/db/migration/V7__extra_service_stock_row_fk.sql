-- An extra service may name the stock row (ShipAPI extraServices[].inventoryId) it applies to.
-- The row must exist: the application refuses a missing or another merchant's row alike (404),
-- and the database now refuses a dangling one too. References written before this check that
-- point nowhere are cleared first, so the constraint can be added on an existing database.
update outbound_extra_service set requested_balance_id = null
 where requested_balance_id is not null
   and requested_balance_id not in (select id from inventory_balance);

alter table outbound_extra_service
    add constraint fk_extra_service_balance foreign key (requested_balance_id) references inventory_balance (id);

create index ix_extra_service_balance on outbound_extra_service (requested_balance_id);
