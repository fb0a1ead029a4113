package io.vitrine.vision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What photo search serves from, as one immutable value: the model, its version, the embedding of every catalogue
 * photo it computed, and the index over them. Embeddings of two models are not comparable, so model and index are
 * only ever replaced together; the service holds one reference and swaps it whole.
 */
public final class VisualCatalogue {

    /** A photo's embedding under this catalogue's model. */
    public record Entry(CataloguePhoto photo, float[] embedding) {
    }

    private final VisionModel model;
    private final long version;
    /** By product id + "/" + image id: two products may share one stored photo (images are stored once per content). */
    private final Map<String, Entry> byImage;
    private final Map<String, List<String>> imagesByProduct;
    private final VisualIndex index;

    private VisualCatalogue(VisionModel model, long version, Map<String, Entry> byImage) {
        this(model, version, byImage, null);
    }

    /** With {@code index} null, the index is built over {@code byImage}. */
    private VisualCatalogue(VisionModel model, long version, Map<String, Entry> byImage, VisualIndex index) {
        this.model = model;
        this.version = version;
        this.byImage = byImage;
        Map<String, List<String>> products = new HashMap<>();
        for (Entry e : byImage.values()) {
            products.computeIfAbsent(e.photo().productId(), p -> new ArrayList<>()).add(key(e.photo()));
        }
        this.imagesByProduct = products;
        this.index = index != null ? index : VisualIndexes.forSize(byImage.values().stream().map(VisualCatalogue::indexed).toList());
    }

    private static IndexedImage indexed(Entry e) {
        return new IndexedImage(e.photo().productId(), e.photo().subCategory(), e.embedding());
    }

    /** Entries whose embedding is not unit length (a photo the network maps to zero) are left out. */
    public static VisualCatalogue of(VisionModel model, long version, Collection<Entry> entries) {
        Map<String, Entry> byImage = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (isUnit(e.embedding())) {
                byImage.put(key(e.photo()), e);
            }
        }
        return new VisualCatalogue(model, version, byImage);
    }

    /**
     * A copy in which each product of {@code products} has exactly the photos given for it ({@code entries} holds
     * their embeddings under this model; a product with none given is removed). Above
     * {@link VisualIndexes#EXACT_UP_TO} photos the graph index takes the change in place; below, the index is rebuilt.
     */
    public VisualCatalogue withProducts(Set<String> products, Collection<Entry> entries) {
        Map<String, Entry> next = new LinkedHashMap<>(byImage);
        next.values().removeIf(e -> products.contains(e.photo().productId()));
        Map<String, Entry> added = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!products.contains(e.photo().productId())) {
                throw new IllegalArgumentException("photo of " + e.photo().productId() + " is not among the updated products");
            }
            if (isUnit(e.embedding())) {
                added.put(key(e.photo()), e);
            }
        }
        next.putAll(added);
        // a large index changes in place (a graph rebuild takes minutes at a million photos); a small one is rebuilt
        VisualIndex changed = null;
        if (next.size() > VisualIndexes.EXACT_UP_TO) {
            changed = index.withProducts(products, added.values().stream().map(VisualCatalogue::indexed).toList()).orElse(null);
        }
        return new VisualCatalogue(model, version, next, changed);
    }

    /** The index searched, for tests of how it changes. */
    VisualIndex index() {
        return index;
    }

    public VisionModel model() {
        return model;
    }

    public long version() {
        return version;
    }

    public int size() {
        return byImage.size();
    }

    /** The photos of a product as indexed, with their embeddings. */
    public List<Entry> entriesOf(String productId) {
        return imagesByProduct.getOrDefault(productId, List.of()).stream().map(byImage::get).toList();
    }

    /** The embeddings of a product's photos, in the order they were indexed. */
    public List<float[]> embeddingsOf(String productId) {
        return imagesByProduct.getOrDefault(productId, List.of()).stream().map(id -> byImage.get(id).embedding().clone()).toList();
    }

    /**
     * The {@code n} products whose photos look most like {@code query}: each product once, scored by its best photo,
     * best first; products in {@code exclude} are skipped. Asks the index for more photos until it has {@code n}
     * distinct products or has seen every photo.
     */
    public List<VisualMatch> similarProducts(float[] query, int n, Optional<String> subCategory, Set<String> exclude) {
        if (n <= 0 || byImage.isEmpty()) {
            return List.of();
        }
        int k = Math.min(byImage.size(), 2 * n + exclude.size() + 8);
        while (true) {
            List<VisualMatch> photos = index.search(query, k, subCategory);
            Set<String> seen = new LinkedHashSet<>();
            List<VisualMatch> out = new ArrayList<>(n);
            for (VisualMatch m : photos) {
                if (!exclude.contains(m.productId()) && seen.add(m.productId())) {
                    out.add(m);
                    if (out.size() == n) {
                        return List.copyOf(out);
                    }
                }
            }
            if (k >= byImage.size() || photos.size() < k) {
                return List.copyOf(out);
            }
            k = Math.min(byImage.size(), k * 2);
        }
    }

    /** A photo's key: product id + "/" + image id (two products may share one stored photo). */
    static String key(CataloguePhoto photo) {
        return photo.productId() + "/" + photo.imageId();
    }

    private static boolean isUnit(float[] v) {
        return Math.abs(Vectors.norm(v) - 1) <= 1e-3;
    }
}
