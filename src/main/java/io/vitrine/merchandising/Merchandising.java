package io.vitrine.merchandising;

import io.vitrine.catalog.CachedCategories;
import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Category;
import io.vitrine.catalog.Placement;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductArrangement;
import io.vitrine.catalog.ProductId;
import io.vitrine.catalog.ProductQuery;
import io.vitrine.catalog.ProductRepository;
import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.security.Caller;
import io.vitrine.platform.security.Scope;
import io.vitrine.platform.startup.StartupStep;
import io.vitrine.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The merchandising rules' use cases: list, create, change and delete rules (admins for the shop, sellers for their
 * own products), their history, and the arrangement every list-making feature asks for. The rules in force are one
 * immutable {@link RuleBook}, read at start-up and swapped whole after each change is on disk.
 */
@ApplicationScoped
public class Merchandising implements ProductArrangement, StartupStep {

    private static final Logger LOG = Logger.getLogger(Merchandising.class.getName());
    static final int MAX_RULES_PER_OWNER = 500;
    static final int MAX_TEXT = 200;
    static final int MAX_POSITION = 100;
    static final double MAX_STRENGTH = 10;
    static final int PREVIEW = 24;

    @Inject
    MerchandisingRuleRepository rules;
    @Inject
    RuleChangeRepository changes;
    @Inject
    ProductRepository products;
    @Inject
    CachedCategories categories;
    @Inject
    CatalogService catalog;
    @Inject
    SearchService search;
    Clock clock = Clock.systemUTC();

    private final AtomicReference<RuleBook> book = new AtomicReference<>(RuleBook.empty());

    @Override
    public Phase phase() {
        return Phase.DATA;
    }

    @Override
    public String name() {
        return "merchandising-rules";
    }

    @Override
    public void onStartup() {
        reload();
        LOG.info(() -> "Merchandising rules in force: " + book.get().rules().size());
    }

    private synchronized void reload() {
        book.set(new RuleBook(rules.findAll()));
    }

    // ---- what lists ask

    @Override
    public boolean appliesTo(Placement where) {
        return book.get().appliesTo(where);
    }

    @Override
    public List<Product> arrange(Placement where, List<Product> ranked) {
        return book.get().arrange(where, ranked, products::find, clock.instant());
    }

    @Override
    public Predicate<Product> excluded(Placement where) {
        return book.get().excluded(where, clock.instant());
    }

    /**
     * The first {@value #PREVIEW} products of a shelf or of a query's results as ranked, as the rules in force
     * arrange them, and as they would with {@code draft} added (nothing is saved).
     */
    public Preview preview(Caller who, Placement where, String language, Optional<RuleDraft> draft) {
        String owner = ownerOf(who);
        List<Product> ranked = switch (where.kind()) {
            case SHELF -> catalog.list(new ProductQuery(where.category(), where.subCategory(), Optional.empty(),
                    Optional.empty(), Optional.empty(), ProductQuery.Sort.NEWEST, 0, PREVIEW)).items();
            case QUERY -> products.findAll(search.ranked(where.query(), language, PREVIEW));
            case RECOMMENDATIONS -> throw new InvalidInputException("previews show a category shelf or a query's results");
        };
        RuleBook now = book.get();
        Instant at = clock.instant();
        RuleBook with = draft.map(d -> {
            List<MerchandisingRule> all = new ArrayList<>(now.rules());
            all.add(checked("preview", owner, d, who.name()));
            return new RuleBook(all);
        }).orElse(now);
        return new Preview(ranked, now.arrange(where, ranked, products::find, at), with.arrange(where, ranked, products::find, at));
    }

    /** A list as ranked, as the rules in force arrange it, and as they would with the draft rule. */
    public record Preview(List<Product> ranked, List<Product> now, List<Product> withDraft) {
    }

    // ---- rules

    /** An admin's view: every rule; a seller's: its own. Newest first. */
    public List<MerchandisingRule> list(Caller who) {
        String owner = ownerOf(who);
        return book.get().rules().stream().filter(r -> who.isAdmin() || r.owner().equals(owner)).toList();
    }

    public MerchandisingRule get(Caller who, String id) {
        return list(who).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("no merchandising rule " + id));
    }

    public synchronized MerchandisingRule create(Caller who, RuleDraft draft) {
        String owner = ownerOf(who);
        if (book.get().rules().stream().filter(r -> r.owner().equals(owner)).count() >= MAX_RULES_PER_OWNER) {
            throw new InvalidInputException("at most " + MAX_RULES_PER_OWNER + " rules; delete some first");
        }
        MerchandisingRule rule = checked(UUID.randomUUID().toString(), owner, draft, who.name());
        rules.save(rule);
        record(rule, "CREATED", who);
        reload();
        return rule;
    }

    public synchronized MerchandisingRule update(Caller who, String id, RuleDraft draft) {
        MerchandisingRule old = get(who, id);
        MerchandisingRule rule = checked(id, old.owner(), draft, who.name());
        rules.save(rule);
        record(rule, "UPDATED", who);
        reload();
        return rule;
    }

    public synchronized void delete(Caller who, String id) {
        MerchandisingRule old = get(who, id);
        rules.delete(id);
        record(old, "DELETED", who);
        reload();
    }

    /** The latest changes an admin (all) or a seller (its own) may read, newest first. */
    public List<RuleChange> history(Caller who, int limit) {
        String owner = ownerOf(who);
        return changes.latest(who.isAdmin() ? Optional.empty() : Optional.of(owner), Math.max(1, Math.min(limit, 500)));
    }

    private void record(MerchandisingRule rule, String change, Caller who) {
        changes.add(new RuleChange(UUID.randomUUID().toString(), rule.id(), rule.owner(), change, who.name(),
                clock.millis(), describe(rule)));
    }

    /** The shop's rules for an admin (owner ""), a seller's own for a seller or a seller-bound key. */
    static String ownerOf(Caller who) {
        who.requireAuthenticated();
        if (who.isAdmin()) {
            return "";
        }
        if (who.has(Scope.CATALOG_WRITE) && who.sellerId().isPresent()) {
            return who.sellerId().get();
        }
        throw AccessDeniedException.forbidden("merchandising rules are for admins and sellers");
    }

    /** Checks a draft and makes it a rule; every refusal says which field and why (400). */
    MerchandisingRule checked(String id, String owner, RuleDraft d, String by) {
        MerchandisingRule.Action action = parse(MerchandisingRule.Action.class, d.action(), "action");
        MerchandisingRule.Where where = parse(MerchandisingRule.Where.class, d.placement(), "placement");
        String category = text(d.category(), "category");
        String sub = text(d.subCategory(), "subCategory");
        String query = text(d.query(), "query");
        if (where == MerchandisingRule.Where.SHELF) {
            Category c = categories.list().stream().filter(x -> x.id().equals(category)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("category: no category '" + category + "'"));
            if (!sub.isEmpty() && c.subCategory(sub).isEmpty()) {
                throw new InvalidInputException("subCategory: '" + sub + "' is not a sub-category of " + category);
            }
        } else if (!category.isEmpty() || !sub.isEmpty()) {
            throw new InvalidInputException("category: only a SHELF rule names a category");
        }
        if (where == MerchandisingRule.Where.QUERY ? Placement.normalise(query).isEmpty() : !query.isEmpty()) {
            throw new InvalidInputException("query: a QUERY rule needs its query, and only a QUERY rule has one");
        }
        String product = text(d.product(), "product");
        if (!product.isEmpty()) {
            if (!ProductId.isValid(product)) {
                throw new InvalidInputException("product: not a product id");
            }
            Product p = products.find(new ProductId(product))
                    .orElseThrow(() -> new InvalidInputException("product: no product " + product));
            if (!owner.isEmpty() && !owner.equals(p.sellerId())) {
                throw AccessDeniedException.forbidden("you may only place your own products");
            }
        }
        long min = price(d.minPriceCents(), "minPriceCents");
        long max = price(d.maxPriceCents(), "maxPriceCents");
        if (min >= 0 && max >= 0 && min > max) {
            throw new InvalidInputException("minPriceCents: above maxPriceCents");
        }
        int days = d.newWithinDays() == null ? 0 : d.newWithinDays();
        if (days < 0 || days > 3650) {
            throw new InvalidInputException("newWithinDays: 0 to 3650");
        }
        String brand = text(d.brand(), "brand");
        String attribute = text(d.attribute(), "attribute");
        String value = text(d.value(), "value");
        if (attribute.isEmpty() != value.isEmpty()) {
            throw new InvalidInputException("attribute: an attribute and its value go together");
        }
        String seller = text(d.seller(), "seller");
        boolean matchesSome = !product.isEmpty() || !brand.isEmpty() || !attribute.isEmpty() || min >= 0 || max >= 0
                || days > 0 || !seller.isEmpty();
        if (!matchesSome) {
            throw new InvalidInputException("a rule names which products it is about: a product, brand, attribute, "
                    + "price band, new arrivals or seller");
        }
        int position = 0;
        double strength = 1;
        switch (action) {
            case PIN -> {
                if (product.isEmpty() || !(where == MerchandisingRule.Where.SHELF || where == MerchandisingRule.Where.QUERY)) {
                    throw new InvalidInputException("a PIN places one product on a SHELF or in a QUERY's results");
                }
                position = d.position() == null ? 0 : d.position();
                if (position < 1 || position > MAX_POSITION) {
                    throw new InvalidInputException("position: 1 to " + MAX_POSITION);
                }
            }
            case BOOST, BURY -> {
                strength = d.strength() == null ? 2 : d.strength();
                if (!(strength > 1 && strength <= MAX_STRENGTH)) {
                    throw new InvalidInputException("strength: above 1 and at most " + (int) MAX_STRENGTH);
                }
            }
            case EXCLUDE -> {
            }
        }
        return new MerchandisingRule(id, owner, action.name(), where.name(), category, sub, query, product, brand,
                attribute, value, min, max, days, seller, position, strength, text(d.note(), "note"), by, clock.millis());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + ": one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String text(String value, String field) {
        String s = value == null ? "" : value.strip();
        if (s.length() > MAX_TEXT) {
            throw new InvalidInputException(field + ": at most " + MAX_TEXT + " characters");
        }
        return s;
    }

    private static long price(Long cents, String field) {
        if (cents == null) {
            return MerchandisingRule.NO_PRICE;
        }
        if (cents < 0) {
            throw new InvalidInputException(field + ": 0 or more");
        }
        return cents;
    }

    /** "PIN product p-1 at 1 on shelf shoes/sneakers", for the history and the pages. */
    public static String describe(MerchandisingRule r) {
        StringBuilder s = new StringBuilder(r.action());
        List<String> match = new ArrayList<>();
        if (!r.product().isEmpty()) {
            match.add("product " + r.product());
        }
        if (!r.brand().isEmpty()) {
            match.add("brand " + r.brand());
        }
        if (!r.attribute().isEmpty()) {
            match.add(r.attribute() + " " + r.value());
        }
        if (r.minPriceCents() >= 0 || r.maxPriceCents() >= 0) {
            match.add("price " + (r.minPriceCents() >= 0 ? r.minPriceCents() : 0) + "-"
                    + (r.maxPriceCents() >= 0 ? String.valueOf(r.maxPriceCents()) : "") + " cents");
        }
        if (r.newWithinDays() > 0) {
            match.add("new within " + r.newWithinDays() + " days");
        }
        if (!r.seller().isEmpty()) {
            match.add("seller " + r.seller());
        }
        s.append(' ').append(String.join(", ", match));
        switch (r.actionKind()) {
            case PIN -> s.append(" at ").append(r.position());
            case BOOST, BURY -> s.append(" x").append(r.strength());
            default -> {
            }
        }
        s.append(switch (r.where()) {
            case SHELF -> " on shelf " + r.category() + (r.subCategory().isEmpty() ? "" : "/" + r.subCategory());
            case QUERY -> " in results of '" + r.query() + "'";
            case RECOMMENDATIONS -> " in recommendations";
            case EVERYWHERE -> " everywhere";
        });
        return s.toString();
    }
}
