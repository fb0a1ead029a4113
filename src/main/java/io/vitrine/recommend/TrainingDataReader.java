package io.vitrine.recommend;

import com.mongodb.client.model.Projections;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.MongoConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the shop's data into {@link TrainingData}. Events and orders are read with the MongoDB driver and a
 * projection: mapping 100k+ events through JNoSQL entities costs several times more for fields nobody needs.
 */
@ApplicationScoped
public class TrainingDataReader {

    @Inject
    MongoConnection mongo;
    @Inject
    ProductRepository products;

    public TrainingData read() {
        List<CatalogueEntry> catalogue;
        try (Stream<io.vitrine.catalog.Product> all = products.streamAll()) {
            catalogue = all.map(p -> new CatalogueEntry(ItemId.of(p.id().value()), p.category(), p.subCategory(),
                    p.sellerId())).toList();
        }
        List<WeightedEvent> events = new ArrayList<>();
        Map<UserId, Set<ItemId>> purchases = new HashMap<>();
        for (Document d : mongo.database().getCollection("events")
                .find().projection(Projections.include("type", "userId", "productId", "occurredAt"))) {
            Optional<WeightedEvent> e = toInteraction(d);
            e.ifPresent(events::add);
            if (e.isPresent() && InteractionType.PURCHASE.name().equals(d.getString("type"))) {
                purchases.computeIfAbsent(e.get().user(), u -> new HashSet<>()).add(e.get().item());
            }
        }
        List<Set<ItemId>> baskets = new ArrayList<>();
        for (Document d : mongo.database().getCollection("orders").find().projection(Projections.include("lines"))) {
            Set<ItemId> basket = new LinkedHashSet<>();
            for (Object line : d.getList("lines", Object.class, List.of())) {
                if (line instanceof Document l && l.getString("productId") != null) {
                    basket.add(ItemId.of(l.getString("productId")));
                }
            }
            if (!basket.isEmpty()) {
                baskets.add(basket);
            }
        }
        return new TrainingData(events, catalogue, baskets, purchases);
    }

    private static Optional<WeightedEvent> toInteraction(Document d) {
        String user = d.getString("userId");
        String product = d.getString("productId");
        Optional<InteractionType> type = InteractionType.parse(d.getString("type"));
        Object at = d.get("occurredAt");
        if (user == null || product == null || type.isEmpty() || !(type.get().weight() > 0) || !(at instanceof Number)) {
            return Optional.empty();
        }
        return Optional.of(WeightedEvent.of(user, product, type.get().weight(), ((Number) at).longValue()));
    }
}
