package dev.wharf.reports;

import java.util.List;

/**
 * The report types Wharf builds, by the Logistics API's names; each is one set-based query read
 * row by row into CSV. The vendor's enum has more; asking for one of those is refused as not supported.
 */
public enum ReportType {
    ORDERS_ALL_ORDERS("Orders-All_Orders", ReportQueries.ALL_ORDERS),
    ORDERS_SHIPMENTS("Orders-Shipments", ReportQueries.SHIPMENTS),
    INVENTORY_LEVELS_TODAY("Inventory-Levels_Today", ReportQueries.INVENTORY_LEVELS),
    INBOUNDS_PACKAGES("Inbounds-Packages", ReportQueries.INBOUND_PACKAGES),
    RETURNS_ALL_RETURNS("Returns-All_Returns", ReportQueries.ALL_RETURNS);

    private final String vendorName;
    private final ReportQueries.Query query;

    ReportType(String vendorName, ReportQueries.Query query) {
        this.vendorName = vendorName;
        this.query = query;
    }

    public String vendorName() {
        return vendorName;
    }

    ReportQueries.Query query() {
        return query;
    }

    public static java.util.Optional<ReportType> byVendorName(String name) {
        return java.util.Arrays.stream(values()).filter(t -> t.vendorName.equals(name)).findFirst();
    }

    public static List<String> vendorNames() {
        return java.util.Arrays.stream(values()).map(ReportType::vendorName).toList();
    }
}
