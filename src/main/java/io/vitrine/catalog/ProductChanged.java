package io.vitrine.catalog;

/** A CDI event fired after a product was created, changed or deleted; indexes observe it to stay in step. */
public record ProductChanged(ProductId product, Change change) {

    public enum Change { CREATED, UPDATED, DELETED, IMAGE_ADDED }
}
