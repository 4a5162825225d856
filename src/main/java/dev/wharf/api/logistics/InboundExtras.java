package dev.wharf.api.logistics;

import dev.wharf.shared.TimeSource;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Logistics inbound update carries that Wharf's inbound does not model (shipping option,
 * freight details, createPackages, prep, package dimensions), kept verbatim so it is echoed back.
 */
@Component
class InboundExtras {

    /** The kept parts; package dimensions by package position. */
    record Extras(String shippingOption, java.util.Map<String, Object> freightDetails, Boolean createPackages,
                  InboundJson.PrepInput prep, java.util.List<InboundJson.PackageInput> packageDimensions) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TimeSource time;

    InboundExtras(JdbcClient jdbc, JsonMapper json, TimeSource time) {
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
    }

    /** Merges the update's unmodelled parts into what was kept: a part left out keeps its value. */
    void merge(long inboundId, InboundJson.UpdateInput update) {
        var old = find(inboundId).orElse(new Extras(null, null, null, null, null));
        var merged = new Extras(update.shippingOption() != null ? update.shippingOption() : old.shippingOption(),
                update.freightDetails() != null ? update.freightDetails() : old.freightDetails(),
                update.createPackages() != null ? update.createPackages() : old.createPackages(),
                update.prep() != null ? update.prep() : old.prep(),
                update.packages() != null ? update.packages().stream().map(p -> new InboundJson.PackageInput(p.length(), p.width(),
                        p.height(), p.weight(), p.dimensionUnit(), p.weightUnit(), java.util.List.of())).toList() : old.packageDimensions());
        var body = json.writeValueAsString(merged);
        int updated = jdbc.sql("update logistics_inbound_extra set body = :b, updated_at = :now where inbound_id = :i")
                .param("b", body).param("now", time.nowUtc()).param("i", inboundId).update();
        if (updated == 0) {
            jdbc.sql("insert into logistics_inbound_extra (inbound_id, body, updated_at) values (:i, :b, :now)")
                    .param("i", inboundId).param("b", body).param("now", time.nowUtc()).update();
        }
    }

    /** What was kept for each of these inbounds, in one read (for lists); an inbound without any is absent. */
    java.util.Map<Long, Extras> findAll(java.util.Collection<Long> inboundIds) {
        var found = new java.util.HashMap<Long, Extras>();
        if (!inboundIds.isEmpty()) {
            jdbc.sql("select inbound_id, body from logistics_inbound_extra where inbound_id in (:i)").param("i", java.util.List.copyOf(inboundIds))
                    .query(rs -> {
                        found.put(rs.getLong(1), json.readValue(rs.getString(2), Extras.class));
                    });
        }
        return found;
    }

    Optional<Extras> find(long inboundId) {
        return jdbc.sql("select body from logistics_inbound_extra where inbound_id = :i").param("i", inboundId)
                .query(String.class).optional().map(body -> json.readValue(body, Extras.class));
    }

}
