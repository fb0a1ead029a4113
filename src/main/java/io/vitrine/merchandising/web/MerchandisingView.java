package io.vitrine.merchandising.web;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import io.vitrine.merchandising.Merchandising;
import io.vitrine.merchandising.MerchandisingRule;
import io.vitrine.merchandising.RuleChange;
import io.vitrine.merchandising.RuleDraft;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.NotReadyException;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.platform.web.PageCaller;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The merchandising page of admins (the shop's rules, every seller's listed too) and sellers (their own): the rules in
 * force, a form for a new rule with a preview of a shelf or a query's results before and after it, deletion, and the
 * history of changes. Every check is {@link Merchandising}'s, so the page and the REST API refuse the same things.
 */
@Named("merchandising")
@ViewScoped
public class MerchandisingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "io.vitrine.merchandising.web.merchandising";

    @Inject
    Merchandising merchandising;
    @Inject
    PageCaller caller;
    @Inject
    CachedCategories categories;
    @Inject
    LanguageBean language;

    private String action = "PIN";
    private String placement = "SHELF";
    private String category;
    private String subCategory;
    private String query;
    private String product;
    private String brand;
    private String attribute;
    private String value;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private Integer newWithinDays;
    private Integer position = 1;
    private Double strength = 2.0;
    private String note;
    private transient Merchandising.Preview preview;

    public List<MerchandisingRule> getRules() {
        return merchandising.list(caller.get());
    }

    public List<RuleChange> getHistory() {
        return merchandising.history(caller.get(), 20);
    }

    public String describe(MerchandisingRule rule) {
        return Merchandising.describe(rule);
    }

    public String when(long millis) {
        return Instant.ofEpochMilli(millis).toString().replace('T', ' ').replaceAll("\\.\\d+Z$|Z$", " UTC");
    }

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public List<Category> getCategories() {
        return categories.list();
    }

    public List<String> getActions() {
        return List.of("PIN", "BOOST", "BURY", "EXCLUDE");
    }

    public List<String> getPlacements() {
        return List.of("SHELF", "QUERY", "RECOMMENDATIONS", "EVERYWHERE");
    }

    RuleDraft draft() {
        return new RuleDraft(action, placement, category, subCategory, query, product, brand, attribute, value,
                cents(minPrice), cents(maxPrice), newWithinDays, null, position, strength, note);
    }

    private static Long cents(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    public void save() {
        try {
            merchandising.create(caller.get(), draft());
            info("merchandising.saved");
            preview = null;
        } catch (InvalidInputException | AccessDeniedException | NotFoundException e) {
            error(e.getMessage());
        }
    }

    /** Shows the shelf or the query's results now and with the rule in the form (SHELF or QUERY rules only). */
    public void showPreview() {
        try {
            Placement where = switch (placement == null ? "" : placement) {
                case "SHELF" -> Placement.shelf(Optional.ofNullable(blank(category)), Optional.ofNullable(blank(subCategory)));
                case "QUERY" -> Placement.query(query);
                default -> throw new InvalidInputException(text("merchandising.preview.where"));
            };
            if (where.kind() == Placement.Kind.SHELF && where.category().isEmpty()) {
                throw new InvalidInputException(text("merchandising.preview.where"));
            }
            preview = merchandising.preview(caller.get(), where, language.getCode(), Optional.of(draft()));
        } catch (InvalidInputException | AccessDeniedException | NotFoundException | NotReadyException e) {
            preview = null;
            error(e.getMessage());
        }
    }

    public void delete(String id) {
        try {
            merchandising.delete(caller.get(), id);
            info("merchandising.deleted");
        } catch (AccessDeniedException | NotFoundException e) {
            error(e.getMessage());
        }
    }

    public List<Product> getPreviewNow() {
        return preview == null ? List.of() : preview.now();
    }

    public List<Product> getPreviewAfter() {
        return preview == null ? List.of() : preview.withDraft();
    }

    public boolean isPreviewShown() {
        return preview != null;
    }

    /** Whether a product moved or appeared in the preview's "after" list (the page marks it). */
    public boolean changed(Product p, int index) {
        List<Product> now = getPreviewNow();
        return index >= now.size() || !now.get(index).id().equals(p.id());
    }

    public String name(Product p) {
        return p.name().in(language.getCode());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    private void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    // form fields

    public String getAction() { return action; }
    public void setAction(String v) { action = v; }
    public String getPlacement() { return placement; }
    public void setPlacement(String v) { placement = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getSubCategory() { return subCategory; }
    public void setSubCategory(String v) { subCategory = v; }
    public String getQuery() { return query; }
    public void setQuery(String v) { query = v; }
    public String getProduct() { return product; }
    public void setProduct(String v) { product = v; }
    public String getBrand() { return brand; }
    public void setBrand(String v) { brand = v; }
    public String getAttribute() { return attribute; }
    public void setAttribute(String v) { attribute = v; }
    public String getValue() { return value; }
    public void setValue(String v) { value = v; }
    public BigDecimal getMinPrice() { return minPrice; }
    public void setMinPrice(BigDecimal v) { minPrice = v; }
    public BigDecimal getMaxPrice() { return maxPrice; }
    public void setMaxPrice(BigDecimal v) { maxPrice = v; }
    public Integer getNewWithinDays() { return newWithinDays; }
    public void setNewWithinDays(Integer v) { newWithinDays = v; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer v) { position = v; }
    public Double getStrength() { return strength; }
    public void setStrength(Double v) { strength = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
}
