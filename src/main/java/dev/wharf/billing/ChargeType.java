package dev.wharf.billing;

/** What a billing line charges for; the rate card has a price for each (services come from the service plan). */
public enum ChargeType {
    RECEIVING_UNIT(ChargeCategory.RECEIVING),
    RECEIVING_CARTON(ChargeCategory.RECEIVING),
    STORAGE_UNIT(ChargeCategory.STORAGE),
    STORAGE_VOLUME(ChargeCategory.STORAGE),
    STORAGE_SECTION(ChargeCategory.STORAGE),
    PICK_ORDER(ChargeCategory.PICKING),
    PICK_ADDITIONAL_UNIT(ChargeCategory.PICKING),
    PACKAGING(ChargeCategory.PACKAGING),
    SHIPPING(ChargeCategory.SHIPPING),
    RETURN(ChargeCategory.RETURNS),
    RETURN_UNIT_INSPECTED(ChargeCategory.RETURNS),
    SERVICE(ChargeCategory.SERVICES),
    MONTHLY_MINIMUM(ChargeCategory.MINIMUM),
    ADJUSTMENT(ChargeCategory.ADJUSTMENT);

    private final ChargeCategory category;

    ChargeType(ChargeCategory category) {
        this.category = category;
    }

    public ChargeCategory category() {
        return category;
    }
}
