package io.vitrine.catalog;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.Documents;
import jakarta.data.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.CriteriaCondition;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link ProductRepository} on MongoDB through JNoSQL; filters, sort and paging run in the database. The shop reads
 * through {@link CatalogueProducts} (the in-memory read model); this is the database underneath it.
 */
@ApplicationScoped
@jakarta.enterprise.inject.Typed(MongoProductRepository.class)
public class MongoProductRepository implements ProductRepository {

    static final String COLLECTION = "products";

    @Inject
    MongoDBTemplate template;
    @Inject
    ProductWrites writes;

    @Override
    public Optional<Product> find(ProductId id) {
        return template.find(Product.class, id.value());
    }

    @Override
    public List<Product> findAll(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values = ids.stream().map(ProductId::value).distinct().toList();
        SelectQuery query = SelectQuery.builder().from(COLLECTION).where(CriteriaCondition.in("_id", values)).build();
        Map<String, Product> found = new HashMap<>();
        template.<Product>select(query).forEach(p -> found.put(p.idValue(), p));
        // keep the caller's order (recommendation and comparison lists are ranked) with one look-up per id: a scan of
        // the found list per id was 250,000 id comparisons for a batch of 500, 15% of a loaded shop's import profile
        return values.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<Product> findBySourceRef(String sourceRef) {
        SelectQuery query = SelectQuery.builder().from(COLLECTION).where(CriteriaCondition.eq("sourceRef", sourceRef))
                .limit(1).build();
        return template.<Product>select(query).findFirst();
    }

    @Override
    public Page<Product> find(ProductQuery q) {
        List<CriteriaCondition> conditions = new ArrayList<>();
        q.category().ifPresent(c -> conditions.add(CriteriaCondition.eq("category", c)));
        q.subCategory().ifPresent(s -> conditions.add(CriteriaCondition.eq("subCategory", s)));
        q.seller().ifPresent(s -> conditions.add(CriteriaCondition.eq("sellerId", s)));
        q.minPriceCents().ifPresent(p -> conditions.add(CriteriaCondition.gte("priceCents", p)));
        q.maxPriceCents().ifPresent(p -> conditions.add(CriteriaCondition.lte("priceCents", p)));
        Optional<CriteriaCondition> where = Documents.and(conditions);

        SelectQuery.QueryBuilder select = SelectQuery.builder().from(COLLECTION).skip(q.offset()).limit(q.size())
                .sort(sort(q.sort()), Sort.asc("_id"));
        SelectQuery.QueryBuilder count = SelectQuery.builder().from(COLLECTION);
        where.ifPresent(select::where);
        where.ifPresent(count::where);
        List<Product> items = template.<Product>select(select.build()).toList();
        long total = template.count(count.build());
        return new Page<>(items, total, q.page(), q.size());
    }

    private static Sort<?> sort(ProductQuery.Sort sort) {
        return switch (sort) {
            case NEWEST -> Sort.desc("createdAt");
            case PRICE_ASC -> Sort.asc("priceCents");
            case PRICE_DESC -> Sort.desc("priceCents");
            case NAME -> Sort.asc("name.en");
            case RATING -> Sort.desc("ratingCount");
        };
    }

    @Override
    public Stream<Product> streamAll() {
        return template.select(SelectQuery.builder().from(COLLECTION).sort(Sort.asc("_id")).build());
    }

    /**
     * A new product is inserted whole; a stored one gets only its editable fields ({@link ProductWrites#revise}), so
     * saving a product read a moment ago never writes back a stale stock or rating summary.
     */
    @Override
    public Product save(Product product) {
        if (!writes.revise(product)) {
            template.insert(product);
        }
        return product;
    }

    /** One {@code insertMany} of documents built directly ({@link ProductWrites#insertAll}). */
    @Override
    public void saveAll(Collection<Product> products) {
        writes.insertAll(products);
    }

    /** One bulk update of the editable fields ({@link ProductWrites#reviseAll}); products not stored are inserted. */
    @Override
    public void reviseAll(Collection<Product> products) {
        if (writes.reviseAll(products) < products.size()) {
            products.stream().filter(p -> find(p.id()).isEmpty()).forEach(template::insert);
        }
    }

    @Override
    public boolean delete(ProductId id) {
        if (template.find(Product.class, id.value()).isEmpty()) {
            return false;
        }
        template.delete(Product.class, id.value());
        return true;
    }

    @Override
    public long count() {
        return template.count(Product.class);
    }

    @Override
    public boolean takeStock(ProductId id, int quantity) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity must be at least 1");
        }
        return writes.adjustStock(id, -quantity);
    }

    @Override
    public void addRating(ProductId id, int stars) {
        writes.addRating(id, stars);
    }

    @Override
    public void returnStock(ProductId id, int quantity) {
        if (quantity < 1) {
            throw new InvalidInputException("quantity must be at least 1");
        }
        writes.adjustStock(id, quantity);
    }
}
