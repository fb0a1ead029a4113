package io.vitrine.search;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;

import java.time.Instant;
import java.util.List;

/** Ten hand-made products whose right answers are easy to see. */
final class Fixtures {

    private Fixtures() {
    }

    static Product product(String id, String en, String fr, String brand, String cat, String sub, long cents,
                           String colour, int day) {
        return Product.builder(new ProductId(id)).seller(id.compareTo("p05") < 0 ? "tech-shop" : "home-shop")
                .name(LocalizedText.of(en, fr)).category(cat, sub).brand(brand).attribute("colour", colour)
                .price(Money.euros(cents)).stock(5).createdAt(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * day))
                .build();
    }

    static List<Product> catalogue() {
        return List.of(
                Product.builder(new ProductId("p01")).seller("tech-shop").name(LocalizedText.same("Apple iPhone 13"))
                        .category("mobiles", "smartphones").brand("Apple").attribute("colour", "Black")
                        .attribute("storage", "128 GB").price(Money.euros(79_900)).stock(3).ratings(10, 45)
                        .createdAt(Instant.parse("2025-01-10T00:00:00Z")).build(),
                Product.builder(new ProductId("p02")).seller("tech-shop").name(LocalizedText.same("Samsung Galaxy S21"))
                        .category("mobiles", "smartphones").brand("Samsung").attribute("colour", "Blue")
                        .attribute("storage", "256 GB").price(Money.euros(69_900)).stock(0).ratings(4, 16)
                        .createdAt(Instant.parse("2025-01-05T00:00:00Z")).build(),
                product("p03", "Nike Running Sneakers", "Baskets de course Nike", "Nike", "footwear", "sneakers", 8_999, "Red", 1),
                product("p04", "Adidas Leather Trainers", "Baskets en cuir Adidas", "Adidas", "footwear", "sneakers", 7_999, "White", 2),
                product("p05", "Wool Scarf", "L'écharpe en laine", "Maison Laine", "clothing", "accessories", 2_999, "Red", 3),
                product("p06", "Cotton Shirt", "Chemise en coton", "Basic", "clothing", "shirts", 1_999, "White", 4),
                product("p07", "Cotton Skirt", "Jupe en coton", "Basic", "clothing", "skirts", 2_499, "Blue", 5),
                product("p08", "<script>alert(1)</script> Hacker Mug", "Tasse <b>pirate</b>", "Evil", "kitchen", "mugs", 999, "Black", 6),
                product("p09", "Ceramic Coffee Mug", "Tasse à café en céramique", "Printland", "kitchen", "mugs", 499, "White", 7),
                product("p10", "Bluetooth Headphones", "Casque Bluetooth", "Sony", "electronics", "audio", 14_999, "Black", 8));
    }

    /** p10 is the most popular, p01 next; the others are unknown. */
    static ProductSignals signals(Product p) {
        return switch (p.id().value()) {
            case "p10" -> new ProductSignals(500);
            case "p01" -> new ProductSignals(100);
            default -> ProductSignals.NONE;
        };
    }

    static SearchEngine engine(SearchConfig config) {
        SearchEngine engine = new SearchEngine(config);
        engine.replaceAll(catalogue(), Fixtures::signals);
        return engine;
    }
}
