package dev.wharf.warehouse;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

public record NewWarehouse(
        String code,
        String name,
        Warehouse.Address address,
        String phone,
        String email,
        String defaultCurrency,
        ZoneId timezone,
        LocalTime cutoffTime,
        Set<DayOfWeek> workingDays) {
}
