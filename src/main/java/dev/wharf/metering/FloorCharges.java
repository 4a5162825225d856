package dev.wharf.metering;

import dev.wharf.billing.Charge;
import dev.wharf.billing.Charges;
import dev.wharf.billing.Charging;
import dev.wharf.billing.RatingPolicy;
import dev.wharf.billing.ReferenceType;

import dev.wharf.inbound.GoodsReceived;
import dev.wharf.inbound.InboundReceived;
import dev.wharf.inbound.InboundReceiving;
import dev.wharf.inbound.ReceivingGoods;
import dev.wharf.outbound.OrderShipped;
import dev.wharf.outbound.Orders;
import dev.wharf.outbound.PackageView;
import dev.wharf.returns.ReturnProcessed;
import dev.wharf.returns.ReturnReceived;
import dev.wharf.returns.Returns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A charge for every physical action, from the events the floor's modules publish inside the
 * transaction of the action (synchronous listeners): the lines commit with the movement or status
 * change, or not at all. Each line's unique key (document, charge type, detail) makes a replayed
 * event charge nothing. Orders are charged when they ship: cancelling is only allowed before picking,
 * so a cancelled order was never charged and nothing needs refunding. Stock adjustments are not
 * charged (the rate card has no price for them); they count in the night's storage snapshot.
 */
@Component
class FloorCharges {

    private final Charging charging;
    private final ReceivingGoods inbounds;
    private final Orders orders;
    private final Charges charges;
    private final Returns returns;

    FloorCharges(Charging charging, ReceivingGoods inbounds, Orders orders, Charges charges, Returns returns) {
        this.charging = charging;
        this.inbounds = inbounds;
        this.orders = orders;
        this.charges = charges;
        this.returns = returns;
    }

    /** Receiving per unit, per receipt at the dock. */
    @EventListener
    void on(GoodsReceived receipt) {
        charging.charge(receipt.merchant(), receipt.warehouse(), ReferenceType.RECEIPT, receipt.receipt(),
                (card, currency) -> RatingPolicy.receipt(card, receipt.good() + receipt.damaged(), currency));
    }

    /** Receiving per carton: the inbound's announced packages, once, when its first units are counted. */
    @EventListener
    void on(InboundReceiving event) {
        chargeCartons(event.inbound());
    }

    @EventListener
    void on(InboundReceived event) {
        chargeCartons(event.inbound());
    }

    private void chargeCartons(dev.wharf.inbound.InboundId id) {
        inbounds.find(id).ifPresent(inbound -> charging.charge(inbound.merchant(), inbound.warehouse(), ReferenceType.INBOUND,
                id.value(), (card, currency) -> RatingPolicy.cartons(card, inbound.packages().size(), currency)));
    }

    /**
     * A shipped order: the pick (per order and per further unit), then per parcel its box and its label
     * cost with the markup (an order labelled outside Wharf has no parcels here: its label cost is the
     * shipping the order was charged), then the value-added services it bought.
     */
    @EventListener
    void on(OrderShipped event) {
        var order = orders.findAny(event.order()).orElseThrow();
        int units = order.lines().stream().mapToInt(l -> l.quantity()).sum();
        var recorded = charges.forOrder(order.id().value());
        charging.charge(order.merchant(), order.warehouse(), ReferenceType.ORDER, order.id().value(), (card, currency) -> {
            var lines = new ArrayList<>(RatingPolicy.pick(card, units, currency));
            if (order.packages().stream().noneMatch(p -> p.status() == PackageView.Status.SHIPPED)) {
                var cost = recorded.stream().filter(c -> c.kind() == Charge.Kind.SHIPPING).map(Charge::total)
                        .reduce(BigDecimal::add);
                cost.ifPresent(c -> lines.addAll(RatingPolicy.shipping(card, c, currency)));
            }
            for (var service : recorded.stream().filter(c -> c.kind() == Charge.Kind.SERVICE).toList()) {
                lines.addAll(RatingPolicy.service(service.name(), service.unitPrice(), service.quantity(), currency));
            }
            return lines;
        });
        for (var parcel : order.packages().stream().filter(p -> p.status() == PackageView.Status.SHIPPED).toList()) {
            charging.charge(order.merchant(), order.warehouse(), ReferenceType.PACKAGE, parcel.id(), (card, currency) -> {
                var lines = new ArrayList<>(RatingPolicy.packaging(card, parcel.box(), currency));
                lines.addAll(RatingPolicy.shipping(card, parcel.cost(), currency));
                return List.copyOf(lines);
            });
        }
    }

    /** A return's parcel at the dock. */
    @EventListener
    void on(ReturnReceived event) {
        returns.findAny(event.returnId()).ifPresent(r -> charging.charge(r.merchant(), r.warehouse(), ReferenceType.RETURN,
                r.id().value(), RatingPolicy::returned));
    }

    /** The units of a return inspected, once it is processed. */
    @EventListener
    void on(ReturnProcessed event) {
        returns.findAny(event.returnId()).ifPresent(r -> {
            int inspected = r.items().stream().mapToInt(i -> i.inspections().size()).sum();
            charging.charge(r.merchant(), r.warehouse(), ReferenceType.RETURN, r.id().value(),
                    (card, currency) -> RatingPolicy.inspected(card, inspected, currency));
        });
    }
}
