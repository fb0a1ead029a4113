package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A product a seller offers. It guards its own rules: stock never goes negative, a rating is 1 to 5, a price has
 * a currency. Attributes hold the facets shoppers filter on (colour, gender, size, material, ...).
 */
@Entity("products")
public class Product {

    @Id
    private String id;
    @Column
    private String sellerId;
    @Column
    private LocalizedText name;
    @Column
    private LocalizedText description;
    @Column
    private String category;
    @Column
    private String subCategory;
    @Column
    private String brand;
    @Column
    private Map<String, String> attributes;
    @Column
    private long priceCents;
    @Column
    private String currency;
    @Column
    private int stock;
    @Column
    private List<String> imageIds;
    @Column
    private int ratingCount;
    @Column
    private long ratingTotal;
    /** Where an imported product came from ("fashion:1163"), so a re-import updates instead of duplicating. */
    @Column
    private String sourceRef;
    @Column
    private long createdAt;
    @Column
    private long updatedAt;
    /** Set once the catalogue read model shares this instance with every reader: from then on it never changes. */
    private transient volatile boolean shared;

    protected Product() {
    }

    private Product(Builder b) {
        this.id = b.id.value();
        this.sellerId = Objects.requireNonNull(b.sellerId, "seller");
        this.name = Objects.requireNonNull(b.name, "name");
        this.description = b.description != null ? b.description : b.name;
        this.category = Objects.requireNonNull(b.category, "category");
        this.subCategory = Objects.requireNonNull(b.subCategory, "sub-category");
        this.brand = b.brand;
        this.attributes = new LinkedHashMap<>(b.attributes);
        Money price = Objects.requireNonNull(b.price, "price");
        this.priceCents = price.cents();
        this.currency = price.currency();
        if (b.stock < 0) {
            throw new InvalidInputException("stock cannot be negative");
        }
        this.stock = b.stock;
        this.imageIds = new ArrayList<>(b.imageIds);
        this.ratingCount = b.ratingCount;
        this.ratingTotal = b.ratingTotal;
        this.sourceRef = b.sourceRef;
        Instant now = b.createdAt != null ? b.createdAt : Instant.now();
        this.createdAt = now.toEpochMilli();
        this.updatedAt = now.toEpochMilli();
    }

    public static Builder builder(ProductId id) {
        return new Builder(id);
    }

    public ProductId id() {
        return new ProductId(id);
    }

    public String sellerId() {
        return sellerId;
    }

    public LocalizedText name() {
        return name;
    }

    public LocalizedText description() {
        return description;
    }

    public String category() {
        return category;
    }

    public String subCategory() {
        return subCategory;
    }

    public Optional<String> brand() {
        return Optional.ofNullable(brand);
    }

    public Map<String, String> attributes() {
        return attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public Optional<String> attribute(String key) {
        return attributes == null ? Optional.empty() : Optional.ofNullable(attributes.get(key));
    }

    public Money price() {
        return new Money(priceCents, currency);
    }

    public int stock() {
        return stock;
    }

    public boolean inStock() {
        return stock > 0;
    }

    public List<String> imageIds() {
        return imageIds == null ? List.of() : List.copyOf(imageIds);
    }

    public int ratingCount() {
        return ratingCount;
    }

    /** Average rating from 1 to 5, or empty when nobody rated the product yet. */
    public Optional<Double> averageRating() {
        return ratingCount == 0 ? Optional.empty() : Optional.of((double) ratingTotal / ratingCount);
    }

    public Optional<String> sourceRef() {
        return Optional.ofNullable(sourceRef);
    }

    public Instant createdAt() {
        return Instant.ofEpochMilli(createdAt);
    }

    public Instant updatedAt() {
        return Instant.ofEpochMilli(updatedAt);
    }

    /** Whether this is the read model's shared instance, which never changes (what is derived from it can be kept). */
    public boolean isShared() {
        return shared;
    }

    /** The read model hands this instance to every reader; its mutators refuse from now on. */
    Product share() {
        shared = true;
        return this;
    }

    String idValue() {
        return id;
    }

    long priceCents() {
        return priceCents;
    }

    long createdAtMillis() {
        return createdAt;
    }

    long ratingTotal() {
        return ratingTotal;
    }

    long updatedAtMillis() {
        return updatedAt;
    }

    public boolean isOwnedBy(String seller) {
        return sellerId.equals(seller);
    }

    /** Takes {@code quantity} units out of stock; refuses to oversell. */
    public void reserve(int quantity) {
        requireOwnCopy();
        if (quantity <= 0) {
            throw new InvalidInputException("quantity must be positive");
        }
        if (quantity > stock) {
            throw new OutOfStockException(id(), stock, quantity);
        }
        stock -= quantity;
        touch();
    }

    public void restock(int quantity) {
        requireOwnCopy();
        if (quantity < 0) {
            throw new InvalidInputException("quantity cannot be negative");
        }
        stock = Math.addExact(stock, quantity);
        touch();
    }

    public void rate(int stars) {
        requireOwnCopy();
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("a rating is 1 to 5 stars");
        }
        ratingCount++;
        ratingTotal += stars;
    }

    public void addImage(String imageId) {
        requireOwnCopy();
        if (imageIds == null) {
            imageIds = new ArrayList<>();
        }
        if (!imageIds.contains(imageId)) {
            imageIds.add(imageId);
            touch();
        }
    }

    /**
     * A copy of this product with what a seller may edit taken from {@code edited} ({@link #revise}); this one stays
     * as it is (it may be the read model's shared copy).
     */
    public Product revisedBy(Product edited) {
        Builder same = builder(id()).seller(sellerId).name(name).description(description).category(category, subCategory)
                .brand(brand).attributes(attributes()).price(price()).stock(stock).ratings(ratingCount, ratingTotal)
                .sourceRef(sourceRef).createdAt(createdAt());
        imageIds().forEach(same::image);
        Product copy = same.build();
        copy.updatedAt = updatedAt;
        copy.revise(edited);
        return copy;
    }

    /** Replaces what a seller may edit; the id, seller, ratings and creation date stay. */
    public void revise(Product edited) {
        requireOwnCopy();
        this.name = edited.name;
        this.description = edited.description;
        this.category = edited.category;
        this.subCategory = edited.subCategory;
        this.brand = edited.brand;
        this.attributes = new LinkedHashMap<>(edited.attributes());
        this.priceCents = edited.priceCents;
        this.currency = edited.currency;
        this.stock = edited.stock;
        if (!edited.imageIds().isEmpty()) {
            this.imageIds = new ArrayList<>(edited.imageIds());
        }
        if (edited.sourceRef != null) {
            this.sourceRef = edited.sourceRef;
        }
        touch();
    }

    private void requireOwnCopy() {
        if (shared) {
            // a programming error: the catalogue read model's copy is read by every request at once
            throw new IllegalStateException("product " + id + " is the read model's shared copy; change it through CatalogService");
        }
    }

    private void touch() {
        updatedAt = Math.max(System.currentTimeMillis(), updatedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Product p && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Product[" + id + ", " + name.en() + "]";
    }

    /** Builds a valid product; required: seller, name, category, sub-category, price. */
    public static final class Builder {
        private final ProductId id;
        private String sellerId;
        private LocalizedText name;
        private LocalizedText description;
        private String category;
        private String subCategory;
        private String brand;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private Money price;
        private int stock;
        private final List<String> imageIds = new ArrayList<>();
        private int ratingCount;
        private long ratingTotal;
        private String sourceRef;
        private Instant createdAt;

        private Builder(ProductId id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        public Builder seller(String sellerId) {
            this.sellerId = sellerId;
            return this;
        }

        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        public Builder category(String category, String subCategory) {
            this.category = category;
            this.subCategory = subCategory;
            return this;
        }

        public Builder brand(String brand) {
            this.brand = brand == null || brand.isBlank() ? null : brand.strip();
            return this;
        }

        public Builder attribute(String key, String value) {
            if (value != null && !value.isBlank()) {
                attributes.put(key, value.strip());
            }
            return this;
        }

        public Builder attributes(Map<String, String> values) {
            values.forEach(this::attribute);
            return this;
        }

        public Builder price(Money price) {
            this.price = price;
            return this;
        }

        public Builder stock(int stock) {
            this.stock = stock;
            return this;
        }

        public Builder image(String imageId) {
            imageIds.add(imageId);
            return this;
        }

        public Builder ratings(int count, long total) {
            if (count < 0 || total < count || total > 5L * count) {
                throw new IllegalArgumentException("inconsistent rating summary");
            }
            this.ratingCount = count;
            this.ratingTotal = total;
            return this;
        }

        public Builder sourceRef(String sourceRef) {
            this.sourceRef = sourceRef;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Product build() {
            return new Product(this);
        }
    }
}
