package dev.wharf.api.shipapi;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.account.Merchant;
import dev.wharf.account.MerchantDetails;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.api.support.EmailAddress;
import dev.wharf.api.support.Paging;
import dev.wharf.warehouse.WarehouseId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/shipapi/user", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users", description = "ShipAPI §3–5: the reseller's users (merchants)")
class UserEndpoints {

    @Schema(example = """
            {"id":null,"email":"test@test.com","name":"Halil","lastname":"YILMAZ","phone":"+90 542 232 23 22",\
            "defaultWarehouseId":null,"isActive":true}""")
    record UserRequest(@Schema(description = "null creates a user; an id updates that user") Long id,
                       @Schema(description = "E-mail; required on create, cannot be changed") @Size(max = 200) @EmailAddress String email,
                       @Schema(description = "First name") @Size(max = 200) String name,
                       @Schema(description = "Last name") @Size(max = 200) @JsonAlias("lastName") String lastname,
                       @Schema(description = "Phone number") @Size(max = 60) String phone,
                       @Schema(description = "The user's default warehouse, or null") Long defaultWarehouseId,
                       @Schema(description = "false deactivates the user") Boolean isActive) {
    }

    @Schema(requiredProperties = {"Id", "Email", "Name", "LastName", "Phone", "DefaultWarehouseId", "IsActive"})
    record UserJson(@JsonProperty("Id") long id,
                    @JsonProperty("Email") String email,
                    @JsonProperty("Name") String name,
                    @JsonProperty("LastName") String lastName,
                    @JsonProperty("Phone") String phone,
                    @JsonProperty("DefaultWarehouseId") Long defaultWarehouseId,
                    @JsonProperty("IsActive") boolean isActive) {

        static UserJson of(Merchant m) {
            return new UserJson(m.id().value(), m.email(), m.name(), m.lastName(), m.phone(),
                    m.defaultWarehouseId() == null ? null : m.defaultWarehouseId().value(), m.active());
        }
    }

    private final Merchants merchants;

    UserEndpoints(Merchants merchants) {
        this.merchants = merchants;
    }

    @PostMapping("/addUpdate")
    @ApiResponse(responseCode = "409", description = "Refused: the e-mail is taken")
    @ApiResponse(responseCode = "200", description = "Created or updated", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = Envelope.class)))
    @Operation(operationId = "userAddUpdate", summary = "3. Create a user (id null) or update one (id given; email cannot change)")
    Envelope addUpdate(@AuthenticationPrincipal Tenant tenant, @Valid @RequestBody UserRequest request) {
        var details = new MerchantDetails(request.email(), request.name(), request.lastname(), request.phone(),
                request.defaultWarehouseId() == null ? null : new WarehouseId(request.defaultWarehouseId()), request.isActive());
        var merchant = request.id() == null
                ? merchants.register(tenant, details)
                : merchants.update(tenant, new MerchantId(request.id()), details);
        return Envelope.success(merchant.id().value());
    }

    @GetMapping("/list")
    @Operation(operationId = "userList", summary = "4. The reseller's users; with warehouseId, those whose default warehouse it is")
    List<UserJson> list(@AuthenticationPrincipal Tenant tenant, @RequestParam(required = false) Long warehouseId,
            @RequestParam(defaultValue = "0") @Parameter(description = Paging.AFTER) long after,
            @RequestParam(defaultValue = "" + Paging.SHIPAPI_MAX) @Parameter(description = Paging.SHIPAPI_LIMIT) int limit) {
        return merchants.list(tenant, warehouseId == null ? null : new WarehouseId(warehouseId), Paging.keyset(after, limit, Paging.SHIPAPI_MAX))
                .stream().map(UserJson::of).toList();
    }

    @GetMapping("/get")
    @Operation(operationId = "userGet", summary = "5. One user")
    UserJson get(@AuthenticationPrincipal Tenant tenant, @RequestParam long userId) {
        return UserJson.of(merchants.require(tenant, "userId", new MerchantId(userId)));
    }
}
