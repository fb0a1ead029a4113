package io.vitrine.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What a seller submits to create or revise a product; its constraints are the catalogue's contract, checked by
 * Bean Validation on {@link CatalogService} for the REST API and the seller pages alike. A revision changes only
 * what a seller edits: {@code stock} null leaves the stored stock as it is.
 */
public record ProductDraft(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "letters, digits, '-' and '_' only, at most 64") String idOrNull,
        @NotBlank @Size(max = 64) String sellerId,
        @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 200) String nameFr,
        @Size(max = 5000) String descriptionEn,
        @Size(max = 5000) String descriptionFr,
        @NotBlank @Size(max = 64) String category,
        @NotBlank @Size(max = 64) String subCategory,
        @Size(max = 100) String brand,
        @Size(max = 30) Map<@NotBlank @Size(max = 40) String, @NotNull @Size(max = 200) String> attributes,
        @NotNull @DecimalMin("0.00") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal price,
        @Pattern(regexp = "[A-Z]{3}", message = "an ISO 4217 code such as EUR") String currency,
        @Min(0) @Max(1_000_000) Integer stock) {

    /** The units on hand when the draft names them; an edit without them leaves the stored stock alone. */
    public Optional<Integer> stockIfNamed() {
        return Optional.ofNullable(stock);
    }

    public Optional<String> id() {
        return Optional.ofNullable(idOrNull).filter(s -> !s.isBlank());
    }

    Product toProduct(ProductId id) {
        return Product.builder(id)
                .seller(sellerId)
                .name(LocalizedText.of(nameEn, nameFr))
                .description(descriptionEn == null && descriptionFr == null ? null
                        : LocalizedText.of(descriptionEn, descriptionFr))
                .category(category, subCategory)
                .brand(brand)
                .attributes(attributes == null ? Map.of() : attributes)
                .price(Money.of(price, currency == null ? "EUR" : currency))
                .stock(stock == null ? 0 : stock)
                .build();
    }
}
