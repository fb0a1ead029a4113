package io.vitrine.experiment;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.recommend.RuleSet;
import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One arm of an experiment: a name ("A", "B"), the share of shoppers it gets (percent) and what ranks its lists:
 * the live model, a saved version of the model registry served beside it, or a blend recipe: the live model's
 * trained parts under other weights (e.g. {@code knn=1, popularity=0.5}), nothing retrained, or a rule set: the live
 * model ranking under other diversity rules (e.g. {@code seller=0.3, subcategory=1}: at most 30 % of a list from one
 * seller, no cap per sub-category).
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class Variant {

    /** What ranks a variant's lists. */
    public enum Kind { LIVE, MODEL_VERSION, BLEND, RULES }

    private static final Pattern NAME = Pattern.compile("[A-H]");
    /** The models a recipe may weigh (see {@code BlendRecommender.nameOf}). */
    public static final Set<String> BLEND_PARTS = Set.of("ease", "knn", "transitions", "ials", "popularity");

    @Column
    private String name;
    @Column
    private String kind;
    @Column
    private long modelVersion;
    @Column
    private int share;
    /** BLEND: the recipe as {@code name=weight} pairs separated by {@code ;}, in name order; else "". */
    @Column
    private String blend;
    /** RULES: the rule set as {@link RuleSet#toString()} writes it; else "". */
    @Column
    private String rules;

    protected Variant() {
    }

    /** A BLEND variant: the live model's parts weighted by {@code recipe}. */
    public static Variant blend(String name, Map<String, Double> recipe, int share) {
        if (recipe == null || recipe.isEmpty()) {
            throw new InvalidInputException("variant " + name + ": a blend recipe names at least one of " + new TreeSet<>(BLEND_PARTS));
        }
        Variant v = new Variant(name, Kind.BLEND, 0, share);
        Map<String, Double> sorted = new TreeMap<>();
        recipe.forEach((part, weight) -> {
            if (!BLEND_PARTS.contains(part)) {
                throw new InvalidInputException("variant " + name + ": '" + part + "' is not a blend part; use " + new TreeSet<>(BLEND_PARTS));
            }
            if (weight == null || !Double.isFinite(weight) || weight < 0 || weight > 100) {
                throw new InvalidInputException("variant " + name + ": weight of '" + part + "' must be a number from 0 to 100");
            }
            sorted.put(part, weight);
        });
        if (sorted.values().stream().allMatch(w -> w == 0)) {
            throw new InvalidInputException("variant " + name + ": a blend recipe needs one weight above 0");
        }
        v.blend = sorted.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
        return v;
    }

    /** A RULES variant: the live model ranking under these shares ({@code seller}, {@code subcategory}, any case). */
    public static Variant rules(String name, Map<String, Double> shares, int share) {
        Variant v = new Variant(name, Kind.RULES, 0, share);
        try {
            Map<String, Double> named = new TreeMap<>();
            shares.forEach((rule, value) -> named.put(rule.strip().toLowerCase(java.util.Locale.ROOT), value));
            v.rules = RuleSet.of(named).toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("variant " + name + ": " + e.getMessage());
        }
        return v;
    }

    /**
     * A recipe written {@code knn=1, popularity=0.5} (commas or semicolons, spaces allowed), as the admin page takes it.
     *
     * @throws InvalidInputException when a pair is not {@code name=number}
     */
    public static Map<String, Double> parseRecipe(String text) {
        Map<String, Double> recipe = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return recipe;
        }
        for (String pair : text.split("[,;]")) {
            String[] kv = pair.split("=");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new InvalidInputException("a blend recipe is written like 'knn=1, popularity=0.5'; '" + pair.strip() + "' is not");
            }
            try {
                recipe.put(kv[0].strip().toLowerCase(java.util.Locale.ROOT), Double.valueOf(kv[1].strip()));
            } catch (NumberFormatException notNumber) {
                throw new InvalidInputException("the weight in '" + pair.strip() + "' is not a number");
            }
        }
        return recipe;
    }

    public Variant(String name, Kind kind, long modelVersion, int share) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("a variant is named by one capital letter A to H");
        }
        if (kind == null) {
            throw new InvalidInputException("a variant's kind is LIVE, MODEL_VERSION, BLEND or RULES");
        }
        if (kind == Kind.MODEL_VERSION && modelVersion < 1) {
            throw new InvalidInputException("variant " + name + ": a MODEL_VERSION variant names a registry version >= 1");
        }
        if (share < 1 || share > 99) {
            throw new InvalidInputException("variant " + name + ": share must be 1 to 99 (percent)");
        }
        this.name = name;
        this.kind = kind.name();
        this.modelVersion = kind == Kind.MODEL_VERSION ? modelVersion : 0;
        this.share = share;
        this.blend = "";
        this.rules = "";
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    /** The registry version served; 0 for the live model. */
    public long modelVersion() {
        return modelVersion;
    }

    public int share() {
        return share;
    }

    /** BLEND: the recipe, part name to weight, in name order; empty for the other kinds. */
    public Map<String, Double> recipe() {
        Map<String, Double> recipe = new LinkedHashMap<>();
        if (blend != null && !blend.isEmpty()) {
            for (String pair : blend.split(";")) {
                String[] kv = pair.split("=");
                recipe.put(kv[0], Double.valueOf(kv[1]));
            }
        }
        return recipe;
    }

    /** RULES: the rule set; empty for the other kinds. */
    public Optional<RuleSet> ruleSet() {
        return rules == null || rules.isEmpty() ? Optional.empty() : Optional.of(RuleSet.of(parseRecipe(rules)));
    }

    /** What it serves, in words: "live model", "version 12", "blend knn=1.0;popularity=0.5", "rules seller=0.3;...". */
    public String describe() {
        return switch (kind()) {
            case LIVE -> "live model";
            case MODEL_VERSION -> "version " + modelVersion;
            case BLEND -> "blend " + blend;
            case RULES -> "rules " + rules;
        };
    }
}
