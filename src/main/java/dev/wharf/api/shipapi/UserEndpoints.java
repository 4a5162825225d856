package dev.wharf.api.shipapi;

import dev.wharf.api.support.EmailAddress;
import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.wharf.account.Merchant;
import dev.wharf.account.MerchantDetails;
import dev.wharf.account.MerchantId;
import dev.wharf.account.Merchants;
import dev.wharf.account.Tenant;
import dev.wharf.warehouse.WarehouseId;
import io.swagger.v3.oas.annotations.Operation;
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

    record UserRequest(Long id,
                       @Size(max = 200) @EmailAddress String email,
                       @Size(max = 200) String name,
                       @Size(max = 200) @JsonAlias("lastName") String lastname,
                       @Size(max = 60) String phone,
                       Long defaultWarehouseId,
                       Boolean isActive) {
    }

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
    List<UserJson> list(@AuthenticationPrincipal Tenant tenant, @RequestParam(required = false) Long warehouseId) {
        return merchants.list(tenant, warehouseId == null ? null : new WarehouseId(warehouseId)).stream().map(UserJson::of).toList();
    }

    @GetMapping("/get")
    @Operation(operationId = "userGet", summary = "5. One user")
    UserJson get(@AuthenticationPrincipal Tenant tenant, @RequestParam long userId) {
        return UserJson.of(merchants.require(tenant, "userId", new MerchantId(userId)));
    }
}
