package io.vitrine.order;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.catalog.Money;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.Objects;

/** A product, its price when the order was placed, and a quantity. */
// GROUPING keeps it a sub-document: JNoSQL's default (FLAT) would spill its fields into the parent document,
// where two LocalizedText fields (name, description) would overwrite each other.
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class OrderLine {

    /** The most units of one product an order line (and the cart) holds. */
    public static final int MAX_QUANTITY = 99;

    @Column
    private String productId;
    @Column
    private String sellerId;
    @Column
    private String name;
    @Column
    private long unitPriceCents;
    @Column
    private String currency;
    @Column
    private int quantity;

    protected OrderLine() {
    }

    public OrderLine(String productId, String sellerId, String name, Money unitPrice, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidInputException("quantity must be 1 to " + MAX_QUANTITY);
        }
        this.productId = Objects.requireNonNull(productId);
        this.sellerId = Objects.requireNonNull(sellerId);
        this.name = Objects.requireNonNull(name);
        this.unitPriceCents = unitPrice.cents();
        this.currency = unitPrice.currency();
        this.quantity = quantity;
    }

    public String productId() {
        return productId;
    }

    public String sellerId() {
        return sellerId;
    }

    public String name() {
        return name;
    }

    public Money unitPrice() {
        return new Money(unitPriceCents, currency);
    }

    public int quantity() {
        return quantity;
    }

    public Money total() {
        return unitPrice().times(quantity);
    }
}
