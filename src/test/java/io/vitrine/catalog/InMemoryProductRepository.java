package io.vitrine.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link ProductRepository} in memory for plain tests, faithful to {@link MongoProductRepository}: stored copies,
 * the same filters, sort keys (ties by id) and paging, and {@code saveAll} inserts (a known id fails, like a Mongo
 * duplicate key, after the products before it were stored). {@link #writes()} counts write calls.
 */
public class InMemoryProductRepository implements ProductRepository {

    private final Map<String, Product> products = new LinkedHashMap<>();
    private int writes;

    @Override
    public synchronized Optional<Product> find(ProductId id) {
        return Optional.ofNullable(StoredCopy.of(products.get(id.value())));
    }

    @Override
    public synchronized List<Product> findAll(Collection<ProductId> ids) {
        return ids.stream().map(ProductId::value).distinct().map(products::get).filter(p -> p != null)
                .map(StoredCopy::of).toList();
    }

    @Override
    public synchronized Optional<Product> findBySourceRef(String sourceRef) {
        return products.values().stream().filter(p -> p.sourceRef().filter(sourceRef::equals).isPresent())
                .findFirst().map(StoredCopy::of);
    }

    @Override
    public synchronized Page<Product> find(ProductQuery q) {
        List<Product> matches = products.values().stream()
                .filter(p -> q.category().map(p.category()::equals).orElse(true))
                .filter(p -> q.subCategory().map(p.subCategory()::equals).orElse(true))
                .filter(p -> q.seller().map(p.sellerId()::equals).orElse(true))
                .filter(p -> q.minPriceCents().map(min -> p.price().cents() >= min).orElse(true))
                .filter(p -> q.maxPriceCents().map(max -> p.price().cents() <= max).orElse(true))
                .sorted(order(q.sort()).thenComparing(p -> p.id().value()))
                .toList();
        List<Product> page = matches.stream().skip(q.offset()).limit(q.size()).map(StoredCopy::of).toList();
        return new Page<>(page, matches.size(), q.page(), q.size());
    }

    private static Comparator<Product> order(ProductQuery.Sort sort) {
        return switch (sort) {
            case NEWEST -> Comparator.comparing(Product::createdAt).reversed();
            case PRICE_ASC -> Comparator.comparingLong(p -> p.price().cents());
            case PRICE_DESC -> Comparator.<Product>comparingLong(p -> p.price().cents()).reversed();
            case NAME -> Comparator.comparing(p -> p.name().en());
            case RATING -> Comparator.<Product>comparingInt(Product::ratingCount).reversed();
        };
    }

    @Override
    public synchronized Stream<Product> streamAll() {
        return products.values().stream().sorted(Comparator.comparing(p -> p.id().value())).map(StoredCopy::of)
                .toList().stream();
    }

    @Override
    public synchronized Product save(Product product) {
        writes++;
        products.put(product.id().value(), StoredCopy.of(product));
        return product;
    }

    @Override
    public synchronized void saveAll(Collection<Product> batch) {
        writes++;
        for (Product p : new ArrayList<>(batch)) {
            if (products.containsKey(p.id().value())) {
                throw new IllegalStateException("duplicate key: product " + p.id() + " is already stored");
            }
            products.put(p.id().value(), StoredCopy.of(p));
        }
    }

    @Override
    public synchronized boolean delete(ProductId id) {
        writes++;
        return products.remove(id.value()) != null;
    }

    @Override
    public synchronized long count() {
        return products.size();
    }

    /** Number of save, saveAll and delete calls so far. */
    public synchronized int writes() {
        return writes;
    }

    @Override
    public synchronized boolean takeStock(ProductId id, int quantity) {
        Optional<Product> product = find(id);
        if (product.isEmpty() || product.get().stock() < quantity) {
            return false;
        }
        product.get().reserve(quantity);
        save(product.get());
        return true;
    }

    @Override
    public synchronized void returnStock(ProductId id, int quantity) {
        find(id).ifPresent(p -> {
            p.restock(quantity);
            save(p);
        });
    }
}
