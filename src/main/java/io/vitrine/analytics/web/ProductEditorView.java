package io.vitrine.analytics.web;

import io.vitrine.platform.web.PageCaller;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Page;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductDraft;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductImage;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.SubCategory;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seller's products ({@code /seller/products.xhtml}): a lazy list, a form to create or edit one (price and stock
 * included), deletion and photo upload. Every change goes through {@link CatalogService}, which checks ownership and
 * validation and announces the change, so search and photo search follow.
 */
@Named("productEditor")
@ViewScoped
public class ProductEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;
    @Inject
    PageCaller caller;
    @Inject
    Texts texts;

    private final Products products = new Products();
    private Form form;

    /** What the form edits; attributes of an existing product are carried over untouched. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id;
        private boolean existing;
        private String nameEn;
        private String nameFr;
        private String descriptionEn;
        private String descriptionFr;
        private String category;
        private String subCategory;
        private String brand;
        private BigDecimal price;
        private int stock;
        /** The stock when the form was read: a save moves the stock by the seller's change, not to a stale figure. */
        private int stockRead;
        private String currency = "EUR";
        private Map<String, String> attributes = new LinkedHashMap<>();
        private List<String> imageIds = List.of();

        static Form of(Product p) {
            Form f = new Form();
            f.id = p.id().value();
            f.existing = true;
            f.nameEn = p.name().en();
            f.nameFr = p.name().fr();
            f.descriptionEn = p.description().en();
            f.descriptionFr = p.description().fr();
            f.category = p.category();
            f.subCategory = p.subCategory();
            f.brand = p.brand().orElse(null);
            f.price = p.price().amount();
            f.currency = p.price().currency();
            f.stock = p.stock();
            f.stockRead = p.stock();
            f.attributes = new LinkedHashMap<>(p.attributes());
            f.imageIds = p.imageIds();
            return f;
        }

        ProductDraft draft(String sellerId) {
            return new ProductDraft(existing ? id : null, sellerId, nameEn, nameFr, descriptionEn, descriptionFr, category,
                    subCategory, brand, Map.copyOf(attributes), price, currency, existing ? null : stock);
        }

        public String getId() { return id; }
        public boolean isExisting() { return existing; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getNameFr() { return nameFr; }
        public void setNameFr(String v) { nameFr = v; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String v) { descriptionEn = v; }
        public String getDescriptionFr() { return descriptionFr; }
        public void setDescriptionFr(String v) { descriptionFr = v; }
        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public String getSubCategory() { return subCategory; }
        public void setSubCategory(String v) { subCategory = v; }
        public String getBrand() { return brand; }
        public void setBrand(String v) { brand = v; }
        public BigDecimal getPrice() { return price; }
        public void setPrice(BigDecimal v) { price = v; }
        public int getStock() { return stock; }
        public void setStock(int v) { stock = v; }
        public List<String> getImageIds() { return imageIds; }
    }

    /** The seller's products, a page at a time from the catalogue query. */
    public class Products extends LazyDataModel<Product> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1, Map.of()).total();
        }

        @Override
        public List<Product> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, ProductQuery.MAX_PAGE_SIZE));
            Page<Product> page = page(first / size, size, sortBy);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(Product p) {
            return p.id().value();
        }

        @Override
        public Product getRowData(String key) {
            return catalog.find(new ProductId(key)).filter(p -> p.isOwnedBy(caller.sellerId())).orElse(null);
        }
    }

    Page<Product> page(int page, int size, Map<String, SortMeta> sortBy) {
        ProductQuery.Sort sort = ProductQuery.Sort.NEWEST;
        for (SortMeta s : sortBy.values()) {
            boolean asc = s.getOrder() == SortOrder.ASCENDING;
            sort = switch (s.getField()) {
                case "name" -> ProductQuery.Sort.NAME;
                case "price" -> asc ? ProductQuery.Sort.PRICE_ASC : ProductQuery.Sort.PRICE_DESC;
                default -> sort;
            };
        }
        ProductQuery q = new ProductQuery(Optional.empty(), Optional.empty(), Optional.of(caller.sellerId()),
                Optional.empty(), Optional.empty(), sort, page, size);
        return catalog.list(q);
    }

    public Products getProducts() {
        return products;
    }

    public Form getForm() {
        return form;
    }

    public void create() {
        form = new Form();
        List<Category> categories = catalog.categories();
        if (!categories.isEmpty()) {
            form.category = categories.get(0).id();
        }
    }

    public void edit(Product p) {
        // re-read: the row may be stale, and it must still be this seller's
        form = catalog.find(p.id()).filter(x -> x.isOwnedBy(caller.sellerId())).map(Form::of).orElse(null);
        if (form == null) {
            texts.error("analytics.product.gone");
        }
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        if (form == null) {
            return;
        }
        try {
            ProductDraft draft = form.draft(caller.sellerId());
            Product saved = form.existing ? catalog.revise(caller.get(), new ProductId(form.id), draft)
                    : catalog.create(caller.get(), draft);
            if (form.existing && form.stock != form.stockRead) {
                saved = catalog.adjustStock(caller.get(), saved.id(), form.stock - form.stockRead);
            }
            form = Form.of(saved);
            texts.info("analytics.product.saved");
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                texts.error(field(v) + ": " + v.getMessage());
            }
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException | NotFoundException
                 | io.vitrine.catalog.OutOfStockException e) {
            texts.error(e.getMessage());
        }
    }

    /** "create.arg1.price" -> the label of the price field. */
    private String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String last = path.substring(path.lastIndexOf('.') + 1);
        String key = "analytics.product.field." + last;
        String label = texts.text(key);
        return label.equals(key) ? last : label;
    }

    public void delete(Product p) {
        try {
            catalog.delete(caller.get(), p.id());
            if (form != null && p.id().value().equals(form.id)) {
                form = null;
            }
            texts.info("analytics.product.deleted");
        } catch (AccessDeniedException | NotFoundException e) {
            texts.error(e.getMessage());
        }
    }

    public void upload(FileUploadEvent event) {
        if (form == null || !form.existing) {
            texts.error("analytics.product.saveFirst");
            return;
        }
        UploadedFile file = event.getFile();
        try {
            catalog.addImage(caller.get(), new ProductId(form.id), file.getContentType(), file.getContent());
            form = catalog.find(new ProductId(form.id)).map(Form::of).orElse(form);
            texts.info("analytics.product.imageAdded");
        } catch (IllegalArgumentException | AccessDeniedException | NotFoundException e) {
            texts.error(e.getMessage());
        }
    }

    public List<Category> getCategories() {
        return catalog.categories();
    }

    public List<SubCategory> getSubCategories() {
        if (form == null || form.category == null) {
            return List.of();
        }
        return catalog.categories().stream().filter(c -> c.id().equals(form.category)).findFirst()
                .map(Category::subCategories).orElse(List.of());
    }

    public String name(Product p) {
        return texts.in(p.name());
    }

    public String price(Product p) {
        return texts.money(p.price().cents(), p.price().currency());
    }

    public String imageUrl(String imageId) {
        return ProductImage.url(imageId);
    }

    public String thumbnail(Product p) {
        return p.imageIds().isEmpty() ? "/resources/img/no-image.svg" : ProductImage.url(p.imageIds().get(0));
    }
}
