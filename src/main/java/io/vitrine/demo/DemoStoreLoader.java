package io.vitrine.demo;

import io.vitrine.platform.startup.StartupStep;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductImage;
import io.vitrine.customer.AccountRepository;
import io.vitrine.events.EventRepository;
import io.vitrine.order.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Fills an empty database with the generated demo store at start-up (when {@code vitrine.demo.enabled}), so the run
 * command shows a living shop with no manual step. A marker document makes this happen once: a restart keeps the
 * data, and a generation that was interrupted half-way is wiped and redone instead of leaving a broken store.
 */
@ApplicationScoped
public class DemoStoreLoader implements StartupStep {

    private static final Logger LOG = Logger.getLogger(DemoStoreLoader.class.getName());
    private static final int BATCH = 20_000;
    private static final int PHOTO_BATCH = 500;

    @Inject
    DemoSettings settings;

    @Inject
    MongoDBTemplate template;
    @Inject
    CatalogService catalog;
    @Inject
    AccountRepository accounts;
    @Inject
    EventRepository events;
    @Inject
    OrderRepository orders;
    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    public Phase phase() {
        return Phase.DATA;
    }

    @Override
    public String name() {
        return "1-demo-store";
    }

    @Override
    public void onStartup() {
        if (!settings.enabled()) {
            return;
        }
        DemoMarker marker = template.find(DemoMarker.class, DemoMarker.ID).orElse(null);
        if (marker != null && marker.complete()) {
            LOG.info(() -> "Demo store present since " + marker.completedAt() + ": not regenerated");
            return;
        }
        if (marker == null && catalog.productCount() > 0) {
            LOG.info("The database already holds a catalogue: no demo store generated");
            return;
        }
        if (marker != null) {
            LOG.warning("A previous demo generation was interrupted: wiping its partial data and starting again");
            wipe();
        }
        load();
    }

    private void load() {
        long t0 = System.nanoTime();
        DemoMarker started = template.insert(DemoMarker.started(Instant.now()));
        passwordHash.initialize(io.vitrine.platform.security.PasswordHashes.PARAMETERS);
        // one PBKDF2 hash (600,000 iterations) for every generated account: the generator never hashes per account
        String password = settings.password().orElseGet(DemoPasswords::random);
        String hash = passwordHash.generate(password.toCharArray());
        DemoSpec spec = new DemoSpec(settings.seed(), Instant.now(), settings.products(), settings.shoppers(),
                settings.days(), hash, hash);
        DemoStore store = new DemoStoreGenerator().generate(spec);
        long generated = System.nanoTime();
        LOG.info(() -> String.format("Demo store generated in %.1f s: %d products, %d accounts, %d events, %d orders",
                (generated - t0) / 1e9, store.products().size(), store.accounts().size(), store.events().size(),
                store.orders().size()));

        catalog.storeTree(store.categories(), store.sellers());
        List<Product> withImages = paintPhotos(store.products());
        LOG.info(() -> String.format("Demo store: %d photos painted and stored in %.1f s", withImages.size(),
                (System.nanoTime() - generated) / 1e9));
        inBatches(withImages, catalog::storeProducts, "products");
        inBatches(store.accounts(), accounts::insertAll, "accounts");
        inBatches(store.orders(), orders::insertAll, "orders");
        inBatches(store.events(), events::insertAll, "events");

        DemoMarker done = started.completed(Instant.now(), store.products().size(), store.events().size(),
                store.orders().size());
        template.update(done);
        LOG.info(() -> String.format("Demo store ready in %.1f s (log in as %s, %s or %s with password from "
                        + "vitrine.demo.password)", (System.nanoTime() - t0) / 1e9, DemoStore.shopperEmail(1),
                DemoStore.sellerEmail(1), DemoStore.ADMIN_EMAIL));
        if (settings.password().isEmpty()) {
            // printed once: the store keeps only the hash, and the next start finds the demo store in place
            LOG.warning(() -> "Demo store accounts (" + DemoStore.ADMIN_EMAIL + " included) share this random password, "
                    + "shown only now: " + password + " (set vitrine.demo.password to choose one)");
        }
    }

    /**
     * Paints a photo per product and stores the photos a batch at a time: painting is pure CPU and the painter keeps
     * no state, so each batch uses every core; holding every photo until the end kept 24,000 of them (about 150 MB)
     * alive at ten times the demo store. Products sharing a photo id keep the first one painted.
     */
    private List<Product> paintPhotos(List<Product> products) {
        ProductImagePainter painter = new ProductImagePainter(settings.seed());
        java.util.Set<String> stored = new java.util.HashSet<>();
        List<Product> withImages = new ArrayList<>(products.size());
        for (int from = 0; from < products.size(); from += PHOTO_BATCH) {
            List<Product> batch = products.subList(from, Math.min(products.size(), from + PHOTO_BATCH));
            List<ProductImage> photos = batch.parallelStream().map(product -> {
                ProductImagePainter.PaintedImage photo = painter.paint(product);
                return new ProductImage(product.id(), photo.contentType(), photo.bytes(), photo.width(), photo.height());
            }).toList();
            List<ProductImage> fresh = new ArrayList<>(photos.size());
            for (int i = 0; i < photos.size(); i++) {
                if (stored.add(photos.get(i).id())) {
                    fresh.add(photos.get(i));
                }
                batch.get(i).addImage(photos.get(i).id());
                withImages.add(batch.get(i));
            }
            if (!fresh.isEmpty()) {
                catalog.storeImages(fresh);
            }
        }
        return withImages;
    }

    private static <T> void inBatches(List<T> items, Consumer<List<T>> save, String what) {
        long t0 = System.nanoTime();
        for (int from = 0; from < items.size(); from += BATCH) {
            save.accept(items.subList(from, Math.min(items.size(), from + BATCH)));
            if ((from / BATCH) % 10 == 9) {
                int done = Math.min(items.size(), from + BATCH);
                LOG.info(() -> "Demo store: " + done + " of " + items.size() + " " + what + " stored");
            }
        }
        LOG.info(() -> String.format("Demo store: %d %s stored in %.1f s", items.size(), what, (System.nanoTime() - t0) / 1e9));
    }

    private void wipe() {
        for (Class<?> type : List.of(io.vitrine.catalog.Category.class, io.vitrine.catalog.Seller.class,
                Product.class, ProductImage.class, io.vitrine.customer.Account.class,
                io.vitrine.events.Interaction.class, io.vitrine.order.Order.class)) {
            template.deleteAll(type);
        }
        template.delete(DemoMarker.class, DemoMarker.ID);
    }
}
