package io.vitrine.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which sellers a product or an order belongs to, for the ownership part of a {@link Rule}. Features produce one
 * ({@link #of}; the platform knows no feature); {@link #kind()} is the owner kind a rule names ("product", "order").
 */
public interface Owners {

    String kind();

    /** The sellers of the object with this id; empty when there is none (the resource then answers 404). */
    Optional<Set<String>> sellersOf(String id);

    /**
     * The owners of one kind: an id that is not of the kind's syntax names nothing (it is never looked up), any other
     * is looked up with {@code find}.
     */
    static Owners of(String kind, Predicate<String> validId, Function<String, Optional<Set<String>>> find) {
        return new Owners() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<Set<String>> sellersOf(String id) {
                return id == null || !validId.test(id) ? Optional.empty() : find.apply(id);
            }
        };
    }
}
