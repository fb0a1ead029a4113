package io.vitrine.order;

import io.vitrine.platform.security.Owners;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;

/** The sellers of an order's lines, for the access rules: a seller reads only orders holding one of its products. */
@ApplicationScoped
public class OrderOwners implements Owners {

    @Inject
    OrderRepository orders;

    @Override
    public String kind() {
        return "order";
    }

    @Override
    public Optional<Set<String>> sellersOf(String number) {
        if (number == null || !number.matches("VT-\\d{8}")) {
            return Optional.empty();
        }
        return orders.find(number).map(o -> Set.copyOf(o.sellerIds()));
    }
}
