package dev.wharf.api.deliverr;

import dev.wharf.account.AccountId;
import dev.wharf.account.Accounts;
import dev.wharf.account.Dialect;
import dev.wharf.api.support.WebUrl;
import dev.wharf.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrator's settings of a Deliverr integration. The endpoint is mounted under the
 * admin API (and guarded by its security chain and error shape, both chosen by path), but the
 * settings are this dialect's own storage, so the controller lives here: the admin dialect
 * does not import another dialect.
 */
@RestController
@RequestMapping(path = "/admin/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admin", description = "Bootstrapping the service: warehouses, price lists, API accounts")
class PartnerSettingsEndpoints {

    @Schema(description = "Where a Deliverr integration's labels come from and where its status changes go; "
            + "each credential is HTTP Basic (username and password) or a bearer token")
    record PartnerSettingsRequest(@Size(max = 500) @Schema(description = "Base URL of the partner's Label API",
                                          example = "https://labels.partner.example") @WebUrl String labelBaseUrl,
                                  @Size(max = 200) @Schema(description = "Label API Basic user name") String labelUsername,
                                  @Size(max = 500) @Schema(description = "Label API Basic password") String labelPassword,
                                  @Size(max = 1000) @Schema(description = "Label API bearer token") String labelToken,
                                  @Size(max = 500) @Schema(description = "URL that receives shipment status pushes",
                                          example = "https://hooks.partner.example/status") @WebUrl String pushUrl,
                                  @Size(max = 200) @Schema(description = "Status push Basic user name") String pushUsername,
                                  @Size(max = 500) @Schema(description = "Status push Basic password") String pushPassword,
                                  @Size(max = 1000) @Schema(description = "Status push bearer token") String pushToken) {
    }

    @Schema(description = "A Deliverr integration's settings; secrets are never echoed, only whether they are set",
            requiredProperties = {"accountId", "labelBaseUrl", "labelCredentials", "pushUrl", "pushCredentials"})
    record PartnerSettingsJson(long accountId, @Schema(types = {"string", "null"}) String labelBaseUrl, boolean labelCredentials,
                               @Schema(types = {"string", "null"}) String pushUrl, boolean pushCredentials) {
    }

    private final Accounts accounts;
    private final PartnerIntegrations integrations;

    PartnerSettingsEndpoints(Accounts accounts, PartnerIntegrations integrations) {
        this.accounts = accounts;
        this.integrations = integrations;
    }

    @PutMapping("/accounts/{id}/partner-settings")
    @Operation(operationId = "partnerSettings", summary = "A deliverr integration's Label API (base URL, Basic or token credentials) "
            + "and status push receiver (URL, Basic or token credentials); secrets are not echoed")
    PartnerSettingsJson partnerSettings(@PathVariable long id, @Valid @RequestBody PartnerSettingsRequest r) {
        var account = new AccountId(id);
        if (accounts.dialectOf(account) != Dialect.DELIVERR) {
            throw new InvalidInput("id", "account " + id + " is not a deliverr integration");
        }
        for (var url : new String[] {r.labelBaseUrl(), r.pushUrl()}) {
            if (url != null && !url.matches("https?://.+")) {
                throw new InvalidInput(url.equals(r.pushUrl()) ? "pushUrl" : "labelBaseUrl", "must be an http(s) URL");
            }
        }
        integrations.save(account, new PartnerIntegrations.Settings(r.labelBaseUrl(), r.labelUsername(),
                r.labelPassword(), r.labelToken(), r.pushUrl(), r.pushUsername(), r.pushPassword(), r.pushToken()));
        return new PartnerSettingsJson(id, r.labelBaseUrl(), r.labelPassword() != null || r.labelToken() != null, r.pushUrl(),
                r.pushPassword() != null || r.pushToken() != null);
    }
}
