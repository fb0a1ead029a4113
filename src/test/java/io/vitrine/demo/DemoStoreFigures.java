package io.vitrine.demo;

import io.vitrine.catalog.Product;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints the demo store's figures and paints sample images: {@code java -cp ... io.vitrine.demo.DemoStoreFigures
 * [outDir]}. For the report and for eyeballing the images, not part of the test run.
 */
public final class DemoStoreFigures {

    private DemoStoreFigures() {
    }

    public static void main(String[] args) throws Exception {
        DemoSpec spec = DemoSpec.of(42, Instant.parse("2026-11-29T09:00:00Z"), "hash");
        new DemoStoreGenerator().generate(spec); // warm-up
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long process0 = os.getProcessCpuTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        DemoStore store = new DemoStoreGenerator().generate(spec);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long processMs = (os.getProcessCpuTime() - process0) / 1_000_000;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("generation %d ms wall, %d ms CPU in the generating thread, %d ms CPU in the process (GC"
                + " included), heap retained %d MB%n", ms, cpuMs, processMs, (rt.totalMemory() - rt.freeMemory()) >> 20);
        System.out.printf("categories %d, sub-categories %d, sellers %d, products %d, accounts %d, events %d, orders %d, bundles %d%n",
                store.categories().size(), store.categories().stream().mapToInt(c -> c.subCategories().size()).sum(),
                store.sellers().size(), store.products().size(), store.accounts().size(), store.events().size(),
                store.orders().size(), store.bundles().size());
        Map<InteractionType, Long> byType = new EnumMap<>(InteractionType.class);
        store.events().forEach(e -> byType.merge(e.type(), 1L, Long::sum));
        System.out.println("by type " + byType);
        long views = byType.get(InteractionType.VIEW), carts = byType.get(InteractionType.ADD_TO_CART);
        long purchases = byType.get(InteractionType.PURCHASE);
        System.out.printf("view->cart %.3f, cart->purchase %.3f, lines/order %.2f%n", (double) carts / views,
                (double) purchases / carts, (double) purchases / store.orders().size());
        Map<String, Long> sources = store.events().stream().filter(e -> e.type() == InteractionType.CLICK)
                .collect(Collectors.groupingBy(e -> e.source().orElse("-"), TreeMap::new, Collectors.counting()));
        System.out.println("click sources " + sources);
        Map<DayOfWeek, Long> wd = new EnumMap<>(DayOfWeek.class);
        store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .forEach(e -> wd.merge(e.occurredAt().atZone(ZoneOffset.UTC).getDayOfWeek(), 1L, Long::sum));
        System.out.println("views by weekday " + wd);
        Map<String, Long> months = store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .collect(Collectors.groupingBy(e -> e.occurredAt().toString().substring(0, 7), TreeMap::new, Collectors.counting()));
        System.out.println("views by month " + months);
        long[] perProduct = store.events().stream().filter(e -> e.type() == InteractionType.VIEW)
                .collect(Collectors.groupingBy(e -> e.productId().orElseThrow(), Collectors.counting()))
                .values().stream().mapToLong(Long::longValue).sorted().toArray();
        long total = Arrays.stream(perProduct).sum();
        long top = 0;
        int tenth = store.products().size() / 10;
        for (int i = 0; i < tenth && i < perProduct.length; i++) {
            top += perProduct[perProduct.length - 1 - i];
        }
        System.out.printf("top 10%% products get %.1f%% of views; products never viewed %d%n", 100.0 * top / total,
                store.products().size() - perProduct.length);
        Map<Integer, Long> stars = new TreeMap<>();
        store.events().stream().filter(e -> e.type() == InteractionType.RATING)
                .forEach(e -> stars.merge(e.rating().orElseThrow(), 1L, Long::sum));
        System.out.println("stars " + stars);
        long anon = store.events().stream().filter(Interaction::anonymous).count();
        System.out.println("anonymous events " + anon);
        System.out.println("out of stock " + store.products().stream().filter(p -> !p.inStock()).count()
                + ", low (1-5) " + store.products().stream().filter(p -> p.stock() > 0 && p.stock() <= 5).count());
        for (int i = 0; i < 6; i++) {
            Product p = store.products().get(i * 97);
            System.out.println(p.id() + " | " + p.name().en() + " | " + p.name().fr() + " | " + p.price() + " | "
                    + p.attributes() + " | stock " + p.stock() + " | " + p.ratingCount() + " ratings "
                    + p.averageRating().map(a -> String.format("%.2f", a)).orElse("-"));
            System.out.println("   " + p.description().en());
            System.out.println("   " + p.description().fr());
        }
        System.out.println("first order " + store.orders().get(0).number() + " " + store.orders().get(0).placedAt()
                + " last " + store.orders().get(store.orders().size() - 1).number());
        System.out.println("first event " + store.events().get(0).occurredAt() + " last "
                + store.events().get(store.events().size() - 1).occurredAt());
        if (args.length > 0) {
            paintSamples(store, Path.of(args[0]));
        }
    }

    private static void paintSamples(DemoStore store, Path dir) throws Exception {
        Files.createDirectories(dir);
        ProductImagePainter painter = new ProductImagePainter(store.spec().seed());
        for (Product p : store.products()) {
            painter.paint(p); // warm-up
        }
        long t0 = System.nanoTime();
        for (Product p : store.products()) {
            painter.paint(p);
        }
        System.out.printf("painting %.2f ms per image%n", (System.nanoTime() - t0) / 1e6 / store.products().size());
        ContactSheet.write(store.products(), painter, dir);
    }
}
