package io.vitrine.catalog;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.WriteSteps;
import io.vitrine.platform.security.Caller;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Use cases of the catalogue: list, read, create, revise and delete products, attach images, read the category
 * tree. Ownership rules are checked here so the REST API and the seller pages share them.
 */
@ApplicationScoped
public class CatalogService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_IMAGE_SIDE = 4096;

    @Inject
    ProductRepository products;
    @Inject
    ReviewRepository reviews;
    @Inject
    CategoryRepository categories;
    @Inject
    SellerRepository sellers;
    @Inject
    ImageRepository images;
    @Inject
    ProductWrites writes;
    @Inject
    Event<ProductChanged> changes;
    @Inject
    CatalogueReadModel readModel;
    @Inject
    ProductArrangement arrangement = ProductArrangement.NONE;

    /**
     * The latest reviews of the products shown lately: a product page reads them on every view, and the database
     * would scan the reviews for each. A product's entry goes when it gets a review (on this node).
     */
    private final Cache<ProductId, List<Review>> latestReviews = Caffeine.newBuilder().maximumSize(20_000).build();
    private static final int CACHED_REVIEWS = 20;

    public Page<Product> list(@NotNull ProductQuery query) {
        return products.find(query);
    }

    /**
     * A category shelf as shoppers see it: in its default order (newest first) the merchandising rules arrange its
     * first {@value ProductQuery#MAX_PAGE_SIZE} products (pins, boosts, burials, exclusions) and the page is cut from
     * them; later pages and a shopper's own sort (price, name, rating) are as listed.
     */
    public Page<Product> shelf(@NotNull ProductQuery query) {
        Placement where = Placement.shelf(query.category(), query.subCategory());
        int end = (query.page() + 1) * query.size();
        if (query.sort() != ProductQuery.Sort.NEWEST || end > ProductQuery.MAX_PAGE_SIZE || !arrangement.appliesTo(where)) {
            return products.find(query);
        }
        Page<Product> window = products.find(new ProductQuery(query.category(), query.subCategory(), query.seller(),
                query.minPriceCents(), query.maxPriceCents(), query.sort(), 0, ProductQuery.MAX_PAGE_SIZE));
        List<Product> arranged = arrangement.arrange(where, window.items());
        int from = Math.min(query.page() * query.size(), arranged.size());
        long total = window.total() + arranged.size() - window.items().size();
        return new Page<>(arranged.subList(from, Math.min(end, arranged.size())), total, query.page(), query.size());
    }

    public Product get(@NotNull ProductId id) {
        return products.find(id).orElseThrow(() -> new NotFoundException("no product " + id));
    }

    public Optional<Product> find(ProductId id) {
        return products.find(id);
    }

    public List<Product> getAll(List<ProductId> ids) {
        return products.findAll(ids);
    }

    public List<Category> categories() {
        return categories.findAll();
    }

    public Optional<Seller> seller(String id) {
        return sellers.find(id);
    }

    public List<Seller> sellers() {
        return sellers.findAll();
    }

    public long productCount() {
        return products.count();
    }

    /**
     * Stores a generated catalogue in bulk into a shop that has none (the demo store at start-up): categories and
     * sellers first, then photos and products in the caller's batches. No per-product checks and no change events:
     * the indexes are built from the stored catalogue afterwards.
     */
    public void storeTree(List<Category> tree, List<Seller> shops) {
        tree.forEach(categories::save);
        shops.forEach(sellers::save);
    }

    public void storeImages(java.util.Collection<ProductImage> photos) {
        images.insertAll(photos);
    }

    public void storeProducts(List<Product> batch) {
        products.saveAll(batch);
    }

    /** Creates a product for {@code draft.sellerId()} after checking the caller may, and that the tree knows the category. */
    public Product create(@NotNull Caller caller, @NotNull @Valid ProductDraft draft) {
        caller.requireManage(draft.sellerId());
        requireSeller(draft.sellerId());
        requireCategory(draft.category(), draft.subCategory());
        ProductId id = draft.id().map(ProductId::new).orElseGet(CatalogService::newId);
        if (products.find(id).isPresent()) {
            throw new ConflictException("product " + id + " already exists");
        }
        Product product = draft.toProduct(id);
        products.save(product);
        changes.fire(new ProductChanged(id, ProductChanged.Change.CREATED));
        return product;
    }

    /**
     * Writes the fields the draft names onto the stored product ({@link ProductWrites#revise}): a sale or a rating
     * that lands meanwhile is kept, and the stock changes only when the draft names it (a seller's count on hand).
     */
    public Product revise(@NotNull Caller caller, @NotNull ProductId id, @NotNull @Valid ProductDraft draft) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        if (!draft.sellerId().equals(product.sellerId())) {
            throw new InvalidInputException("a product cannot move to another seller");
        }
        requireCategory(draft.category(), draft.subCategory());
        if (!writes.revise(product.revisedBy(draft.toProduct(id)))) {
            throw new NotFoundException("no product " + id);
        }
        draft.stockIfNamed().ifPresent(units -> writes.setStock(id, units));
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
        return get(id);
    }

    /**
     * Moves a product's stock by {@code delta} units (the seller page: "12 became 20" adds 8), so units sold while
     * the seller was typing stay sold; a decrease below zero is refused.
     */
    public Product adjustStock(@NotNull Caller caller, @NotNull ProductId id, int delta) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        if (!writes.adjustStock(id, delta)) {
            throw new OutOfStockException(id, get(id).stock(), -delta);
        }
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
        return get(id);
    }

    public void delete(@NotNull Caller caller, @NotNull ProductId id) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        products.delete(id);
        changes.fire(new ProductChanged(id, ProductChanged.Change.DELETED));
    }

    /**
     * A logged-in shopper's written review: stored, and its stars count in the rating summary like a plain rating,
     * unless the account rated the product already (one rating per shopper and product; the text is still kept).
     */
    public Product review(@NotNull ProductId id, @NotNull String accountId, String author, int stars, String text) {
        get(id);
        reviews.save(new Review(id, accountId, author, stars, text, java.time.Instant.now()));
        latestReviews.invalidate(id);
        try {
            return rate(id, accountId, stars);
        } catch (AlreadyRatedException counted) {
            return get(id);
        }
    }

    public List<Review> reviews(@NotNull ProductId id, int n) {
        if (n > CACHED_REVIEWS) {
            return reviews.latest(id, n);
        }
        List<Review> latest = latestReviews.get(id, p -> List.copyOf(reviews.latest(p, CACHED_REVIEWS)));
        return latest.subList(0, Math.min(n, latest.size()));
    }

    /** The catalogue's snapshot version (changes with every product write), or empty before the first load. */
    public java.util.OptionalLong catalogueVersion() {
        return readModel.snapshot().map(s -> java.util.OptionalLong.of(s.version())).orElse(java.util.OptionalLong.empty());
    }

    /** The read model's entry of a product: its version and when it last changed (HTTP validators). */
    public Optional<CatalogueSnapshot.Entry> entry(@NotNull ProductId id) {
        return readModel.snapshot().flatMap(s -> s.entry(id));
    }

    /**
     * A shopper's 1 to 5 stars, added to the product's rating summary once per shopper and product: {@code rater} is
     * the account, or an anonymous session's shopper id, so a session cannot stuff the ratings.
     */
    public Product rate(@NotNull ProductId id, @NotNull String rater, int stars) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("a rating is 1 to 5 stars");
        }
        get(id);
        if (!writes.firstRating(id, rater)) {
            throw new AlreadyRatedException(id);
        }
        writes.addRating(id, stars);
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
        return get(id);
    }

    /**
     * Takes units out of stock for an order under the hold {@code hold} (see {@link ProductWrites#take}: atomic,
     * conditional on enough units, once per hold), and tells the indexes, which drop sold-out products from
     * recommendations.
     */
    public void takeStock(@NotNull ProductId id, int quantity, @NotNull String hold, @NotNull Instant at) {
        if (!writes.take(id, quantity, hold, at)) {
            Product product = get(id);
            throw new OutOfStockException(id, product.stock(), quantity);
        }
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
    }

    /**
     * {@link #takeStock} for all of an order's lines in one write, a step of the order ({@link WriteSteps}): the
     * products that could not give their units are refused with the first of them, after the indexes heard of those
     * taken (the caller gives those back).
     */
    public void takeAllStock(@NotNull Map<ProductId, Integer> quantities, @NotNull String hold, @NotNull Instant at,
                             @NotNull WriteSteps steps) {
        Set<ProductId> taken = writes.takeAll(quantities, hold, at, steps);
        quantities.keySet().stream().filter(taken::contains)
                .forEach(id -> changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED)));
        for (Map.Entry<ProductId, Integer> line : quantities.entrySet()) {
            if (!taken.contains(line.getKey())) {
                throw new OutOfStockException(line.getKey(), get(line.getKey()).stock(), line.getValue());
            }
        }
    }

    /** {@link #settleStock} for all of an order's products in one write, a step of the order. */
    public void settleAllStock(@NotNull Collection<ProductId> ids, @NotNull String hold, @NotNull WriteSteps steps) {
        writes.settleAll(ids, hold, steps);
    }

    /** Gives back the units taken under {@code hold} (an order that could not be completed); once, however often called. */
    public void releaseStock(@NotNull ProductId id, @NotNull String hold, int quantity) {
        if (writes.release(id, hold, quantity)) {
            changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
        }
    }

    /** Gives back the units of a cancelled order's line under {@code hold}; once per hold. */
    public void giveBackStock(@NotNull ProductId id, int quantity, @NotNull String hold, @NotNull Instant at) {
        writes.giveBack(id, quantity, hold, at);
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
    }

    /** The order behind {@code hold} is settled: the hold goes, the stock stays as it is. */
    public void settleStock(@NotNull ProductId id, @NotNull String hold) {
        writes.settle(id, hold);
    }

    /** Holds older than {@code before}: orders interrupted between their steps, for the order sweep. */
    public List<ProductWrites.Hold> holdsBefore(@NotNull Instant before) {
        return writes.holdsBefore(before);
    }

    /** Stores a JPEG or PNG for the product after checking that it decodes to a sensible size. */
    public String addImage(@NotNull Caller caller, @NotNull ProductId id, @NotNull String contentType, byte @NotNull [] bytes) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        int[] size = imageSize(bytes);
        String imageId = images.save(new ProductImage(id, contentType, bytes, size[0], size[1]));
        // one $addToSet: a concurrent upload or edit is never overwritten by this product's older copy
        writes.addImage(id, imageId);
        changes.fire(new ProductChanged(id, ProductChanged.Change.IMAGE_ADDED));
        return imageId;
    }

    public Optional<ProductImage> image(String imageId) {
        return images.find(imageId);
    }

    /** Reads only the header, so a decompression bomb is refused before any pixel is allocated. */
    static int[] imageSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new InvalidInputException("the upload is not a readable JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE) {
                    throw new InvalidInputException("images must be at most " + MAX_IMAGE_SIDE + " pixels on a side, got "
                            + w + "x" + h);
                }
                return new int[]{w, h};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidInputException("the upload is not a readable JPEG or PNG image");
        }
    }

    private void requireSeller(String sellerId) {
        if (sellers.find(sellerId).isEmpty()) {
            throw new InvalidInputException("unknown seller " + sellerId);
        }
    }

    private void requireCategory(String category, String subCategory) {
        Category c = categories.find(category)
                .orElseThrow(() -> new InvalidInputException("unknown category " + category));
        if (c.subCategory(subCategory).isEmpty()) {
            throw new InvalidInputException("unknown sub-category " + subCategory + " in " + category);
        }
    }

    private static ProductId newId() {
        return new ProductId("p-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
    }
}
