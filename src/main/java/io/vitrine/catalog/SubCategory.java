package io.vitrine.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.Objects;

/** A sub-category inside a {@link Category}, such as "sneakers" inside "footwear". */
@Embeddable
public class SubCategory {

    @Column
    private String id;
    @Column
    private LocalizedText name;

    protected SubCategory() {
    }

    public SubCategory(String id, LocalizedText name) {
        this.id = Slug.require(id);
        this.name = Objects.requireNonNull(name);
    }

    public String id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }
}
