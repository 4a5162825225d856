package dev.wharf.api.deliverr;

import dev.wharf.account.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's create or update: the core's use case and the verbatim copy of the partner's body
 * (echoed back later, with fields Wharf does not model) commit together or not at all. Only
 * orchestration: the rules are the use case's; the copy is this adapter's own bookkeeping.
 */
@Service
class PartnerFiling {

    private final PartnerDocuments documents;

    PartnerFiling(PartnerDocuments documents) {
        this.documents = documents;
    }

    /** Runs the use case, then keeps the body as sent under (kind, key), in one transaction. */
    @Transactional
    void file(Tenant tenant, String kind, String key, String body, Runnable useCase) {
        useCase.run();
        documents.save(tenant, kind, key, body);
    }
}
