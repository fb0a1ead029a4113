package io.vitrine.catalog;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A top-level category and its sub-categories; the tree is two levels deep. */
@Entity("categories")
public class Category {

    @Id
    private String id;
    @Column
    private LocalizedText name;
    @Column
    private int position;
    @Column
    private List<SubCategory> subCategories;

    protected Category() {
    }

    public Category(String id, LocalizedText name, int position, List<SubCategory> subCategories) {
        this.id = Slug.require(id);
        this.name = Objects.requireNonNull(name);
        this.position = position;
        this.subCategories = new ArrayList<>(subCategories);
    }

    public String id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public int position() {
        return position;
    }

    public List<SubCategory> subCategories() {
        return subCategories == null ? List.of() : List.copyOf(subCategories);
    }

    public Optional<SubCategory> subCategory(String subId) {
        return subCategories().stream().filter(s -> s.id().equals(subId)).findFirst();
    }

    /** Adds a sub-category if it is new; importers grow the tree as they meet new labels. */
    public boolean addSubCategory(SubCategory sub) {
        if (subCategory(sub.id()).isPresent()) {
            return false;
        }
        if (subCategories == null) {
            subCategories = new ArrayList<>();
        }
        subCategories.add(sub);
        return true;
    }
}
