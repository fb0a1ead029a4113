package io.vitrine.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fixed vocabulary of the demo store: categories, sub-categories with their price range, seasons, colours,
 * materials and sizes, invented brand names and the words used to compose bilingual product texts. Brand and shop
 * names are invented; any resemblance to a real trademark is unintended.
 *
 * <p>The words are data, kept in {@code demo-catalogue.json} beside this class and read once: colours, named colour
 * palettes, style sets and attributes, then the categories whose sub-categories name them (a sub-category's colours
 * and attributes may also be written in place). The order of every list is part of the demo store: the generator
 * draws from them with a seeded random, so reordering changes the store a seed gives.
 */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    /** French grammatical gender and number of a noun, so adjectives and colours agree with it. */
    enum Gender {
        M, F, MP, FP;

        boolean feminine() {
            return this == F || this == FP;
        }

        boolean plural() {
            return this == MP || this == FP;
        }

        String agree(String masculine, String feminine, boolean invariable) {
            String word = feminine() ? feminine : masculine;
            if (invariable || !plural() || word.endsWith("s") || word.endsWith("x")) {
                return word;
            }
            return word + "s";
        }
    }

    /** When a sub-category sells best: summer and winter goods swing with the season, gifts peak before Christmas. */
    enum Season { ANY, SUMMER, WINTER, GIFT }

    record Colour(String key, String en, String frM, String frF, boolean invariable, int rgb) {
        String fr(Gender g) {
            return g.agree(frM, frF, invariable);
        }
    }

    /** An adjective; {@code invariable} ones ("vintage", "du quotidien") take no plural mark in French. */
    record Style(String en, String frM, String frF, boolean invariable) {
        String fr(Gender g) {
            return g.agree(frM, frF, invariable);
        }
    }

    /** A material or model line; {@code fr} already carries its preposition ("en cuir"). */
    record Material(String en, String fr) {
    }

    record Attribute(String key, List<String> values) {
    }

    record Sub(String id, String en, String fr, String nounEn, String nounFr, Gender gender, int minEur, int maxEur,
               double weight, Season season, List<String> colours, List<Material> materials, List<Style> styles,
               List<Attribute> attributes, int maxQuantity) {
    }

    record Cat(String id, String en, String fr, List<String> brands, List<String[]> features, List<Sub> subs) {
    }

    private static final JsonObject DATA = read("demo-catalogue.json");

    static final List<Colour> COLOURS = objects(DATA, "colours").map(DemoCatalogue::colourOf).toList();

    static Colour colour(String key) {
        return COLOURS.stream().filter(c -> c.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown colour " + key));
    }

    static Optional<Colour> findColour(String key) {
        return COLOURS.stream().filter(c -> c.key.equals(key)).findFirst();
    }

    static final List<Cat> CATEGORIES = objects(DATA, "categories").map(DemoCatalogue::category).toList();

    /**
     * Sub-categories bought together with another one (phone + case, sneakers + socks, ...); each product of the
     * first is paired with one product of the second.
     */
    static final List<String[]> BUNDLE_SUBS = objects(DATA, "bundles")
            .map(b -> new String[] {b.getString("with"), b.getString("add")}).toList();

    private static JsonObject read(String resource) {
        try (InputStream in = Objects.requireNonNull(DemoCatalogue.class.getResourceAsStream(resource),
                () -> resource + " is not on the class path");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cat category(JsonObject c) {
        return new Cat(c.getString("id"), c.getString("en"), c.getString("fr"), strings(c.get("brands")),
                objects(c, "features").map(f -> new String[] {f.getString("en"), f.getString("fr")}).toList(),
                objects(c, "subs").map(DemoCatalogue::sub).toList());
    }

    private static Sub sub(JsonObject s) {
        return new Sub(s.getString("id"), s.getString("en"), s.getString("fr"), s.getString("nounEn"),
                s.getString("nounFr"), Gender.valueOf(s.getString("gender")), s.getInt("minEur"), s.getInt("maxEur"),
                s.getJsonNumber("weight").doubleValue(), Season.valueOf(s.getString("season")),
                strings(named("palettes", s.get("colours"))),
                objects(s, "materials").map(m -> new Material(m.getString("en"), m.getString("fr"))).toList(),
                objects(DATA.getJsonObject("styles"), s.getString("styles")).map(DemoCatalogue::style).toList(),
                s.getJsonArray("attributes").stream().map(a -> attribute(named("attributes", a))).toList(),
                s.getInt("maxQuantity"));
    }

    private static Colour colourOf(JsonObject c) {
        return new Colour(c.getString("key"), c.getString("en"), c.getString("frM"), c.getString("frF"),
                c.getBoolean("invariable"), Integer.parseInt(c.getString("rgb").substring(1), 16));
    }

    private static Style style(JsonObject s) {
        return new Style(s.getString("en"), s.getString("frM"), s.getString("frF"), s.getBoolean("invariable"));
    }

    private static Attribute attribute(JsonValue a) {
        return new Attribute(a.asJsonObject().getString("key"), strings(a.asJsonObject().get("values")));
    }

    /** A value written in place, or (a string) the name of one in the resource's table {@code table}. */
    private static JsonValue named(String table, JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            return value;
        }
        String name = ((JsonString) value).getString();
        return Objects.requireNonNull(DATA.getJsonObject(table).get(name), () -> "no " + table + " named " + name);
    }

    private static Stream<JsonObject> objects(JsonObject o, String key) {
        return o.getJsonArray(key).getValuesAs(JsonObject.class).stream();
    }

    private static List<String> strings(JsonValue array) {
        return List.copyOf(array.asJsonArray().getValuesAs(JsonString::getString));
    }
}
