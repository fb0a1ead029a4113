package io.vitrine.catalog.importer;

import io.vitrine.catalog.CategoryRepository;
import io.vitrine.catalog.ImageRepository;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.catalog.Seller;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.catalog.Slug;
import io.vitrine.platform.imports.ImportProgress;
import io.vitrine.platform.imports.ImportReport;
import io.vitrine.platform.imports.ImportTally;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes imported products in batches. A product's id is derived from its source reference ("fashion:1163" ->
 * "fashion-1163"), so one {@code findAll(ids)} per batch tells new products (inserted together) from known ones
 * (revised together when something changed, skipped otherwise): one write and one index refresh per batch either way.
 * Stock is inventory, not catalogue data: a re-import keeps the stock the product has now. A product of another
 * seller is never taken over.
 */
final class CatalogWriter {

    private record Pending(long line, ProductId id, Product.Builder builder, int stock, Path photo) {
    }

    private final ProductRepository products;
    private final ImageRepository images;
    private final String sellerId;
    private final ImportTally tally;
    private final Map<ProductId, Pending> batch = new LinkedHashMap<>();
    /** Line where each id was first met in this file: a repeated id is a duplicate row, not an update. */
    private final Map<ProductId, Long> seen = new HashMap<>();

    /** {@code images} may be null when the catalogue has no photo files (Flipkart). */
    CatalogWriter(ProductRepository products, ImageRepository images, String sellerId, ImportTally tally) {
        this.products = products;
        this.images = images;
        this.sellerId = sellerId;
        this.tally = tally;
    }

    /** What an importer does with one CSV row, given the import's seller, category tree, writer and tally. */
    interface Row {
        void read(long line, CSVRecord record, String sellerId, CategoryTree tree, CatalogWriter writer, ImportTally tally);
    }

    /**
     * One catalogue import: the seller made sure of, each row of {@code csv} read by {@code row}, the writer flushed.
     * {@code images} may be null (no photo files).
     */
    static ImportReport importRows(String kind, Path csv, List<String> required, Stores stores, String sellerId,
                                   String sellerName, ImportProgress progress, Row row) throws IOException {
        return importWith(kind, stores, sellerId, sellerName, progress, (seller, tree, writer, tally) ->
                CsvRows.forEach(csv, required, tally, (line, record) -> row.read(line, record, seller, tree, writer, tally)));
    }

    /** What a catalogue import reads its rows with, given the seller, the category tree, the writer and the tally. */
    interface Rows {
        void read(String sellerId, CategoryTree tree, CatalogWriter writer, ImportTally tally) throws IOException;
    }

    /** One catalogue import of any file layout: the seller made sure of, the rows read, the writer flushed. */
    static ImportReport importWith(String kind, Stores stores, String sellerId, String sellerName, ImportProgress progress,
                                   Rows rows) throws IOException {
        ImportTally tally = new ImportTally(kind, progress);
        String seller = ensureSeller(stores.sellers(), sellerId, sellerName);
        CategoryTree tree = new CategoryTree(stores.categories());
        CatalogWriter writer = new CatalogWriter(stores.products(), stores.images(), seller, tally);
        rows.read(seller, tree, writer, tally);
        writer.flush();
        stores.awaitAnnounced();
        tally.committed();
        return tally.finish();
    }

    /** The repositories a catalogue import writes to; {@code images} is null when the source has no photo files. */
    record Stores(ProductRepository products, CategoryRepository categories, SellerRepository sellers,
                  ImageRepository images) {

        /** Waits until the indexes hold every batch stored (they may follow one batch behind while the import runs). */
        void awaitAnnounced() {
            if (products instanceof AnnouncingProducts announcing) {
                announcing.awaitAnnounced();
            }
        }
    }

    /** The seller products are imported for, created with this name when it does not exist yet. */
    static String ensureSeller(SellerRepository sellers, String sellerId, String name) {
        String id = Slug.require(sellerId);
        if (sellers.find(id).isEmpty()) {
            sellers.save(new Seller(id, name, null, null, Instant.now()));
        }
        return id;
    }

    static ProductId idOf(String sourceRef) {
        return new ProductId(sourceRef.replace(':', '-'));
    }

    /** True when this id was already met earlier in the file (the row is then counted as a skipped duplicate). */
    boolean duplicate(long line, ProductId id) {
        Long first = seen.putIfAbsent(id, line);
        if (first != null) {
            tally.skipped(1);
            tally.problem(line, "duplicate of line " + first + " (" + id + "); row skipped");
            return true;
        }
        return false;
    }

    /**
     * Queues a product; {@code builder} has everything but the stock, which depends on whether it is new, and the
     * photo ({@code null} for none), which is only decoded when the product does not have it yet.
     */
    void add(long line, ProductId id, Product.Builder builder, int stockIfNew, Path photo) {
        batch.put(id, new Pending(line, id, builder, stockIfNew, photo));
        if (batch.size() >= ImportTally.BATCH_SIZE) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        Map<ProductId, Product> known = new HashMap<>();
        products.findAll(batch.keySet()).forEach(p -> known.put(p.id(), p));
        List<Product> fresh = new ArrayList<>();
        List<Product> revised = new ArrayList<>();
        for (Map.Entry<ProductId, Pending> e : batch.entrySet()) {
            Pending pending = e.getValue();
            Product existing = known.get(e.getKey());
            try {
                if (existing == null) {
                    attachPhoto(pending, null);
                    fresh.add(pending.builder().stock(pending.stock()).build());
                } else if (!existing.isOwnedBy(sellerId)) {
                    tally.reject(pending.line(), "product " + existing.id() + " belongs to seller " + existing.sellerId());
                } else {
                    attachPhoto(pending, existing);
                    Product incoming = pending.builder().stock(existing.stock()).build();
                    if (sameContent(existing, incoming)) {
                        tally.skipped(1);
                    } else {
                        revised.add(existing.revisedBy(incoming));
                    }
                }
            } catch (IllegalArgumentException | NullPointerException invalid) {
                // the entity's own rules have the last word; the row goes, the batch stays
                tally.reject(pending.line(), "invalid product: " + invalid.getMessage());
            }
        }
        if (!fresh.isEmpty()) {
            products.saveAll(fresh);
            tally.imported(fresh.size());
        }
        if (!revised.isEmpty()) {
            products.reviseAll(revised);
            tally.updated(revised.size());
        }
        batch.clear();
        tally.committed();
    }

    /**
     * Stores the photo and adds it to the product. A photo the product already has was validated when it was
     * stored: hashing the bytes is enough, which makes re-imports several times faster than decoding again.
     */
    private void attachPhoto(Pending pending, Product existing) {
        if (pending.photo() == null) {
            return;
        }
        try {
            byte[] bytes = ImageFiles.read(pending.photo());
            String id = ProductImage.sha256(bytes);
            if (existing == null || !existing.imageIds().contains(id)) {
                id = images.save(ImageFiles.validate(bytes, pending.photo().getFileName().toString(), pending.id()));
            }
            pending.builder().image(id);
        } catch (ImageFiles.InvalidImageException e) {
            tally.problem(pending.line(), e.getMessage() + "; product imported without it");
        }
    }

    private static boolean sameContent(Product a, Product b) {
        return a.name().equals(b.name()) && a.description().equals(b.description())
                && a.category().equals(b.category()) && a.subCategory().equals(b.subCategory())
                && a.brand().equals(b.brand()) && a.attributes().equals(b.attributes())
                && a.price().equals(b.price()) && a.stock() == b.stock()
                && Objects.equals(a.sourceRef(), b.sourceRef())
                && (b.imageIds().isEmpty() || a.imageIds().equals(b.imageIds()));
    }
}
