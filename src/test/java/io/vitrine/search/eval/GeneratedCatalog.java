package io.vitrine.search.eval;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.search.ProductSignals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic catalogue for latency: {@code n} products with names and descriptions drawn (skewed, like real
 * vocabularies) from 30,000 pseudo-words, 3,000 brands, 20 categories x 10 sub-categories, real nouns and
 * colours. Deterministic for a given seed.
 */
final class GeneratedCatalog {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ten", "vo", "sul", "bri", "ne", "to", "par", "ex",
            "fi", "gor", "ha", "jen", "kru", "lan", "mar", "nor", "pi", "qua", "ros", "sta", "tri", "ul", "ver", "wen",
            "zo", "che", "dal", "el"};
    private static final String[] NOUNS = {"shirt", "shoes", "sneakers", "watch", "mug", "towel", "bedsheet", "curtain",
            "lamp", "bottle", "backpack", "jacket", "dress", "jeans", "headphones", "keyboard", "mouse", "laptop", "phone",
            "charger", "cushion", "blanket", "sofa", "chair", "table", "bowl", "pan", "knife", "perfume", "cream",
            "shampoo", "soap", "toy", "puzzle", "book", "pen", "wallet", "belt", "scarf", "cap"};
    private static final String[] COLOURS = {"Black", "White", "Red", "Blue", "Green", "Yellow", "Pink", "Grey", "Brown",
            "Purple", "Orange", "Navy"};
    private static final String[] CATEGORIES = {"Footwear", "Clothing", "Watches", "Kitchen", "Home Decor", "Beauty",
            "Computers", "Mobiles", "Toys", "Sports", "Books", "Baby Care", "Jewellery", "Bags", "Furniture", "Garden",
            "Automotive", "Pet Supplies", "Health", "Music"};

    private GeneratedCatalog() {
    }

    static List<Product> generate(int n, long seed) {
        Random rnd = new Random(seed);
        String[] vocabulary = words(rnd, 30_000);
        String[] brands = words(rnd, 3_000);
        List<Product> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = rnd.nextInt(CATEGORIES.length);
            int s = rnd.nextInt(10);
            String brand = capitalise(brands[skewed(rnd, brands.length)]);
            String noun = NOUNS[(c * 2 + s + rnd.nextInt(4)) % NOUNS.length];
            String colour = COLOURS[rnd.nextInt(COLOURS.length)];
            StringBuilder name = new StringBuilder(brand);
            for (int w = 1 + rnd.nextInt(3); w > 0; w--) {
                name.append(' ').append(capitalise(vocabulary[skewed(rnd, vocabulary.length)]));
            }
            name.append(' ').append(colour).append(' ').append(capitalise(noun));
            if (rnd.nextInt(3) == 0) {
                name.append(' ').append(100 + rnd.nextInt(900));
            }
            StringBuilder desc = new StringBuilder(name).append('.');
            for (int w = 15 + rnd.nextInt(25); w > 0; w--) {
                desc.append(' ').append(vocabulary[skewed(rnd, vocabulary.length)]);
            }
            int ratings = rnd.nextInt(4) == 0 ? 0 : 1 + rnd.nextInt(200);
            out.add(Product.builder(new ProductId("g" + i))
                    .seller("seller-" + rnd.nextInt(50))
                    .name(LocalizedText.same(name.toString()))
                    .description(LocalizedText.same(desc.toString()))
                    .category("cat-" + c, "sub-" + c + "-" + s)
                    .brand(brand)
                    .attribute("colour", colour)
                    .attribute("material", vocabulary[rnd.nextInt(40)])
                    .price(Money.euros(100 + rnd.nextInt(100_000)))
                    .stock(rnd.nextInt(50))
                    .ratings(ratings, ratings == 0 ? 0 : ratings + rnd.nextInt(4 * ratings + 1))
                    .createdAt(Instant.ofEpochSecond(1_600_000_000L + rnd.nextInt(100_000_000)))
                    .build());
        }
        return out;
    }

    static ProductSignals signals(Product p) {
        return new ProductSignals(Math.abs(p.id().hashCode() % 1000));
    }

    static String categoryLabel(String id) {
        return CATEGORIES[Integer.parseInt(id.substring(4))];
    }

    private static int skewed(Random rnd, int n) {
        return (int) (n * Math.pow(rnd.nextDouble(), 2.5));
    }

    private static String[] words(Random rnd, int n) {
        Set<String> set = new LinkedHashSet<>();
        while (set.size() < n) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + rnd.nextInt(3); k > 0; k--) {
                w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            }
            set.add(w.toString());
        }
        return set.toArray(String[]::new);
    }

    private static String capitalise(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
