package io.vitrine.platform.security;

import java.util.Optional;
import java.util.Set;

/**
 * Which sellers a product or an order belongs to, for the ownership part of a {@link Rule}. Features implement it
 * (the platform knows no feature); {@link #kind()} is the owner kind a rule names ("product", "order").
 */
public interface Owners {

    String kind();

    /** The sellers of the object with this id; empty when there is none (the resource then answers 404). */
    Optional<Set<String>> sellersOf(String id);
}
