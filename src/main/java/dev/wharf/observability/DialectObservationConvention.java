package dev.wharf.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Boot's http.server.requests, plus a low-cardinality "dialect" key: an operator sees at once
 * which API (and so which integrator) is slow or failing, next to Boot's route-pattern "uri".
 */
@Component
class DialectObservationConvention extends DefaultServerRequestObservationConvention {

    static final String DIALECT = "dialect";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        var request = context.getCarrier();
        return super.getLowCardinalityKeyValues(context)
                .and(KeyValue.of(DIALECT, Dialects.of(request == null ? null : request.getRequestURI())));
    }
}
