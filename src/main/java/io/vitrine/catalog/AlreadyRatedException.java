package io.vitrine.catalog;

/** A shopper rates a product once; a second rating (or a review with stars after one) is refused. */
public class AlreadyRatedException extends io.vitrine.platform.ConflictException {

    public AlreadyRatedException(ProductId product) {
        super("you have already rated " + product);
    }
}
