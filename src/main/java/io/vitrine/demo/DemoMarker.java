package io.vitrine.demo;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.Optional;

/** Records that the demo store was generated (or that a generation started and did not finish). */
@Entity("demo_store")
public class DemoMarker {

    static final String ID = "demo";

    @Id
    private String id;
    @Column
    private long startedAt;
    @Column
    private long completedAt;
    @Column
    private int products;
    @Column
    private int events;
    @Column
    private int orders;

    protected DemoMarker() {
    }

    static DemoMarker started(Instant at) {
        DemoMarker m = new DemoMarker();
        m.id = ID;
        m.startedAt = at.toEpochMilli();
        return m;
    }

    DemoMarker completed(Instant at, int products, int events, int orders) {
        DemoMarker m = started(Instant.ofEpochMilli(startedAt));
        m.completedAt = at.toEpochMilli();
        m.products = products;
        m.events = events;
        m.orders = orders;
        return m;
    }

    boolean complete() {
        return completedAt > 0;
    }

    Optional<Instant> completedAt() {
        return complete() ? Optional.of(Instant.ofEpochMilli(completedAt)) : Optional.empty();
    }
}
