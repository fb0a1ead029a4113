package io.vitrine.customer.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vitrine.catalog.SellerRepository;
import io.vitrine.customer.SellerLogo;
import io.vitrine.customer.SellerProfileChanged;
import io.vitrine.customer.SellerProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Duration;

/**
 * A seller as the storefront shows it next to a product ("Sold by", its logo, its country), for
 * {@code WEB-INF/includes/sold-by.xhtml}. Product pages are hot, so each seller is read once a minute at most, and
 * again at once when its profile changes on this node.
 */
@Named("sellerBadges")
@ApplicationScoped
public class SellerBadges {

    /** What the page shows; {@code logoUrl} is empty without a logo. */
    public record Badge(String name, String country, String logoUrl) {
    }

    private static final Badge UNKNOWN = new Badge("", "", "");

    @Inject
    SellerRepository sellers;
    @Inject
    SellerProfiles profiles;

    private final Cache<String, Badge> badges = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    public Badge of(String sellerId) {
        if (sellerId == null || sellerId.isEmpty()) {
            return UNKNOWN;
        }
        return badges.get(sellerId, id -> sellers.find(id)
                .map(s -> new Badge(s.name(), s.country() == null ? "" : s.country(),
                        profiles.logo(id).map(l -> SellerLogo.url(id, l.version())).orElse("")))
                .orElse(UNKNOWN));
    }

    void changed(@Observes SellerProfileChanged change) {
        badges.invalidate(change.sellerId());
    }
}
