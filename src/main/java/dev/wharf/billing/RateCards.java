package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.shared.NotFound;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rate cards: a warehouse's prices and merchants' overrides, each a series of versions with the day
 * it starts (in the warehouse's time zone). The price of an action is the one in force on its day:
 * the merchant's latest override started by then, field by field over the warehouse's latest card.
 */
@Service
public class RateCards {

    private final RateCardRepository repository;
    private final Warehouses warehouses;
    private final Merchants merchants;
    private final Clock clock;

    RateCards(RateCardRepository repository, Warehouses warehouses, Merchants merchants, Clock clock) {
        this.repository = repository;
        this.warehouses = warehouses;
        this.merchants = merchants;
        this.clock = clock;
    }

    /** Sets the warehouse's card (merchant null) or a merchant's override from a day on. */
    @Transactional
    public RateCardVersion set(WarehouseId warehouse, MerchantId merchant, LocalDate effectiveFrom, RateCard card) {
        var zone = warehouses.require("id", warehouse).timezone();
        if (merchant != null) {
            merchants.findAny(merchant).orElseThrow(() -> new NotFound("merchantId", "merchant " + merchant.value() + " not found"));
        }
        RateCardRules.check(card, effectiveFrom, clock.instant().atZone(zone).toLocalDate());
        long id = repository.replace(warehouse, scope(merchant), effectiveFrom, card, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return new RateCardVersion(id, merchant, effectiveFrom, card);
    }

    /** Every version of the warehouse's card (merchant null) or of a merchant's override, oldest first. */
    public List<RateCardVersion> versions(WarehouseId warehouse, MerchantId merchant) {
        warehouses.require("id", warehouse);
        if (merchant != null) {
            merchants.findAny(merchant).orElseThrow(() -> new NotFound("merchantId", "merchant " + merchant.value() + " not found"));
        }
        return repository.versions(warehouse, scope(merchant));
    }

    /** The prices in force for the merchant at the warehouse on that day (empty when nothing was set). */
    public RateCard inForce(WarehouseId warehouse, MerchantId merchant, LocalDate day) {
        var base = repository.inForce(warehouse, RateCardRepository.WAREHOUSE_SCOPE, day).map(RateCardVersion::card).orElse(RateCard.EMPTY);
        return repository.inForce(warehouse, scope(merchant), day).map(v -> base.overriddenBy(v.card())).orElse(base);
    }

    private static long scope(MerchantId merchant) {
        return merchant == null ? RateCardRepository.WAREHOUSE_SCOPE : merchant.value();
    }
}
