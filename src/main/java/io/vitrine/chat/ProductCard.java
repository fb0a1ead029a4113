package io.vitrine.chat;

import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductImage;
import io.vitrine.chat.answers.ReplyTexts;

import java.util.Objects;
import java.util.Optional;

/**
 * A product as a reply shows it: id, name in the reply's language, price (minor units, currency and formatted for
 * the language), stock, first photo's URL and a link. Plain text: whoever shows it escapes it.
 */
public record ProductCard(String id, String name, long priceCents, String currency, String price, int stock,
                          Optional<String> imageUrl, String link) {

    /** The storefront's product page, relative to the shop's root; clicks are attributed to the assistant. */
    public static final String LINK_PREFIX = "/catalog/product.xhtml?src=chat&id=";

    public ProductCard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(imageUrl, "imageUrl");
    }

    public static ProductCard of(Product p, ChatLanguage lang) {
        return new ProductCard(p.id().value(), p.name().in(lang.code()), p.price().cents(), p.price().currency(),
                ReplyTexts.money(p.price(), lang), p.stock(),
                p.imageIds().stream().findFirst().map(ProductImage::url), LINK_PREFIX + p.id().value());
    }
}
