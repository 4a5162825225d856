package dev.wharf.api.logistics;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import dev.wharf.api.support.EmailAddress;
import dev.wharf.api.support.WebUrl;
import dev.wharf.returns.CustomerReturn;
import dev.wharf.returns.ReturnAddress;
import dev.wharf.returns.ReturnLabel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The Logistics API's return shapes (CreateReturnRequest, ReturnsApiOrder, DeliverrAddress), as the vendor publishes them. */
final class ReturnJson {

    private ReturnJson() {
    }

    @Schema(name = "ReturnStatus")
    enum Status { CREATED, SHIPPED, RECEIVED_FOR_PROCESSING, PROCESSED, CANCELLED }

    @Schema(name = "ReturnTrackingStatus")
    enum TrackingStatus { CREATED, SHIPPED, DELIVERED, CANCELLED, FAILED }

    @Schema(name = "ReturnItemIdentifierType")
    enum IdentifierType { LOGISTICS_SKU, SKU }

    @Schema(name = "ReturnDisposition", description = "RESTOCK: sellable again; DAMAGED: kept as damaged stock; DISPOSE: destroyed")
    enum Disposition { RESTOCK, DAMAGED, DISPOSE }

    @Schema(name = "ReturnUnitCondition", description = "A returned unit's condition (Wharf's list; the vendor publishes none)")
    enum UnitCondition { NEW, LIKE_NEW, USED, DAMAGED, DEFECTIVE, MISSING_PARTS, UNSELLABLE }

    @Schema(name = "DeliverrAddress", description = "The address the parcel comes from")
    record DeliverrAddress(
            @Schema(requiredMode = REQUIRED, description = "Sender's name", example = "Jane Buyer") @NotBlank @Size(max = 200) String name,
            @Schema(description = "Sender's company", example = "Acme Inc") @Size(max = 200) String company,
            @Schema(requiredMode = REQUIRED, description = "Street and number", example = "110 Sutter St") @NotBlank @Size(max = 200) String street1,
            @Schema(description = "Second address line", example = "Suite 400") @Size(max = 200) String street2,
            @Schema(requiredMode = REQUIRED, description = "City", example = "San Francisco") @NotBlank @Size(max = 100) String city,
            @Schema(requiredMode = REQUIRED, description = "Postal code", example = "94104") @NotBlank @Size(max = 40) String zip,
            @Schema(requiredMode = REQUIRED, description = "State or province", example = "CA") @NotBlank @Size(max = 100) String state,
            @Schema(requiredMode = REQUIRED, description = "Country (ISO 3166-1 alpha-2 code or name)", example = "US") @NotBlank @Size(max = 100) String country,
            @Schema(description = "Sender's phone", example = "+1 415 555 0100") @Size(max = 60) String phone,
            @Schema(description = "Sender's e-mail", example = "jane@example.com") @Size(max = 200) @EmailAddress String email,
            @Schema(description = "Whether the address is a home", example = "true") Boolean isResidential) {

        ReturnAddress toCore() {
            return new ReturnAddress(name, company, street1, street2, city, zip, state, country, phone, email, isResidential);
        }

        static DeliverrAddress of(ReturnAddress a) {
            return a == null ? null : new DeliverrAddress(a.name(), a.company(), a.street1(), a.street2(), a.city(), a.zip(), a.state(),
                    a.country(), a.phone(), a.email(), a.isResidential());
        }
    }

    @Schema(name = "ExternalReturnLabel", description = "The merchant's own return label; Wharf issues none then")
    record ExternalLabel(
            @Schema(requiredMode = REQUIRED, description = "The label's tracking number", example = "1Z999AA10123456784") @NotBlank @Size(max = 100) String trackingCode,
            @Schema(requiredMode = REQUIRED, description = "The label's carrier", example = "UPS") @NotBlank @Size(max = 100) String carrier,
            @Schema(description = "Where the parcel is tracked (https)", example = "https://www.ups.com/track?tracknum=1Z999AA10123456784") @Size(max = 2000) @WebUrl String trackingUrl,
            @Schema(description = "Where the label is printed from (https)", example = "https://labels.example.com/1Z999AA10123456784.pdf") @Size(max = 2000) @WebUrl String labelUrl) {

        ReturnLabel toCore() {
            return new ReturnLabel(carrier, trackingCode, trackingUrl, labelUrl);
        }
    }

    @Schema(name = "CreateReturnItem")
    record ItemInput(
            @Schema(requiredMode = REQUIRED, description = "The product's logistics SKU or merchant SKU, as type says", example = "DA1B2C3D4E5")
            @NotBlank @Size(max = 100) String identifier,
            @Schema(requiredMode = REQUIRED, description = "What identifier is", implementation = IdentifierType.class) @NotNull String type,
            @Schema(requiredMode = REQUIRED, description = "Units coming back (at least 1)", example = "1") @NotNull @Positive Integer quantity) {
    }

    @Schema(name = "CreateReturnRequest")
    record CreateReturnRequest(
            @Schema(requiredMode = REQUIRED, description = "The merchant's return authorisation", example = "RMA-1001")
            @NotBlank @Size(max = 100) String rma,
            @Schema(requiredMode = REQUIRED, description = "The merchant's id for the return; unique per account", example = "SHOP-R-1001")
            @NotBlank @Size(max = 100) String externalReturnId,
            @Schema(requiredMode = REQUIRED, description = "What comes back; at least one item") @NotEmpty List<@NotNull @Valid ItemInput> returnItems,
            @Schema(description = "Required unless externalLabel is given: Wharf then issues a label from this address")
            @Valid DeliverrAddress sourceAddress,
            @Schema(description = "The merchant's own label, when it has one") @Valid ExternalLabel externalLabel,
            @Schema(description = "The order the units were shipped with (its id)", example = "1042") @Size(max = 18) String logisticsOrderId) {
    }

    @Schema(name = "ReturnShippingLabel")
    record ShippingLabel(@Schema(requiredMode = REQUIRED, example = "Wharf Post") String carrier,
                         @Schema(requiredMode = REQUIRED, example = "WHF0000000017") String trackingCode,
                         String trackingUrl, String labelUrl,
                         @Schema(requiredMode = REQUIRED) TrackingStatus trackingStatus) {
    }

    @Schema(name = "ReturnInspectedItem")
    record InspectedItem(@Schema(requiredMode = REQUIRED) UnitCondition receivedCondition,
                         @Schema(requiredMode = REQUIRED) UnitCondition finalCondition,
                         @Schema(requiredMode = REQUIRED) Disposition disposition) {
    }

    @Schema(name = "ReturnItem")
    record ReturnItem(@Schema(requiredMode = REQUIRED, example = "DA1B2C3D4E5") String identifier,
                      @Schema(requiredMode = REQUIRED, example = "1") int expectedQuantity,
                      @Schema(requiredMode = REQUIRED) List<InspectedItem> inspectedItems) {
    }

    @Schema(name = "ReturnsApiOrder")
    record ReturnsApiOrder(
            @Schema(requiredMode = REQUIRED, example = "17") long id,
            @Schema(requiredMode = REQUIRED) Status status,
            @Schema(requiredMode = REQUIRED, example = "RMA-1001") String rma,
            @Schema(requiredMode = REQUIRED, example = "SHOP-R-1001") String externalReturnId,
            DeliverrAddress sourceAddress,
            @Schema(requiredMode = REQUIRED) ShippingLabel shippingLabel,
            @Schema(requiredMode = REQUIRED) List<ReturnItem> returnItems,
            Instant shippedAt,
            Instant receivedAt,
            Instant inspectedAt) {

        static ReturnsApiOrder of(CustomerReturn r) {
            var label = r.label();
            return new ReturnsApiOrder(r.id().value(), Status.valueOf(r.status().name()), r.rma(), r.externalReturnId(),
                    DeliverrAddress.of(r.sourceAddress()), new ShippingLabel(label.carrier(), label.trackingCode(), label.trackingUrl(),
                    label.labelUrl(), TrackingStatus.valueOf(r.status().trackingStatus().name())),
                    r.items().stream().map(i -> new ReturnItem(i.identifier(), i.expectedQuantity(), i.inspections().stream()
                            .map(x -> new InspectedItem(UnitCondition.valueOf(x.receivedCondition().name()),
                                    UnitCondition.valueOf(x.finalCondition().name()), Disposition.valueOf(x.disposition().name())))
                            .toList())).toList(),
                    r.shippedAt(), r.receivedAt(), r.inspectedAt());
        }
    }
}
