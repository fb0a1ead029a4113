package io.vitrine.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Objects;

/** A shop selling on Vitrine. */
@Entity("sellers")
public class Seller {

    @Id
    private String id;
    @Column
    private String name;
    @Column
    private String email;
    @Column
    private String country;
    @Column
    private long joinedAt;
    /** Where shoppers send returns; absent for sellers made before seller profiles. */
    @Column
    private String returnAddress;

    protected Seller() {
    }

    public Seller(String id, String name, String email, String country, Instant joinedAt) {
        this.id = Slug.require(id);
        this.name = Objects.requireNonNull(name);
        this.email = email;
        this.country = country;
        this.joinedAt = joinedAt.toEpochMilli();
    }

    /** A seller who signed up through an invitation, with the address returns go to. */
    public Seller(String id, String name, String email, String country, String returnAddress, Instant joinedAt) {
        this(id, name, email, country, joinedAt);
        this.returnAddress = returnAddress;
    }

    public java.util.Optional<String> returnAddress() {
        return java.util.Optional.ofNullable(returnAddress);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String country() {
        return country;
    }

    public Instant joinedAt() {
        return Instant.ofEpochMilli(joinedAt);
    }
}
