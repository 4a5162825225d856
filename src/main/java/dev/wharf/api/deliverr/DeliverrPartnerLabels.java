package dev.wharf.api.deliverr;

import dev.wharf.account.Merchants;
import dev.wharf.catalog.Catalog;
import dev.wharf.catalog.Product;
import dev.wharf.outbound.OrderView;
import dev.wharf.outbound.PackageView;
import dev.wharf.outbound.PartnerLabels;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** For integrations set to use the partner's labels: one label per package from its Label API, at pack time. */
@Component
class DeliverrPartnerLabels implements PartnerLabels {

    private final DeliverrLabelClient client;
    private final PartnerIntegrations integrations;
    private final Merchants merchants;
    private final Catalog catalog;

    DeliverrPartnerLabels(DeliverrLabelClient client, PartnerIntegrations integrations, Merchants merchants, Catalog catalog) {
        this.client = client;
        this.integrations = integrations;
        this.merchants = merchants;
        this.catalog = catalog;
    }

    @Override
    public boolean handles(OrderView order) {
        return PartnerShipmentEndpoints.SOURCE.equals(order.terms().source()) && settings(order).map(PartnerIntegrations.Settings::buysLabels).orElse(false);
    }

    @Override
    public Result label(OrderView order, PackageView pkg) {
        var settings = settings(order).orElseThrow();
        var items = new LinkedHashMap<String, Integer>();
        pkg.items().forEach(i -> items.merge(catalog.findAny(i.product()).map(Product::sku).orElse("?"), i.quantity(), Integer::sum));
        var answer = client.requestLabel(credentials(settings), new DeliverrLabelClient.PackageLabelRequest(
                Long.parseLong(order.terms().externalId()), PartnerUnits.inches(pkg.lengthCm()), PartnerUnits.inches(pkg.widthCm()),
                PartnerUnits.inches(pkg.heightCm()), PartnerUnits.pounds(pkg.weightKg()), items));
        if (!answer.ok()) {
            return Result.failed(answer.failure());
        }
        // The partner's method is "CARRIER.SERVICE" (USPS.FIRST.CLASS.MAIL): the service is what follows the carrier.
        var method = answer.shippingMethod();
        var service = method != null && method.contains(".") ? method.substring(method.indexOf('.') + 1) : method;
        return Result.success(answer.trackingCode(), answer.carrier(), service, null, answer.zpl(), answer.labelId(),
                answer.contentsAsReceived());
    }

    @Override
    public Result voidLabel(OrderView order, PackageView pkg, String labelId) {
        var answer = client.voidLabel(credentials(settings(order).orElseThrow()), Long.parseLong(order.terms().externalId()), labelId);
        return answer.ok() ? Result.done() : Result.failed(answer.failure());
    }

    private Optional<PartnerIntegrations.Settings> settings(OrderView order) {
        return merchants.findAny(order.merchant()).flatMap(m -> integrations.find(m.accountId()));
    }

    private static DeliverrLabelClient.Credentials credentials(PartnerIntegrations.Settings s) {
        return new DeliverrLabelClient.Credentials(s.labelBaseUrl(), s.labelUsername(), s.labelPassword(), s.labelToken());
    }
}
