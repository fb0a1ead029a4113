package io.vitrine.vision;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * Photo search as the shop serves it, from the live {@link VisualCatalogue} that {@link VisualIndexer} keeps in step
 * with the catalogue and {@link PhotoModels} (the model's lifecycle) swaps after a retraining.
 * <p>
 * Concurrency: {@link VisionModel} serialises its forward passes (DL4J's feed-forward is not thread-safe);
 * uploads are decoded at most {@link #CONCURRENT_DECODES} at a time so parallel large photos cannot exhaust the heap.
 */
@ApplicationScoped
public class VisionService {

    public static final String KIND = "vision-cnn";
    static final int CONCURRENT_DECODES = 4;

    @Inject
    io.vitrine.platform.metrics.ShopMetrics metrics = io.vitrine.platform.metrics.ShopMetrics.NONE;
    @Inject
    VisualIndexer indexer;
    @Inject
    ProductRepository products;
    @Inject
    VisionSettings settings;

    private ImageDecoder decoder;
    private final Semaphore decoding = new Semaphore(CONCURRENT_DECODES);

    public VisionService() {
    }

    /** For tests: no container. */
    VisionService(VisualIndexer indexer, ProductRepository products, VisionSettings settings) {
        this.indexer = indexer;
        this.products = products;
        this.settings = settings;
        init();
    }

    @PostConstruct
    void init() {
        decoder = settings.decoder();
    }

    public ImageDecoder.Limits uploadLimits() {
        return decoder.limits();
    }

    /** The live catalogue; {@link VisionUnavailableException} until the model is loaded and the photos indexed. */
    public VisualCatalogue live() {
        return indexer.current().orElseThrow(() -> new VisionUnavailableException(
                indexer.unavailable() != null ? indexer.unavailable() : "photo search is not ready"));
    }

    public Optional<VisualCatalogue> current() {
        return indexer.current();
    }

    /**
     * Decodes an uploaded photo (refusing anything that is not a sane JPEG, PNG or GIF with an
     * {@link ImageRejectedException}), names its three most likely sub-categories and finds the {@code n} products
     * that look most like it, only on the predicted shelf when {@code restrict}.
     */
    public PhotoSearch searchByPhoto(byte[] upload, int n, boolean restrict) {
        return searchByPhoto(upload, n, restrict, Optional.empty());
    }

    /**
     * As above; {@code subCategory}, when given, is the shelf the shopper picked and the look-alikes come from it
     * alone (400 for a sub-category the model does not know). A photo below the model's in-shop threshold is "no
     * close match": it is never restricted to a predicted shelf, and its products are only the closest the shop has.
     */
    public PhotoSearch searchByPhoto(byte[] upload, int n, boolean restrict, Optional<String> subCategory) {
        DecodedImage image = decode(upload);
        VisualCatalogue c = live();
        subCategory.filter(s -> !c.model().subCategories().contains(s)).ifPresent(s -> {
            throw new InvalidInputException("unknown sub-category '" + s + "' (photo search knows " + c.model().subCategories().size()
                    + " sub-categories)");
        });
        PhotoAnalysis analysis = c.model().analyse(image.rgb());
        Optional<String> shelf = subCategory.isPresent() ? subCategory
                : restrict && analysis.closeMatch() ? Optional.of(analysis.best().subCategory()) : Optional.empty();
        List<VisualMatch> matches = shelf.isPresent() ? c.similarProducts(analysis.embedding(), n, shelf, Set.of())
                : lookAlikes(c, analysis, n);
        metrics.photoSearch(analysis.closeMatch());
        return new PhotoSearch(c.version(), analysis.top(3), shelf, hydrate(matches), analysis.closeMatch(),
                analysis.inShopScore());
    }

    /**
     * The {@code n} products that look most like the photo, the likelier shelves first ({@link ShelfPrior}: the
     * nearest products by cosine, ranked again with the probability the photo shows their sub-category).
     */
    private List<VisualMatch> lookAlikes(VisualCatalogue c, PhotoAnalysis analysis, int n) {
        ShelfPrior prior = settings.shelfPrior();
        Map<String, Double> probabilities = new HashMap<>();
        analysis.ranked().forEach(p -> probabilities.put(p.subCategory(), p.probability()));
        return prior.rank(c.similarProducts(analysis.embedding(), prior.candidates(n), Optional.empty(), Set.of()), probabilities, n);
    }

    /** Products whose photos look like this product's first photo (404 for an unknown product; empty without a photo). */
    public LookAlikes looksLike(ProductId id, int n) {
        VisualCatalogue c = live();
        Product product = products.find(id).orElseThrow(() -> new NotFoundException("no product " + id));
        List<float[]> embeddings = c.embeddingsOf(product.id().value());
        if (embeddings.isEmpty()) {
            return new LookAlikes(c.version(), List.of());
        }
        return new LookAlikes(c.version(),
                hydrate(c.similarProducts(embeddings.get(0), n, Optional.empty(), Set.of(product.id().value()))));
    }

    private DecodedImage decode(byte[] upload) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VisionUnavailableException("interrupted while waiting to decode the photo");
        }
        try {
            return decoder.decode(upload);
        } finally {
            decoding.release();
        }
    }

    /** Matches as products, in rank order; a product deleted since it was indexed is dropped. */
    private List<LookAlike> hydrate(List<VisualMatch> matches) {
        return FoundInOrder.pair(matches, VisualMatch::productId,
                ids -> products.findAll(ids.stream().map(ProductId::new).toList()), p -> p.id().value(),
                (m, p) -> new LookAlike(p, m.score()));
    }
}
