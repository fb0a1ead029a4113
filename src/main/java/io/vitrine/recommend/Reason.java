package io.vitrine.recommend;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why an item is recommended, as data: the kind of reason and the product or category it names. Models only know
 * ids; the service renders the sentence with the product's or category's name in the shopper's language
 * ({@link #text(Function, Function, String)}), so a model never touches the catalogue.
 */
public record Reason(Kind kind, Optional<ItemId> item, Optional<String> group) {

    /** The kinds of reason, each with its sentence in English and French ({@code %s} = the product or group name). */
    public enum Kind {
        FOR_YOU("recommended for you", "recommandé pour vous"),
        VIEWED("because you viewed %s", "parce que vous avez regardé %s"),
        SIMILAR("similar to %s", "semblable à %s"),
        SIMILAR_DESCRIPTION("similar in description to %s", "description proche de %s"),
        VIEWED_NEXT("often viewed next after %s", "souvent regardé après %s"),
        BOUGHT_WITH("frequently bought with %s", "souvent acheté avec %s"),
        POPULAR("popular right now", "populaire en ce moment"),
        POPULAR_IN("popular in %s", "populaire dans %s"),
        TRENDING("trending now", "tendance du moment"),
        TRENDING_IN("trending in %s", "tendance dans %s");

        private final String en;
        private final String fr;

        Kind(String en, String fr) {
            this.en = en;
            this.fr = fr;
        }

        String template(String language) {
            return "fr".equalsIgnoreCase(language) ? fr : en;
        }
    }

    private static final Reason FOR_YOU = new Reason(Kind.FOR_YOU, Optional.empty(), Optional.empty());
    private static final Reason POPULAR = new Reason(Kind.POPULAR, Optional.empty(), Optional.empty());
    private static final Reason TRENDING = new Reason(Kind.TRENDING, Optional.empty(), Optional.empty());

    public Reason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(group, "group");
    }

    public static Reason forYou() {
        return FOR_YOU;
    }

    public static Reason popular() {
        return POPULAR;
    }

    public static Reason trending() {
        return TRENDING;
    }

    /** A reason naming one product: {@code VIEWED}, {@code SIMILAR}, {@code VIEWED_NEXT}, {@code BOUGHT_WITH}, ... */
    public static Reason about(Kind kind, ItemId item) {
        return new Reason(kind, Optional.of(item), Optional.empty());
    }

    /** A reason naming a category or sub-category (its id): {@code POPULAR_IN} or {@code TRENDING_IN}. */
    public static Reason in(Kind kind, String group) {
        return new Reason(kind, Optional.empty(), Optional.of(group));
    }

    /**
     * This reason as shown on the card of {@code shown}: a reason that would name the very product it is shown on
     * ("because you viewed X" on X's own card) becomes the general sentence of its family instead.
     */
    public Reason shownOn(ItemId shown) {
        return item.filter(shown::equals).isPresent() ? general() : this;
    }

    private Reason general() {
        return kind == Kind.POPULAR_IN ? POPULAR : kind == Kind.TRENDING_IN ? TRENDING : FOR_YOU;
    }

    /**
     * The sentence in {@code language} ("fr" or else English) with the names given; a reason whose product or group
     * has no name falls back to the same sentence without it (never an id in front of a shopper).
     */
    public String text(Function<ItemId, Optional<String>> itemName, Function<String, Optional<String>> groupName,
                       String language) {
        boolean names = item.isPresent() || group.isPresent();
        Optional<String> name = item.isPresent() ? item.flatMap(itemName) : group.flatMap(groupName);
        if (names && name.isEmpty()) {
            return general().kind.template(language);
        }
        String template = kind.template(language);
        return name.map(template::formatted).orElse(template);
    }

    /** The English sentence with ids for names: for logs, tests and the offline benchmark. */
    public String text() {
        return text(id -> Optional.of(id.value()), Optional::of, "en");
    }

    @Override
    public String toString() {
        return text();
    }
}
