package io.vitrine.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The recommender the shop serves: a weighted sum of several models' scores, each first divided by its largest
 * score for this shopper so that the weights compare, then the {@link BlendRules}. A shopper with no known event
 * gets the popular items of the requested category (or of the shop). Each item's reason is the reason of the
 * model that contributed most to its score.
 */
public final class BlendRecommender implements ItemScorer {

    private static final long serialVersionUID = 1L;

    /** One model of the blend and its weight. */
    public record Component(ItemScorer model, double weight) implements java.io.Serializable {

        public Component {
            Objects.requireNonNull(model, "model");
        }
    }

    private final ItemIndex items;
    private final List<Component> components;
    private final PopularityRecommender popularity;
    /** Catalogue facts by item index (null: not in the catalogue); an array, as the rules ask it for every candidate. */
    private final CatalogueEntry[] entries;
    /** The rules this blend ranks under instead of the caller's caps; null for the caller's (models saved before it). */
    private final RuleSet ruleSet;

    /**
     * @param catalogue facts for the category, sub-category and seller rules; items missing from it pass no
     *                  category rule and count as their own seller and sub-category
     */
    public BlendRecommender(List<Component> components, PopularityRecommender popularity, Map<ItemId, CatalogueEntry> catalogue) {
        this.components = List.copyOf(components);
        this.popularity = Objects.requireNonNull(popularity, "popularity");
        this.items = popularity.items();
        this.entries = new CatalogueEntry[items.size()];
        this.ruleSet = null;
        catalogue.forEach((id, entry) -> items.indexOf(id).ifPresent(i -> entries[i] = entry));
        for (Component c : this.components) {
            if (c.model().items() != items) {
                throw new IllegalArgumentException("all models of a blend must be trained on the same Interactions");
            }
        }
    }

    private BlendRecommender(BlendRecommender same, List<Component> components, RuleSet ruleSet) {
        this.components = List.copyOf(components);
        this.popularity = same.popularity;
        this.items = same.items;
        this.entries = same.entries;
        this.ruleSet = ruleSet;
    }

    /** The same models ranking under {@code rules} instead of the caller's diversity caps. */
    public BlendRecommender withRules(RuleSet rules) {
        return new BlendRecommender(this, components, Objects.requireNonNull(rules, "rules"));
    }

    /** The rule set it ranks under, when it has its own. */
    public Optional<RuleSet> ruleSet() {
        return Optional.ofNullable(ruleSet);
    }

    /** The name a blend recipe gives a component's model: ease, knn, transitions, ials or popularity. */
    public static String nameOf(ItemScorer model) {
        if (model instanceof EaseRecommender) {
            return "ease";
        } else if (model instanceof NeighbourRecommender) {
            return "knn";
        } else if (model instanceof TransitionRecommender) {
            return "transitions";
        } else if (model instanceof IalsRecommender) {
            return "ials";
        } else if (model instanceof PopularityRecommender) {
            return "popularity";
        }
        return model.getClass().getSimpleName();
    }

    /** Each component's weight by its {@link #nameOf name}, in blend order. */
    public Map<String, Double> weights() {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        components.forEach(c -> weights.put(nameOf(c.model()), c.weight()));
        return weights;
    }

    /**
     * The same trained models under other weights (a blend recipe, e.g. an experiment's variant): a component the
     * recipe names takes its weight, the others keep theirs; nothing is retrained or copied.
     *
     * @throws IllegalArgumentException when the recipe names a model this blend does not have, or a weight is
     *                                  negative or not finite, or every weight would be 0
     */
    public BlendRecommender reweighted(Map<String, Double> recipe) {
        Map<String, Double> current = weights();
        for (Map.Entry<String, Double> w : recipe.entrySet()) {
            if (!current.containsKey(w.getKey())) {
                throw new IllegalArgumentException("this blend has no '" + w.getKey() + "' model; it has " + current.keySet());
            }
            if (w.getValue() == null || !Double.isFinite(w.getValue()) || w.getValue() < 0) {
                throw new IllegalArgumentException("weight of '" + w.getKey() + "' must be a finite number >= 0");
            }
        }
        List<Component> changed = components.stream()
                .map(c -> new Component(c.model(), recipe.getOrDefault(nameOf(c.model()), c.weight()))).toList();
        if (changed.stream().allMatch(c -> c.weight() == 0)) {
            throw new IllegalArgumentException("a blend needs at least one weight above 0");
        }
        return new BlendRecommender(this, changed, ruleSet);
    }

    @Override
    public ItemIndex items() {
        return items;
    }

    @Override
    public float[] scores(UserHistory user) {
        return sum(parts(user));
    }

    @Override
    public Reason reason(UserHistory user, int item) {
        return reason(user, item, parts(user));
    }

    /** Each component's weighted, normalised scores (0 where it cannot score). */
    private float[][] parts(UserHistory user) {
        float[][] parts = new float[components.size()][];
        for (int c = 0; c < parts.length; c++) {
            float[] s = components.get(c).model().scores(user);
            float scale = scale(s);
            float w = scale == 0 ? 0 : (float) (components.get(c).weight() / scale);
            for (int i = 0; i < s.length; i++) {
                s[i] = s[i] == Float.NEGATIVE_INFINITY ? 0 : w * s[i];
            }
            parts[c] = s;
        }
        return parts;
    }

    private float[] sum(float[][] parts) {
        float[] total = new float[items.size()];
        for (float[] part : parts) {
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
        return total;
    }

    private Reason reason(UserHistory user, int item, float[][] parts) {
        int best = -1;
        for (int c = 0; c < parts.length; c++) {
            if (parts[c][item] > 0 && (best < 0 || parts[c][item] > parts[best][item])) {
                best = c;
            }
        }
        return best < 0 ? Reason.forYou() : components.get(best).model().reason(user, item);
    }

    @Override
    public List<Recommendation> recommend(UserHistory user, int n, Predicate<ItemId> filter) {
        return recommend(user, n, BlendRules.none().onlyIf(filter));
    }

    /** The blend's ranking under the shop's rules; popular-in-category for a shopper without known events. */
    public List<Recommendation> recommend(UserHistory user, int n, BlendRules asked) {
        BlendRules rules = ruleSet == null ? asked : ruleSet.apply(asked, n);
        String category = rules.category().orElse(null);
        String subCategory = rules.subCategory().orElse(null);
        IntPredicate accepted = i -> {
            CatalogueEntry e = entries[i];
            if (category != null && (e == null || !e.category().equals(category))
                    || subCategory != null && (e == null || !e.subCategory().equals(subCategory))) {
                return false;
            }
            ItemId id = items.get(i);
            return !rules.exclude().contains(id) && rules.available().test(id);
        };
        boolean known = items.sequence(user).length > 0;
        float[][] parts = known ? parts(user) : new float[0][];
        float[] scores = known ? sum(parts) : popularity.scores(user);
        Optional<String> group = rules.subCategory().or(rules::category);
        // ask for 5n candidates so the diversity caps still leave n items; when they do not (a shopper with one taste
        // fills 5n candidates with two sub-categories), go on down the whole ranking one item at a time: asking again
        // for 4 times more re-ranked and re-filtered the same items, up to the whole catalogue (a third of a 10x
        // store's request time), and ranking every item at once asked the stock of all of them
        int wanted = (int) Math.min(items.size(), 5L * n);
        int[] candidates = TopN.select(scores, wanted, accepted);
        List<Recommendation> out = diversify(scores, IntStream.of(candidates).iterator(), n, rules);
        if (out.size() < n && candidates.length == wanted && wanted < items.size()) {
            TopN.Ranking ranking = TopN.ranking(scores);
            PrimitiveIterator.OfInt all = IntStream.generate(ranking::next).takeWhile(i -> i >= 0).filter(accepted).iterator();
            out = diversify(scores, all, n, rules);
        }
        List<Recommendation> explained = new ArrayList<>(out.size());
        for (Recommendation r : out) {
            Reason reason = known ? reason(user, items.indexOf(r.item()).orElseThrow(), parts)
                    : group.map(g -> Reason.in(Reason.Kind.POPULAR_IN, g)).orElse(Reason.popular());
            explained.add(new Recommendation(r.item(), r.score(), reason));
        }
        return List.copyOf(explained);
    }

    /** The first {@code n} of {@code ranked} (accepted items, best first) that the seller and sub-category caps keep. */
    private List<Recommendation> diversify(float[] scores, PrimitiveIterator.OfInt ranked, int n, BlendRules rules) {
        Map<String, Integer> perSeller = new HashMap<>();
        Map<String, Integer> perSubCategory = new HashMap<>();
        List<Recommendation> out = new ArrayList<>();
        while (out.size() < n && ranked.hasNext()) {
            int i = ranked.nextInt();
            ItemId id = items.get(i);
            CatalogueEntry e = entries[i];
            String seller = e == null ? "item:" + id.value() : e.seller();
            String sub = e == null ? "item:" + id.value() : e.subCategory();
            if (perSeller.getOrDefault(seller, 0) >= rules.maxPerSeller()
                    || perSubCategory.getOrDefault(sub, 0) >= rules.maxPerSubCategory()) {
                continue;
            }
            perSeller.merge(seller, 1, Integer::sum);
            perSubCategory.merge(sub, 1, Integer::sum);
            out.add(new Recommendation(id, scores[i], Reason.forYou()));
        }
        return out;
    }

    private static float scale(float[] s) {
        float max = 0;
        for (float v : s) {
            if (v != Float.NEGATIVE_INFINITY && v > max) {
                max = v;
            }
        }
        return max;
    }
}
