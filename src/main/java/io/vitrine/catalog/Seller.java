package io.vitrine.catalog;

import io.vitrine.platform.EpochMillis;
import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;

/**
 * A shop selling on Vitrine. A record the database maps through its canonical constructor; {@code joinedAt} is stored
 * as epoch milliseconds, as it always was. {@code returnAddress} (where shoppers send returns, given when a seller
 * accepts its invitation) is null for sellers made without one.
 */
@Entity("sellers")
public record Seller(@Id String id, @Column String name, @Column String email, @Column String country,
                     @Column @Convert(EpochMillis.class) Instant joinedAt, @Column String returnAddress) {

    public Seller {
        id = Slug.require(id);
        Objects.requireNonNull(name);
        joinedAt = EpochMillis.of(joinedAt);
    }

    /** A seller without a return address (the demo store's, and those made before seller profiles). */
    public Seller(String id, String name, String email, String country, Instant joinedAt) {
        this(id, name, email, country, joinedAt, null);
    }
}
