package dev.wharf.outbound;

import dev.wharf.account.MerchantId;
import dev.wharf.inventory.DocumentNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names orders in stock movement reports by the id the client placed them with; one query for all. */
@Component
class OrderNames implements DocumentNames {

    private final JdbcClient jdbc;

    OrderNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String referenceType() {
        return "ORDER";
    }

    @Override
    public Map<Long, String> externalIds(Set<MerchantId> merchants, Set<Long> documentIds) {
        var names = new HashMap<Long, String>();
        if (merchants.isEmpty() || documentIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, external_id from outbound_order where id in (:ids) and merchant_id in (:merchants) and external_id is not null")
                .param("ids", List.copyOf(documentIds)).param("merchants", merchants.stream().map(MerchantId::value).toList())
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }
}
