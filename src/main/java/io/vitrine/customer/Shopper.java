package io.vitrine.customer;

import io.vitrine.events.EventService;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Who is shopping in this session, as the recommenders know them: the account once logged in, else
 * {@code anon:<random>} (not the servlet session id, which changes at log-in). Every page records what the
 * shopper does through here, so the next page's recommendations follow; the products seen lately are kept for
 * the home page. It sits in the feature's root, not in {@code web}, because the pages of several features use it
 * (cart, search, storefront); pages ask their own bean, e.g. {@code #{cartView.loggedIn}}.
 */
@SessionScoped
public class Shopper implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Shopper.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * What a click's source may say: "recommendation:similar", "search", "home:trending"..., optionally followed by the
     * experiment and variant that served the list ("recommendation:similar:exp-3:B").
     */
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9-]{1,30}(:[a-z0-9-]{1,30})?(:exp-[0-9]{1,9}:[A-Z])?");
    static final int RECENT = 12;

    @Inject
    EventService events;

    private final String anonymousId = Interaction.ANONYMOUS_PREFIX + "web-" + HexFormat.of().formatHex(randomBytes());
    private String account;
    private final Deque<String> recentlyViewed = new ArrayDeque<>();
    /** Plain unit tests have no JSF request to read the log-in from. */
    boolean followRequestLogin = true;

    /** The account id once logged in, else this session's anonymous id. */
    public String getId() {
        syncWithLogin();
        return account != null ? account : anonymousId;
    }

    public boolean isLoggedIn() {
        syncWithLogin();
        return account != null;
    }

    public Optional<String> account() {
        syncWithLogin();
        return Optional.ofNullable(account);
    }

    /** The product pages seen in this session, the latest first. */
    public synchronized List<String> recentlyViewed() {
        return List.copyOf(recentlyViewed);
    }

    /**
     * A product page was shown: a VIEW, preceded by a CLICK carrying where the link was ({@code source}) when it
     * came from a list the shop made, so recommendation clicks can be attributed.
     */
    public void viewed(String productId, String source) {
        synchronized (this) {
            recentlyViewed.remove(productId);
            recentlyViewed.addFirst(productId);
            while (recentlyViewed.size() > RECENT) {
                recentlyViewed.removeLast();
            }
        }
        Instant now = Instant.now();
        Optional<String> from = cleanSource(source);
        if (from.isPresent()) {
            record(Interaction.of(InteractionType.CLICK, getId(), productId, now).withSource(from.get()),
                    Interaction.of(InteractionType.VIEW, getId(), productId, now).withSource(from.get()));
        } else {
            record(Interaction.of(InteractionType.VIEW, getId(), productId, now));
        }
    }

    public void addedToCart(String productId, int quantity, String source) {
        Interaction e = Interaction.of(InteractionType.ADD_TO_CART, getId(), productId, Instant.now()).withQuantity(quantity);
        record(cleanSource(source).map(e::withSource).orElse(e));
    }

    public void rated(String productId, int stars) {
        record(Interaction.rating(getId(), productId, stars, Instant.now()));
    }

    /** Called by the log-in page once Jakarta Security accepted the credentials: the anonymous trail becomes the account's. */
    public void loggedIn(String accountId) {
        if (accountId.equals(account)) {
            return;
        }
        account = accountId;
        try {
            int merged = events.mergeAnonymous(anonymousId, accountId);
            LOG.fine(() -> merged + " anonymous events merged into " + accountId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "anonymous history not merged into " + accountId, e);
        }
    }

    static Optional<String> cleanSource(String source) {
        return source != null && SOURCE.matcher(source).matches() ? Optional.of(source) : Optional.empty();
    }

    /** Off the page's request (stored in the background); a lost analytics event must never break the shopper's page. */
    private void record(Interaction... batch) {
        try {
            events.recordLater(List.of(batch));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "shopper event not recorded", e);
        }
    }

    /** The session may have been authenticated without our log-in page (container form log-in): follow it. */
    private void syncWithLogin() {
        if (!followRequestLogin) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Principal principal = faces == null ? null : faces.getExternalContext().getUserPrincipal();
        if (principal != null && !principal.getName().equals(account)) {
            loggedIn(principal.getName());
        } else if (principal == null && faces != null && account != null) {
            account = null; // logged out in another way than our log-out link
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return b;
    }
}
