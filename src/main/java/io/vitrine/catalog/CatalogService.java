package io.vitrine.catalog;

import io.vitrine.platform.ConflictException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

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
    Event<ProductChanged> changes;

    public Page<Product> list(@NotNull ProductQuery query) {
        return products.find(query);
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

    public Product revise(@NotNull Caller caller, @NotNull ProductId id, @NotNull @Valid ProductDraft draft) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        if (!draft.sellerId().equals(product.sellerId())) {
            throw new InvalidInputException("a product cannot move to another seller");
        }
        requireCategory(draft.category(), draft.subCategory());
        product.revise(draft.toProduct(id));
        products.save(product);
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
        return product;
    }

    public void delete(@NotNull Caller caller, @NotNull ProductId id) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        products.delete(id);
        changes.fire(new ProductChanged(id, ProductChanged.Change.DELETED));
    }

    /** A logged-in shopper's written review: stored, and its stars count in the rating summary like a plain rating. */
    public Product review(@NotNull ProductId id, @NotNull String accountId, String author, int stars, String text) {
        get(id);
        reviews.save(new Review(id, accountId, author, stars, text, java.time.Instant.now()));
        return rate(id, stars);
    }

    public java.util.List<Review> reviews(@NotNull ProductId id, int n) {
        return reviews.latest(id, n);
    }

    /** A shopper's 1 to 5 stars, added to the product's rating summary. */
    public Product rate(@NotNull ProductId id, int stars) {
        if (stars < 1 || stars > 5) {
            throw new InvalidInputException("a rating is 1 to 5 stars");
        }
        get(id);
        products.addRating(id, stars);
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
        return get(id);
    }

    /**
     * Takes units out of stock for an order, atomically (see {@link ProductRepository#takeStock}), and tells the
     * indexes, which drop sold-out products from recommendations.
     */
    public void takeStock(@NotNull ProductId id, int quantity) {
        if (!products.takeStock(id, quantity)) {
            Product product = get(id);
            throw new OutOfStockException(id, product.stock(), quantity);
        }
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
    }

    /** Gives back units an order took but could not keep. */
    public void returnStock(@NotNull ProductId id, int quantity) {
        products.returnStock(id, quantity);
        changes.fire(new ProductChanged(id, ProductChanged.Change.UPDATED));
    }

    /** Stores a JPEG or PNG for the product after checking that it decodes to a sensible size. */
    public String addImage(@NotNull Caller caller, @NotNull ProductId id, @NotNull String contentType, byte @NotNull [] bytes) {
        Product product = get(id);
        caller.requireManage(product.sellerId());
        int[] size = imageSize(bytes);
        String imageId = images.save(new ProductImage(id, contentType, bytes, size[0], size[1]));
        product.addImage(imageId);
        products.save(product);
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
