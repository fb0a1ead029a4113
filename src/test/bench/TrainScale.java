import io.vitrine.demo.DemoSpec;
import io.vitrine.demo.DemoStore;
import io.vitrine.demo.DemoStoreGenerator;
import io.vitrine.events.Interaction;
import io.vitrine.recommend.CatalogueEntry;
import io.vitrine.recommend.ItemId;
import io.vitrine.recommend.TrainingData;
import io.vitrine.recommend.UserId;
import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.train.ShopRetraining;
import io.vitrine.recommend.train.ShopTrainer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shop's recommendation training (ShopRetraining + ShopTrainer, as ShopModels runs it) on a generated demo store of
 * the given size, without the server or the database: the events become WeightedEvents with one id object per shopper
 * and product, as EventSlices reads them. Prints the time of each phase and the peak heap after each.
 *   java -Xmx1g -cp <classes and WEB-INF/lib> TrainScale 24000 10000      (src/test/bench/train-scale.sh runs it)
 */
public class TrainScale {

    public static void main(String[] args) {
        int products = Integer.parseInt(args[0]);
        int shoppers = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        DemoStore store = new DemoStoreGenerator().generate(DemoSpec.of(42, Instant.parse("2026-11-29T09:00:00Z"), "x")
                .withProducts(products).withShoppers(shoppers));
        report("generated", t0);
        long t1 = System.nanoTime();
        Map<String, UserId> users = new HashMap<>();
        Map<String, ItemId> items = new HashMap<>();
        List<WeightedEvent> events = new ArrayList<>();
        Map<UserId, Set<ItemId>> purchases = new HashMap<>();
        for (Interaction e : store.events()) {
            if (e.productId().isEmpty() || !(e.type().weight() > 0)) {
                continue;
            }
            WeightedEvent w = new WeightedEvent(users.computeIfAbsent(e.userId(), UserId::of),
                    items.computeIfAbsent(e.productId().get(), ItemId::of), e.type().weight(), e.occurredAt().toEpochMilli());
            events.add(w);
            if (e.type() == io.vitrine.events.InteractionType.PURCHASE) {
                purchases.computeIfAbsent(w.user(), u -> new HashSet<>()).add(w.item());
            }
        }
        List<CatalogueEntry> catalogue = store.products().stream().map(p -> new CatalogueEntry(
                items.computeIfAbsent(p.id().value(), ItemId::of), p.category(), p.subCategory(), p.sellerId())).toList();
        List<Set<ItemId>> baskets = store.orders().stream().map(o -> {
            Set<ItemId> b = new LinkedHashSet<>();
            o.lines().forEach(l -> b.add(items.computeIfAbsent(l.productId(), ItemId::of)));
            return b;
        }).toList();
        TrainingData data = new TrainingData(events, catalogue, baskets, purchases);
        store = null;
        System.gc();
        report("training data: " + events.size() + " events, " + users.size() + " shoppers, " + catalogue.size() + " products", t1);
        long t2 = System.nanoTime();
        ShopRetraining.Outcome outcome = new ShopRetraining(new ShopTrainer(Clock.systemUTC()), 7)
                .run(data, phase -> System.out.println("  phase: " + phase + " at " + (System.nanoTime() - t2) / 1_000_000 + " ms"));
        report("evaluated and trained, holdout " + outcome.metrics(), t2);
    }

    private static void report(String what, long since) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%-100s %7.1f s  heap used %d MB, pools' peaks summed %d MB%n", what, (System.nanoTime() - since) / 1e9,
                used, peak >> 20);
    }
}
