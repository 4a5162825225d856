package dev.wharf.outbound;

import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.WarehouseCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * When an order must ship and arrive. Ship-by: the promised time if given, else the cut-off of
 * the warehouse's ship date. Deliver-by, in this order: (1) a valid promised delivery time;
 * (2) the ship date plus {@code deliveryDays}; (3) the ship method's speed; unknown or absent
 * methods take five days.
 */
public record DeliveryPromise(Instant shipBy, Instant deliverBy) {

    static final int DEFAULT_DAYS = 5;
    static final int MAX_DAYS = 365;

    public static DeliveryPromise of(Instant now, WarehouseCalendar calendar, Instant promisedShipBy, Instant promisedDeliveryBy,
                                     Double deliveryDays, String shipMethod) {
        if (deliveryDays != null && (!Double.isFinite(deliveryDays) || deliveryDays < 0 || deliveryDays > MAX_DAYS
                || deliveryDays != Math.rint(deliveryDays))) {
            // 0 is "not set" (the published example sends it); anything else must be a whole number of days.
            throw new InvalidInput("deliveryDays", "must be a whole number of days from 1 to " + MAX_DAYS);
        }
        if (promisedShipBy != null && !promisedShipBy.isAfter(now)) {
            throw new InvalidInput("promisedShipByTime", "must be in the future");
        }
        if (promisedDeliveryBy != null && !promisedDeliveryBy.isAfter(now)) {
            throw new InvalidInput("promisedDeliveryByTime", "must be in the future");
        }
        if (promisedShipBy != null && promisedDeliveryBy != null && !promisedShipBy.isBefore(promisedDeliveryBy)) {
            throw new InvalidInput("promisedShipByTime", "must be before promisedDeliveryByTime");
        }
        var shipBy = promisedShipBy != null ? promisedShipBy : calendar.shipBy(now);
        if (promisedDeliveryBy != null) {
            if (!shipBy.isBefore(promisedDeliveryBy)) {
                throw new InvalidInput("promisedDeliveryByTime", "is before the order can ship (" + shipBy + ")");
            }
            return new DeliveryPromise(shipBy, promisedDeliveryBy);
        }
        if (deliveryDays != null && deliveryDays >= 1) {
            return new DeliveryPromise(shipBy, shipBy.plus(Duration.ofDays(deliveryDays.longValue())));
        }
        return new DeliveryPromise(shipBy, shipBy.plus(Duration.ofDays(daysFor(shipMethod))));
    }

    /**
     * The documented speed table, matched case-insensitively on words of the method:
     * overnight / next day / 1 day → 1; 2 day / two day / second day / expedited / express → 2;
     * 3 day → 3; standard / ground / economy and anything unknown → 5.
     */
    static int daysFor(String shipMethod) {
        if (shipMethod == null || shipMethod.isBlank()) {
            return DEFAULT_DAYS;
        }
        var m = " " + shipMethod.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip() + " ";
        if (m.contains(" overnight ") || m.contains(" next day ") || m.contains(" nextday ") || m.contains(" 1 day ")
                || m.contains(" 1day ") || m.contains(" one day ")) {
            return 1;
        }
        if (m.contains(" 2 day ") || m.contains(" 2day ") || m.contains(" two day ") || m.contains(" second day ")
                || m.contains(" 2nd day ") || m.contains(" expedited ") || m.contains(" express ")) {
            return 2;
        }
        if (m.contains(" 3 day ") || m.contains(" 3day ") || m.contains(" three day ")) {
            return 3;
        }
        return DEFAULT_DAYS;
    }
}
