package dev.wharf.warehouse;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** A warehouse: where it is, what currency it bills in, and its working calendar. */
public record Warehouse(
        WarehouseId id,
        String code,
        String name,
        Address address,
        String phone,
        String email,
        String defaultCurrency,
        ZoneId timezone,
        LocalTime cutoffTime,
        Set<DayOfWeek> workingDays) {

    public record Address(String line1, String line2, String city, String state, String postal, String countryCode) {
    }
}
