package io.vitrine.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.Objects;

/** A sub-category inside a {@link Category}, such as "sneakers" inside "footwear". */
// GROUPING keeps it a sub-document: JNoSQL's default (FLAT) would spill its fields into the parent document,
// where two LocalizedText fields (name, description) would overwrite each other.
@Embeddable(Embeddable.EmbeddableType.GROUPING)
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
