package io.vitrine.catalog;

/** Thrown when an order asks for more units than a product has in stock. */
public class OutOfStockException extends RuntimeException {

    private final ProductId product;

    public OutOfStockException(ProductId product, int available, int requested) {
        super("only " + available + " left of " + product + ", " + requested + " requested");
        this.product = product;
    }

    public ProductId product() {
        return product;
    }
}
