package io.vitrine.order;

import io.vitrine.platform.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.util.Set;

/** The sellers of an order's lines, for the access rules: a seller reads only orders holding one of its products. */
@ApplicationScoped
public class OrderOwners {

    @Produces
    @ApplicationScoped
    Owners owners(OrderRepository orders) {
        return Owners.of("order", number -> Order.NUMBER.matcher(number).matches(),
                number -> orders.find(number).map(o -> Set.copyOf(o.sellerIds())));
    }
}
