package io.vitrine.storefront.web;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductCard;
import io.vitrine.catalog.ProductId;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.customer.Shopper;
import io.vitrine.recommend.ModelNotReadyException;
import io.vitrine.recommend.RecommendationService;
import io.vitrine.recommend.Recommendations;
import io.vitrine.vision.LookAlike;
import io.vitrine.vision.VisionService;
import io.vitrine.vision.VisionUnavailableException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product page: the product in the shopper's language, its similar (by who engages with it), visually similar
 * (by photo) and bought-together products, and the shopper's rating. Showing it records a view (and the click that led here, with its source).
 */
@Named("product")
@ViewScoped
public class ProductView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int RELATED = 6;
    static final int REVIEWS = 10;

    @Inject
    io.vitrine.platform.limits.PageLimits limits;
    @Inject
    CatalogService catalog;
    @Inject
    RecommendationService recommendations;
    @Inject
    VisionService vision;
    @Inject
    CachedCategories categories;
    @Inject
    Shopper shopper;
    @Inject
    LanguageBean language;

    private String id;
    private String src;
    private Product product;
    private List<Card> similar = List.of();
    private List<Card> boughtTogether = List.of();
    /** Click sources of the two shelves: with the experiment and variant when one served them. */
    private String similarSource = "recommendation:similar";
    private String boughtTogetherSource = "recommendation:bought-together";
    private List<Card> visuallySimilar = List.of();
    @Min(1)
    @Max(5)
    private Integer stars;
    private String reviewText;
    private List<io.vitrine.catalog.Review> reviews = List.of();
    @Inject
    io.vitrine.customer.AccountRepository accounts;
    private boolean rated;

    /** Unknown or malformed ids get the shop's "not found" page, not an error. */
    public String load() {
        Optional<Product> found = ProductId.isValid(id) ? catalog.find(new ProductId(id)) : Optional.empty();
        if (found.isEmpty()) {
            return notFound();
        }
        product = found.get();
        shopper.viewed(product.id().value(), src);
        reviews = catalog.reviews(product.id(), REVIEWS);
        try {
            Recommendations like = recommendations.similar(id, RELATED, language.getCode(), Optional.of(shopper.getId()));
            Recommendations with = recommendations.boughtTogether(id, RELATED, language.getCode(), Optional.of(shopper.getId()));
            similar = items(like);
            boughtTogether = items(with);
            similarSource = like.source("recommendation:similar");
            boughtTogetherSource = with.source("recommendation:bought-together");
        } catch (ModelNotReadyException e) {
            similar = List.of(); // the page is still useful without its recommendations
            boughtTogether = List.of();
        }
        try {
            String lang = language.getCode();
            String looksLike = language.text("product.looksLike.reason").formatted(product.name().in(lang));
            visuallySimilar = vision.looksLike(product.id(), RELATED).products().stream().map(LookAlike::product)
                    .filter(Product::inStock).map(p -> new Card(ProductCard.of(p, lang), looksLike)).toList();
        } catch (VisionUnavailableException e) {
            visuallySimilar = List.of(); // the photo model is still loading
        }
        return null;
    }

    private static String notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, "no such product");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }

    private List<Card> items(Recommendations r) {
        return Card.of(catalog, r, language.getCode());
    }

    public void rate() {
        if (stars == null || stars < 1 || stars > 5) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    language.text("product.rate.pick"), null));
            return;
        }
        boolean written = reviewText != null && !reviewText.isBlank();
        if (written && !shopper.isLoggedIn()) {
            FacesContext.getCurrentInstance().addMessage("rate:text", new FacesMessage(FacesMessage.SEVERITY_WARN,
                    language.text("product.review.login"), null));
            return;
        }
        if (written && reviewText.strip().length() > io.vitrine.catalog.Review.MAX_TEXT) {
            FacesContext.getCurrentInstance().addMessage("rate:text", new FacesMessage(FacesMessage.SEVERITY_WARN,
                    language.text("product.review.tooLong"), null));
            return;
        }
        if (!limits.allow(io.vitrine.platform.limits.Budget.RATING)) {
            return;
        }
        try {
            if (written) {
                String account = shopper.account().orElseThrow();
                String author = accounts.find(account).map(io.vitrine.customer.Account::displayName).orElse("");
                product = catalog.review(product.id(), account, author, stars, reviewText);
                reviews = catalog.reviews(product.id(), REVIEWS);
                reviewText = null;
            } else {
                product = catalog.rate(product.id(), shopper.getId(), stars);
            }
        } catch (io.vitrine.catalog.AlreadyRatedException once) {
            // one rating per shopper and product; an anonymous one is tied to the session's shopper id
            rated = true;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    language.text("product.rate.already"), null));
            return;
        }
        shopper.rated(product.id().value(), stars);
        rated = true;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                language.text("product.rate.thanks"), null));
    }

    public String getReviewText() {
        return reviewText;
    }

    public void setReviewText(String reviewText) {
        this.reviewText = reviewText;
    }

    public List<io.vitrine.catalog.Review> getReviews() {
        return reviews;
    }

    /** A review's date in the shopper's language. */
    public String reviewDate(io.vitrine.catalog.Review r) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.forLanguageTag(language.getCode())).withZone(java.time.ZoneOffset.UTC)
                .format(r.createdAt());
    }

    public String getCategoryName() {
        return categories.list().stream().filter(c -> c.id().equals(product.category())).findFirst()
                .map(c -> c.name().in(language.getCode()) + c.subCategory(product.subCategory())
                        .map(s -> " · " + s.name().in(language.getCode())).orElse(""))
                .orElse(product.category());
    }

    /** The shelf of the product's sub-category (the breadcrumb's link), below the context root. */
    public String getCategoryHref() {
        return "/catalog/browse.xhtml?category=" + URLEncoder.encode(product.category(), StandardCharsets.UTF_8)
                + "&sub=" + URLEncoder.encode(product.subCategory(), StandardCharsets.UTF_8);
    }

    /** The description in the shopper's language. */
    public String getDescription() {
        return product.description().in(language.getCode());
    }

    public Category getCategory() {
        return categories.list().stream().filter(c -> c.id().equals(product.category())).findFirst().orElse(null);
    }

    public List<Map.Entry<String, String>> getAttributes() {
        return product.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public Product getProduct() {
        return product;
    }

    /** The product's name, price, stars and main photo in the shopper's language; null before a product is loaded. */
    public ProductCard getCard() {
        return product == null ? null : ProductCard.of(product, language.getCode());
    }

    /** Every photo's path below the context root. */
    public List<String> getPhotos() {
        return product.imageIds().stream().map(io.vitrine.catalog.ProductImage::url).toList();
    }

    public List<Card> getSimilar() {
        return similar;
    }

    public List<Card> getVisuallySimilar() {
        return visuallySimilar;
    }

    public List<Card> getBoughtTogether() {
        return boughtTogether;
    }

    public String getSimilarSource() {
        return similarSource;
    }

    /** {@code &src=...} for the similar products' links. */
    public String getSimilarSourceParam() {
        return ProductCard.sourceParam(similarSource);
    }

    public String getBoughtTogetherSource() {
        return boughtTogetherSource;
    }

    /** {@code &src=...} for the bought-together products' links. */
    public String getBoughtTogetherSourceParam() {
        return ProductCard.sourceParam(boughtTogetherSource);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSrc() {
        return src;
    }

    public void setSrc(String src) {
        this.src = src;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public boolean isRated() {
        return rated;
    }
}
