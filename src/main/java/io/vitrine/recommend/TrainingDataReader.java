package io.vitrine.recommend;

import com.mongodb.client.model.Projections;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.events.EventScan;
import io.vitrine.platform.MongoConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the shop's data into {@link TrainingData}. Events and orders are read with the MongoDB driver and a
 * projection: mapping 100k+ events through JNoSQL entities costs several times more for fields nobody needs. Events
 * come in slices ({@link EventSlices}: {@code vitrine.recommend.train.read-max} per query) from the last
 * {@code vitrine.recommend.train.window-days} (0: all).
 */
@ApplicationScoped
public class TrainingDataReader {

    @Inject
    MongoConnection mongo;
    @Inject
    ProductRepository products;
    @Inject
    RecommendSettings settings;

    private final Clock clock = Clock.systemUTC();

    public TrainingData read() {
        List<CatalogueEntry> catalogue;
        try (Stream<io.vitrine.catalog.Product> all = products.streamAll()) {
            catalogue = all.map(p -> new CatalogueEntry(ItemId.of(p.id().value()), p.category(), p.subCategory(),
                    p.sellerId())).toList();
        }
        List<WeightedEvent> events = new ArrayList<>();
        Map<UserId, Set<ItemId>> purchases = new HashMap<>();
        new EventSlices(mongo.database().getCollection("events"), since(), settings.trainReadMax())
                .read(events::add, e -> purchases.computeIfAbsent(e.user(), u -> new HashSet<>()).add(e.item()));
        List<Set<ItemId>> baskets = new ArrayList<>();
        for (Document d : mongo.database().getCollection("orders").find().projection(Projections.include("lines"))
                .batchSize(EventScan.BATCH)) {
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

    /** The oldest event a training reads: {@code vitrine.recommend.train.window-days} back, or all (0). */
    private long since() {
        int days = settings.trainWindowDays();
        return days == 0 ? Long.MIN_VALUE : clock.millis() - days * 86_400_000L;
    }
}
