-- A closed month's billing lines are final: the database refuses to change, remove or add a line of a
-- month its warehouse has closed (the application bills late charges into the next open month). H2
-- would need a trigger written in Java, so there the application's rule stands alone.
create function billing_line_of_closed_month() returns trigger as $$
declare
    line billing_line;
begin
    if tg_op = 'INSERT' then
        line := new;
    else
        line := old;
    end if;
    if exists (select 1 from billing_month_close c
               where c.warehouse_id = line.warehouse_id and c.billing_month = line.billing_month) then
        raise exception 'billing line % belongs to the closed month % of warehouse %', line.id, line.billing_month, line.warehouse_id
            using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$ language plpgsql;

create trigger billing_line_closed_month
    before insert or update or delete on billing_line
    for each row execute function billing_line_of_closed_month();
