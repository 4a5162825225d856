package dev.wharf.api.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.wharf.account.AccountId;
import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.account.IssuedCredentials;
import dev.wharf.api.support.Decimals;
import dev.wharf.api.support.EmailAddress;
import dev.wharf.api.support.Paging;
import dev.wharf.inventory.Inventory;
import dev.wharf.inventory.LedgerDiscrepancy;
import dev.wharf.shared.InvalidInput;
import dev.wharf.warehouse.NewWarehouse;
import dev.wharf.warehouse.ServicePlanItem;
import dev.wharf.warehouse.Warehouse;
import dev.wharf.warehouse.WarehouseId;
import dev.wharf.warehouse.Warehouses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/admin/api", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = "Bootstrapping the service: warehouses, price lists, API accounts")
class AdminEndpoints {

    private static final String DUPLICATE = "The code or username is taken; nothing was created";

    private static final String OPERATOR_EXAMPLE = """
            {
              "username": "jane",
              "password": "correct horse battery",
              "role": "operator",
              "warehouseCode": "WAREHOUSE1"
            }
            """;

    private static final String WAREHOUSE_EXAMPLE = """
            {
              "code": "WAREHOUSE1",
              "name": "SHIPPING GARAGE",
              "addressLine1": "1663 S Mount Prospect Rd",
              "city": "Des Plaines",
              "state": "ILLINOIS",
              "postal": "60018",
              "countryCode": "US",
              "defaultCurrency": "USD",
              "timezone": "America/Chicago",
              "cutoffTime": "15:30",
              "workingDays": [
                "MONDAY",
                "TUESDAY",
                "WEDNESDAY",
                "THURSDAY",
                "FRIDAY"
              ]
            }
            """;

    private static final String LOGISTICS_MERCHANT_EXAMPLE = """
            {
              "name": "Acme Goods",
              "dialect": "logistics",
              "warehouseCode": "WAREHOUSE1"
            }
            """;

    @Schema(description = "A new warehouse")
    record WarehouseRequest(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{2,40}", message = "must be 2 to 40 letters, digits, - or _")
                            @Schema(description = "Unique code, named by accounts (warehouseCode) and operators", example = "WAREHOUSE1")
                            String code,
                            @NotBlank @Size(max = 200) @Schema(description = "Display name", example = "SHIPPING GARAGE") String name,
                            @NotBlank @Size(max = 200) @Schema(description = "Street address", example = "1663 S Mount Prospect Rd")
                            String addressLine1,
                            @Size(max = 200) @Schema(description = "Second address line") String addressLine2,
                            @NotBlank @Size(max = 100) @Schema(description = "City", example = "Des Plaines") String city,
                            @Size(max = 100) @Schema(description = "State or region", example = "ILLINOIS") String state,
                            @Size(max = 40) @Schema(description = "Postal code", example = "60018") String postal,
                            @NotBlank @Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter ISO country code")
                            @Schema(description = "ISO 3166-1 alpha-2 country code", example = "US") String countryCode,
                            @NotBlank @Pattern(regexp = "[A-Za-z]{3}", message = "must be a three-letter ISO currency code")
                            @Schema(description = "ISO 4217 currency of its prices", example = "USD") String defaultCurrency,
                            @NotBlank @Schema(description = "IANA time zone of its working days and cut-off", example = "America/Chicago")
                            String timezone,
                            @NotBlank @Schema(description = "Local time of day (HH:mm) after which orders count from the next working day",
                                    example = "15:30") String cutoffTime,
                            @Size(max = 60) @Schema(description = "Phone number, printed on labels") String phone,
                            @Size(max = 200) @EmailAddress @Schema(description = "Contact e-mail") String email,
                            @ArraySchema(arraySchema = @Schema(description = "Working days; Monday to Friday when left out"),
                                    schema = @Schema(allowableValues = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                            "SATURDAY", "SUNDAY"}))
                            List<String> workingDays) {
    }

    @Schema(description = "A warehouse and its settings", requiredProperties = {"id", "code", "name", "addressLine1", "addressLine2",
            "city", "state", "postal", "countryCode", "defaultCurrency", "timezone", "cutoffTime", "phone", "email", "workingDays"})
    record WarehouseJson(long id, String code, String name, String addressLine1, @Schema(types = {"string", "null"}) String addressLine2,
                         String city, @Schema(types = {"string", "null"}) String state, @Schema(types = {"string", "null"}) String postal,
                         String countryCode, String defaultCurrency, String timezone, String cutoffTime,
                         @Schema(types = {"string", "null"}) String phone, @Schema(types = {"string", "null"}) String email,
                         @ArraySchema(schema = @Schema(allowableValues = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                 "SATURDAY", "SUNDAY"})) List<String> workingDays) {

        static WarehouseJson of(Warehouse w) {
            var a = w.address();
            return new WarehouseJson(w.id().value(), w.code(), w.name(), a.line1(), a.line2(), a.city(), a.state(), a.postal(),
                    a.countryCode(), w.defaultCurrency(), w.timezone().getId(), w.cutoffTime().toString(), w.phone(), w.email(),
                    w.workingDays().stream().sorted().map(DayOfWeek::name).toList());
        }
    }

    @Schema(description = "An extra service on a warehouse's price list")
    record ServicePlanItemRequest(@NotBlank @Size(max = 200) @Schema(description = "Name shown to merchants", example = "Gift wrap")
                                  String name,
                                  @NotNull @PositiveOrZero @Schema(description = "Price in the warehouse's currency", example = "1.50")
                                  BigDecimal price,
                                  @NotBlank @Schema(description = "Charged per product unit or per package", allowableValues = {"perproduct",
                                          "perpackage"}) String type) {
    }

    @Schema(requiredProperties = {"id", "warehouseId", "name", "price", "type"})
    record ServicePlanItemJson(long id, long warehouseId, String name, BigDecimal price,
                               @Schema(allowableValues = {"perproduct", "perpackage"}) String type) {
    }

    @Schema(description = "A new API account (a ShipAPI reseller, a Logistics merchant or a Deliverr integration)")
    record AccountRequest(@NotBlank @Size(max = 200) @Schema(description = "The account holder's name", example = "Acme Resale") String name,
                          @NotBlank @Schema(description = "Which API the account speaks", allowableValues = {"shipapi", "logistics",
                                  "deliverr"}) String dialect,
                          @Schema(description = "Home warehouse code (logistics and deliverr only)", example = "WAREHOUSE1")
                          String warehouseCode) {
    }

    /** The credential fields present depend on the dialect: apiKey (shipapi), token (logistics), username and password (deliverr). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An account and its new credential, shown in this answer only: apiKey (shipapi), token (logistics), "
            + "or username and password for HTTP Basic (deliverr)", requiredProperties = {"id", "name", "dialect"})
    record AccountJson(long id, String name, @Schema(allowableValues = {"shipapi", "logistics", "deliverr"}) String dialect,
                       @Schema(description = "ShipAPI key, sent as the Authorization header") String apiKey,
                       @Schema(description = "Logistics API bearer token") String token,
                       @Schema(description = "Deliverr HTTP Basic user name") String username,
                       @Schema(description = "Deliverr HTTP Basic password") String password) {

        static AccountJson of(IssuedCredentials c) {
            return new AccountJson(c.accountId().value(), c.name(), c.dialect().wireName(), c.apiKey(), c.token(),
                    c.username(), c.password());
        }
    }

    @Schema(description = "Whether every stock balance equals its ledger", requiredProperties = {"consistent", "discrepancies"})
    record LedgerCheck(boolean consistent, List<LedgerDiscrepancy> discrepancies) {
    }

    @Schema(description = "A new warehouse operator")
    record OperatorRequest(@NotBlank @Schema(description = "Login name", example = "jane") String username,
                           @NotBlank @Schema(description = "At least 10 characters and at most 72 bytes in UTF-8",
                                   example = "correct horse battery") String password,
                           @NotBlank @Schema(description = "A supervisor may also approve cycle counts",
                                   allowableValues = {"operator", "supervisor"}) String role,
                           @NotBlank @Schema(description = "Code of the warehouse the operator works in", example = "WAREHOUSE1")
                           String warehouseCode) {
    }

    @Schema(requiredProperties = {"id", "username", "role", "warehouseId"})
    record OperatorJson(long id, String username, @Schema(allowableValues = {"operator", "supervisor"}) String role, long warehouseId) {
    }

    @Schema(description = "A band of a warehouse's rate table")
    record RateRequest(@NotBlank @Size(max = 100) @Schema(description = "Carrier name", example = "UPS") String carrier,
                       @NotBlank @Size(max = 100) @Schema(description = "Carrier service", example = "GROUND") String service,
                       @NotNull @PositiveOrZero @Schema(description = "Lowest weight of the band, kg", example = "0") BigDecimal minWeightKg,
                       @NotNull @Schema(description = "Highest weight of the band, kg", example = "5") BigDecimal maxWeightKg,
                       @NotNull @PositiveOrZero @Schema(description = "Price of a package in the band", example = "7.95") BigDecimal price) {
    }

    @Schema(requiredProperties = {"id", "warehouseId", "carrier", "service", "minWeightKg", "maxWeightKg", "price"})
    record RateJson(long id, long warehouseId, String carrier, String service, BigDecimal minWeightKg, BigDecimal maxWeightKg,
                    BigDecimal price) {
    }

    private static final int MAX_PASSWORD_BYTES = 72;

    private final Warehouses warehouses;
    private final Accounts accounts;
    private final Inventory inventory;
    private final dev.wharf.account.Operators operators;
    private final dev.wharf.billing.ShippingRates rates;

    AdminEndpoints(Warehouses warehouses, Accounts accounts, Inventory inventory, dev.wharf.account.Operators operators,
                   dev.wharf.billing.ShippingRates rates) {
        this.warehouses = warehouses;
        this.accounts = accounts;
        this.inventory = inventory;
        this.operators = operators;
        this.rates = rates;
    }

    @PostMapping("/operators")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = DUPLICATE)
    @Operation(operationId = "createOperator", summary = "Create a warehouse operator or supervisor, bound to one warehouse",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "operator", value = OPERATOR_EXAMPLE))))
    OperatorJson createOperator(@Valid @RequestBody OperatorRequest r) {
        // BCrypt reads only the first 72 bytes: a longer password would silently match any with the same start.
        if (r.password().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInput("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
        var role = switch (r.role().strip().toLowerCase(Locale.ROOT)) {
            case "operator" -> dev.wharf.account.OperatorRole.OPERATOR;
            case "supervisor" -> dev.wharf.account.OperatorRole.SUPERVISOR;
            default -> throw new InvalidInput("role", "'" + r.role() + "' is not one of operator, supervisor");
        };
        var operator = operators.create(r.username(), r.password(), role, r.warehouseCode());
        return new OperatorJson(operator.id(), operator.username(), r.role().strip().toLowerCase(Locale.ROOT), operator.warehouseId().value());
    }

    @PostMapping("/warehouses/{id}/shipping-rates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addShippingRate", summary = "Add a band to the warehouse's rate table: carrier × service × weight (kg)")
    RateJson addRate(@PathVariable long id, @Valid @RequestBody RateRequest r) {
        var rate = rates.add(new WarehouseId(id), r.carrier().strip(), r.service().strip(), r.minWeightKg(), r.maxWeightKg(), r.price());
        return new RateJson(rate.id(), id, rate.carrier(), rate.service(), rate.minWeightKg(), rate.maxWeightKg(), Decimals.money(rate.price()));
    }

    @GetMapping("/warehouses/{id}/shipping-rates")
    @Operation(operationId = "shippingRates", summary = "The warehouse's rate table, a page at a time in id order: "
            + "pass the last id seen as after")
    List<RateJson> rates(@PathVariable long id,
                         @RequestParam(defaultValue = "0") @Schema(description = Paging.AFTER) long after,
                         @RequestParam(defaultValue = "" + Paging.MAX) @Schema(description = Paging.LIMIT) int limit) {
        var page = Paging.keyset(after, limit);
        warehouses.require("id", new WarehouseId(id));
        // A rate table is a few weight bands per carrier service: read whole (one statement), answered a page at a time.
        return rates.list(new WarehouseId(id)).stream().filter(rate -> rate.id() > page.after())
                .sorted(java.util.Comparator.comparingLong(rate -> rate.id())).limit(page.limit())
                .map(rate -> new RateJson(rate.id(), id, rate.carrier(), rate.service(),
                        rate.minWeightKg(), rate.maxWeightKg(), Decimals.money(rate.price()))).toList();
    }

    @PostMapping("/warehouses")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = DUPLICATE)
    @Operation(operationId = "createWarehouse", summary = "Create a warehouse; its code (e.g. WAREHOUSE1) is unique",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "warehouse", value = WAREHOUSE_EXAMPLE))))
    WarehouseJson createWarehouse(@Valid @RequestBody WarehouseRequest r) {
        var warehouse = warehouses.create(new NewWarehouse(r.code(), r.name(),
                new Warehouse.Address(r.addressLine1(), r.addressLine2(), r.city(), r.state(), r.postal(),
                        r.countryCode().toUpperCase(Locale.ROOT)),
                r.phone(), r.email(), r.defaultCurrency().toUpperCase(Locale.ROOT), zone(r.timezone()), cutoff(r.cutoffTime()),
                workingDays(r.workingDays())));
        return WarehouseJson.of(warehouse);
    }

    @GetMapping("/warehouses")
    @Operation(operationId = "listWarehouses", summary = "The warehouses, oldest first, a page at a time: pass the last id seen as after")
    List<WarehouseJson> warehouses(@RequestParam(defaultValue = "0") @Schema(description = Paging.AFTER) long after,
                                   @RequestParam(defaultValue = "" + Paging.MAX) @Schema(description = Paging.LIMIT) int limit) {
        return warehouses.list(Paging.keyset(after, limit)).stream().map(WarehouseJson::of).toList();
    }

    @PostMapping("/warehouses/{id}/service-plan-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addServicePlanItem", summary = "Add an extra service to a warehouse's price list (type perproduct or perpackage)")
    ServicePlanItemJson addServicePlanItem(@PathVariable long id, @Valid @RequestBody ServicePlanItemRequest r) {
        var type = switch (r.type().strip().toLowerCase(Locale.ROOT)) {
            case "perproduct" -> ServicePlanItem.Type.PER_PRODUCT;
            case "perpackage" -> ServicePlanItem.Type.PER_PACKAGE;
            default -> throw new InvalidInput("type", "'" + r.type() + "' is not one of perproduct, perpackage");
        };
        var item = warehouses.addServicePlanItem(new WarehouseId(id), r.name(), r.price(), type);
        return new ServicePlanItemJson(item.id(), id, item.name(), Decimals.money(item.price()), r.type().strip().toLowerCase(Locale.ROOT));
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "openAccount", summary = "Open an API account; its credential is shown in this answer only. "
            + "A logistics or deliverr account may name its home warehouse (warehouseCode).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "logistics merchant", value = LOGISTICS_MERCHANT_EXAMPLE))))
    AccountJson openAccount(@Valid @RequestBody AccountRequest r) {
        var dialect = Dialect.fromWire(r.dialect().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInput("dialect", "'" + r.dialect() + "' is not one of shipapi, logistics, deliverr"));
        WarehouseId home = null;
        if (r.warehouseCode() != null) {
            if (dialect == Dialect.SHIPAPI) {
                throw new InvalidInput("warehouseCode", "a ShipAPI reseller's users choose their own warehouses");
            }
            home = warehouses.findByCode(r.warehouseCode())
                    .orElseThrow(() -> new InvalidInput("warehouseCode", "no warehouse with code " + r.warehouseCode())).id();
        }
        return AccountJson.of(accounts.open(r.name(), dialect, home));
    }

    @Schema(description = "An API account as listed: never its credential", requiredProperties = {"id", "name", "dialect"})
    record AccountListJson(long id, String name, @Schema(allowableValues = {"shipapi", "logistics", "deliverr"}) String dialect) {
    }

    @GetMapping("/accounts")
    @Operation(operationId = "listAccounts", summary = "The API accounts, oldest first, a page at a time (no credentials): "
            + "pass the last id seen as after")
    List<AccountListJson> accounts(@RequestParam(defaultValue = "0") @Schema(description = "Answer accounts after this id") long after,
                                   @RequestParam(defaultValue = "100") @Schema(description = "Page size, 1 to 100") int limit) {
        return accounts.page(after, Paging.keyset(after, limit).limit()).stream()
                .map(a -> new AccountListJson(a.id().value(), a.name(), a.dialect().wireName())).toList();
    }

    @GetMapping("/operators")
    @Operation(operationId = "listOperators", summary = "The warehouse operators, oldest first, a page at a time: "
            + "pass the last id seen as after")
    List<OperatorJson> operators(@RequestParam(defaultValue = "0") @Schema(description = "Answer operators after this id") long after,
                                 @RequestParam(defaultValue = "100") @Schema(description = "Page size, 1 to 100") int limit) {
        return operators.page(after, Paging.keyset(after, limit).limit()).stream().map(o -> new OperatorJson(o.id(), o.username(),
                o.role().name().toLowerCase(Locale.ROOT), o.warehouseId().value())).toList();
    }

    @PostMapping("/accounts/{id}/credentials")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "reissueCredentials", summary = "Issue a new credential, revoking the old one")
    AccountJson reissue(@PathVariable long id) {
        return AccountJson.of(accounts.reissue(new AccountId(id)));
    }

    @DeleteMapping("/accounts/{id}/credentials")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "revokeCredentials", summary = "Revoke the account's credentials")
    void revoke(@PathVariable long id) {
        accounts.revokeCredentials(new AccountId(id));
    }

    @GetMapping("/inventory/ledger-check")
    @Operation(operationId = "ledgerCheck", summary = "Compare every stock balance with the sum of its ledger movements and reservations")
    LedgerCheck ledgerCheck() {
        var discrepancies = inventory.ledgerDiscrepancies();
        return new LedgerCheck(discrepancies.isEmpty(), discrepancies);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("timezone", "'" + id + "' is not a time zone (e.g. Europe/London)");
        }
    }

    private static LocalTime cutoff(String time) {
        try {
            return LocalTime.parse(time.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("cutoffTime", "'" + time + "' is not a time of day (HH:mm)");
        }
    }

    private static Set<DayOfWeek> workingDays(List<String> days) {
        if (days == null || days.isEmpty()) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        try {
            return days.stream().map(d -> DayOfWeek.valueOf(d.strip().toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInput("workingDays", "must be day names such as MONDAY");
        }
    }
}
