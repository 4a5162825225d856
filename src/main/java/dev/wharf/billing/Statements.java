package dev.wharf.billing;

import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.shared.InvalidInput;
import dev.wharf.shared.NotFound;
import dev.wharf.shared.RuleViolation;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements a warehouse sends its merchants, month closing and corrections. A closed month's lines
 * are final (the database refuses to change them on PostgreSQL); a correction after closing is an
 * adjustment line in the open month it is made in.
 */
@Service
public class Statements {

    private static final int MAX_NOTE = 400;
    private static final BigDecimal MAX_ADJUSTMENT = new BigDecimal("1000000000");

    private final StatementRepository statements;
    private final BillingLineRepository lines;
    private final Charging charging;
    private final RateCards rateCards;
    private final NightlyStorage storage;
    private final Warehouses warehouses;
    private final Merchants merchants;
    private final BillingSettings settings;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    Statements(StatementRepository statements, BillingLineRepository lines, Charging charging, RateCards rateCards, NightlyStorage storage,
               Warehouses warehouses, Merchants merchants, BillingSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.statements = statements;
        this.lines = lines;
        this.charging = charging;
        this.rateCards = rateCards;
        this.storage = storage;
        this.warehouses = warehouses;
        this.merchants = merchants;
        this.settings = settings;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The statement's header and totals; a merchant unknown answers not found. */
    public Statement statement(MerchantId merchant, WarehouseId warehouseId, Period period) {
        requireMerchant(merchant, warehouseId);
        var warehouse = warehouses.require("warehouse", warehouseId);
        var currency = warehouse.defaultCurrency();
        var types = new ArrayList<>(statements.totals(merchant, warehouseId, period));
        types.sort(Comparator.comparing(Statement.TypeTotal::type));
        var byCategory = new EnumMap<ChargeCategory, BigDecimal>(ChargeCategory.class);
        for (var t : types) {
            byCategory.merge(t.type().category(), t.amount(), BigDecimal::add);
        }
        var categories = byCategory.entrySet().stream().map(e -> new Statement.CategoryTotal(e.getKey(), e.getValue())).toList();
        var subtotal = types.stream().map(Statement.TypeTotal::amount).reduce(Money.zero(currency), BigDecimal::add);
        var tax = Money.round(subtotal.multiply(settings.taxRate()), currency);
        long count = types.stream().mapToLong(Statement.TypeTotal::lines).sum();
        boolean closed = period.isMonth() && lines.isClosed(warehouseId, period.from());
        return new Statement(merchant, warehouseId, currency, period, closed, List.copyOf(types), categories, count, subtotal,
                settings.taxRate(), tax, subtotal.add(tax));
    }

    /** Streams the statement's lines to the consumer in one read-only transaction (a cursor on PostgreSQL). */
    public void lines(MerchantId merchant, WarehouseId warehouse, Period period, Consumer<BillingLine> each) {
        lines(merchant, warehouse, period, Long.MAX_VALUE, each);
    }

    /** The first {@code limit} lines only (a page of a statement shown on screen). */
    public void lines(MerchantId merchant, WarehouseId warehouse, Period period, long limit, Consumer<BillingLine> each) {
        readOnly.executeWithoutResult(status -> statements.lines(merchant, warehouse, period, limit, each));
    }

    /**
     * Closes a month of the warehouse: it must be over, and the nightly storage must have taken its
     * last day (else its storage would land in the next month). Each merchant billed in it below the
     * monthly minimum in force on its last day gets the difference as a line; then the month is final.
     */
    @Transactional
    public int close(WarehouseId warehouseId, YearMonth month, String actor) {
        var warehouse = warehouses.require("warehouse", warehouseId);
        var today = clock.instant().atZone(warehouse.timezone()).toLocalDate();
        if (!month.atEndOfMonth().isBefore(today)) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "month", month + " is not over yet in the warehouse's time zone");
        }
        var lastTaken = storage.lastDayTaken(warehouseId);
        if (lastTaken != null && lastTaken.isBefore(month.atEndOfMonth())) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "month", "storage is snapshotted up to " + lastTaken
                    + " only; close once the nightly job has taken " + month.atEndOfMonth());
        }
        if (lines.isClosed(warehouseId, month.atDay(1))) {
            throw new RuleViolation(RuleViolation.Kind.INVALID_STATUS, "month", month + " is already closed");
        }
        int minimums = 0;
        var reference = month.getYear() * 100L + month.getMonthValue();
        for (var merchant : lines.merchantsBilled(warehouseId, month.atDay(1))) {
            var total = statements.monthTotal(merchant, warehouseId, month.atDay(1));
            var card = rateCards.inForce(warehouseId, merchant, month.atEndOfMonth());
            minimums += charging.charge(merchant, warehouse, month.atEndOfMonth(), ReferenceType.MONTH, reference, null,
                    (c, currency) -> RatingPolicy.minimum(card, total, currency));
        }
        lines.close(warehouseId, month.atDay(1), actor, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return minimums;
    }

    /** A correction, of either sign, as a line of the open month it is made in. */
    @Transactional
    public BillingLine adjust(MerchantId merchant, WarehouseId warehouseId, BigDecimal amount, String note, String actor) {
        requireMerchant(merchant, warehouseId);
        var warehouse = warehouses.require("warehouse", warehouseId);
        if (amount == null || amount.signum() == 0) {
            throw new InvalidInput("amount", "is required and not zero");
        }
        if (amount.abs().compareTo(MAX_ADJUSTMENT) >= 0) {
            throw new InvalidInput("amount", "is too large");
        }
        if (amount.stripTrailingZeros().scale() > Money.scale(warehouse.defaultCurrency())) {
            throw new InvalidInput("amount", "has more decimals than " + warehouse.defaultCurrency() + " has");
        }
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw new InvalidInput("note", "say why, in 1 to " + MAX_NOTE + " characters");
        }
        long reference = lines.nextAdjustment();
        var day = charging.today(warehouse);
        charging.charge(merchant, warehouse, day, ReferenceType.ADJUSTMENT, reference, note.strip() + " (by " + actor + ")",
                (card, currency) -> List.of(RatingPolicy.adjustment(amount, currency)));
        var written = new ArrayList<BillingLine>();
        statements.lines(merchant, warehouseId, Period.days(day, day), Long.MAX_VALUE, line -> {
            if (line.referenceType() == ReferenceType.ADJUSTMENT && line.referenceId() == reference) {
                written.add(line);
            }
        });
        return written.get(0);
    }

    /** The statement's lines as CSV, streamed. */
    public void writeCsv(Statement statement, java.io.OutputStream out) throws java.io.IOException {
        StatementCsv.write(statement, out, rows -> readOnly.executeWithoutResult(
                status -> statements.csvRows(statement.merchant(), statement.warehouse(), statement.period(), rows)));
    }

    /** The statement as a PDF under a title (the warehouse's name, say). */
    public void writePdf(Statement statement, String title, java.io.OutputStream out) throws java.io.IOException {
        StatementPdf.write(this, statement, title, out);
    }

    /**
     * A warehouse's supervisors see and correct only merchants that work with this warehouse (it is
     * their home warehouse, or they have been billed here); any other answers exactly as a merchant
     * that does not exist.
     */
    private void requireMerchant(MerchantId merchant, WarehouseId warehouse) {
        merchants.findAny(merchant).filter(m -> warehouse.equals(m.defaultWarehouseId()) || lines.anyAt(merchant, warehouse))
                .orElseThrow(() -> new NotFound("merchantId", "merchant " + merchant.value() + " not found"));
    }
}
