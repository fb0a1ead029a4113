package io.vitrine.demo;

import java.util.List;
import java.util.Optional;

/**
 * The fixed vocabulary of the demo store: categories, sub-categories with their price range, seasons, colours,
 * materials and sizes, invented brand names and the words used to compose bilingual product texts. Brand and shop
 * names are invented; any resemblance to a real trademark is unintended.
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

    static final List<Colour> COLOURS = List.of(
            new Colour("black", "Black", "noir", "noire", false, 0x1E1E22),
            new Colour("white", "White", "blanc", "blanche", false, 0xF4F4F0),
            new Colour("grey", "Grey", "gris", "grise", false, 0x8A8D91),
            new Colour("navy", "Navy", "bleu marine", "bleu marine", true, 0x1F2F56),
            new Colour("blue", "Blue", "bleu", "bleue", false, 0x2F6FC0),
            new Colour("sky", "Sky Blue", "bleu ciel", "bleu ciel", true, 0x8EC5EA),
            new Colour("red", "Red", "rouge", "rouge", false, 0xC8252C),
            new Colour("burgundy", "Burgundy", "bordeaux", "bordeaux", true, 0x6E1A2E),
            new Colour("pink", "Pink", "rose", "rose", false, 0xEE8FB0),
            new Colour("green", "Green", "vert", "verte", false, 0x2E8B4E),
            new Colour("olive", "Khaki", "kaki", "kaki", true, 0x737A3C),
            new Colour("mustard", "Mustard", "moutarde", "moutarde", true, 0xD9A522),
            new Colour("orange", "Orange", "orange", "orange", true, 0xEE7A22),
            new Colour("beige", "Beige", "beige", "beige", false, 0xD8C3A0),
            new Colour("brown", "Brown", "marron", "marron", true, 0x6B4226),
            new Colour("camel", "Camel", "camel", "camel", true, 0xB5834A),
            new Colour("purple", "Purple", "violet", "violette", false, 0x6A3D9A),
            new Colour("teal", "Teal", "bleu canard", "bleu canard", true, 0x1F7A80),
            new Colour("gold", "Gold", "doré", "dorée", false, 0xD4AF37),
            new Colour("silver", "Silver", "argenté", "argentée", false, 0xC0C4CA),
            new Colour("rosegold", "Rose Gold", "or rose", "or rose", true, 0xE0A995),
            new Colour("cream", "Cream", "crème", "crème", true, 0xF1E6C8));

    static Colour colour(String key) {
        return COLOURS.stream().filter(c -> c.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown colour " + key));
    }

    static Optional<Colour> findColour(String key) {
        return COLOURS.stream().filter(c -> c.key.equals(key)).findFirst();
    }

    private static final List<String> CLOTHES = List.of("black", "white", "grey", "navy", "blue", "red", "burgundy",
            "pink", "green", "olive", "mustard", "beige", "camel", "cream", "teal");
    private static final List<String> LEATHER = List.of("black", "brown", "camel", "burgundy", "beige", "navy", "red",
            "olive", "white");
    private static final List<String> METAL = List.of("gold", "silver", "rosegold");
    private static final List<String> DEVICES = List.of("black", "white", "silver", "grey", "blue", "pink", "green",
            "navy", "gold");
    private static final List<String> BRIGHT = List.of("red", "blue", "green", "orange", "pink", "purple", "teal",
            "mustard", "black", "white", "sky", "navy");
    private static final List<String> HOME = List.of("white", "cream", "beige", "grey", "mustard", "teal", "green",
            "pink", "navy", "black", "orange", "olive", "sky");
    private static final List<String> LIPS = List.of("red", "burgundy", "pink", "orange",
            "brown", "purple", "beige");

    private static List<String> sizes(String... s) {
        return List.of(s);
    }

    private static final List<String> LETTER_SIZES = sizes("XS", "S", "M", "L", "XL", "XXL");
    private static final List<String> SHOE_SIZES = sizes("36", "37", "38", "39", "40", "41", "42", "43", "44", "45");

    private static Attribute attr(String key, String... values) {
        return new Attribute(key, List.of(values));
    }

    private static Material m(String en, String fr) {
        return new Material(en, fr);
    }

    private static Style s(String en, String frM, String frF) {
        return new Style(en, frM, frF, false);
    }

    private static Style inv(String en, String fr) {
        return new Style(en, fr, fr, true);
    }

    private static final List<Style> CLOTHING_STYLES = List.of(s("Relaxed", "ample", "ample"),
            s("Slim", "ajusté", "ajustée"), s("Classic", "classique", "classique"), s("Essential", "essentiel", "essentielle"),
            inv("Vintage", "vintage"), inv("Everyday", "du quotidien"));
    private static final List<Style> SHOE_STYLES = List.of(s("Urban", "urbain", "urbaine"),
            s("Classic", "classique", "classique"), s("Lightweight", "léger", "légère"), inv("Comfort", "confort"),
            inv("Retro", "rétro"));
    private static final List<Style> ACCESSORY_STYLES = List.of(s("Classic", "classique", "classique"),
            s("Minimalist", "minimaliste", "minimaliste"), s("Elegant", "élégant", "élégante"),
            s("City", "citadin", "citadine"), s("Compact", "compact", "compacte"));
    private static final List<Style> JEWEL_STYLES = List.of(s("Delicate", "délicat", "délicate"),
            s("Elegant", "élégant", "élégante"), s("Classic", "classique", "classique"), inv("Art Deco", "Art déco"),
            s("Minimalist", "minimaliste", "minimaliste"));
    private static final List<Style> TECH_STYLES = List.of(s("Compact", "compact", "compacte"),
            inv("Wireless", "sans fil"), s("Ultra-light", "ultraléger", "ultralégère"),
            s("Essential", "essentiel", "essentielle"), inv("Premium", "premium"));
    private static final List<Style> HOME_STYLES = List.of(s("Scandinavian", "scandinave", "scandinave"),
            s("Rustic", "rustique", "rustique"), s("Modern", "moderne", "moderne"), s("Cosy", "douillet", "douillette"),
            s("Handmade", "artisanal", "artisanale"));
    private static final List<Style> BEAUTY_STYLES = List.of(inv("Velvet", "velours"),
            s("Radiant", "éclatant", "éclatante"), inv("Long-lasting", "longue tenue"),
            s("Natural", "naturel", "naturelle"), s("Intense", "intense", "intense"));
    private static final List<Style> SPORT_STYLES = List.of(inv("Pro", "pro"), inv("Training", "d'entraînement"),
            inv("Competition", "de compétition"), s("All-round", "polyvalent", "polyvalente"),
            inv("Outdoor", "outdoor"));

    private static Sub sub(String id, String en, String fr, String nounEn, String nounFr, Gender g, int min, int max,
                           double weight, Season season, List<String> colours, List<Material> materials,
                           List<Style> styles, int maxQuantity, Attribute... attributes) {
        return new Sub(id, en, fr, nounEn, nounFr, g, min, max, weight, season, colours, materials, styles,
                List.of(attributes), maxQuantity);
    }

    private static String[] f(String en, String fr) {
        return new String[] {en, fr};
    }

    private static final Attribute UNISEX = attr("gender", "women", "men", "unisex");
    private static final Attribute WOMEN = attr("gender", "women");

    static final List<Cat> CATEGORIES = List.of(
            new Cat("apparel", "Apparel", "Vêtements",
                    List.of("Velmora", "Atelier Brisemont", "Kestrel & Fils", "Lunecraft", "Ostvik", "Maison Carrow"),
                    List.of(f("Cut for an easy fit that keeps its shape wash after wash", "Une coupe confortable qui garde sa forme lavage après lavage"),
                            f("Soft, breathable fabric for all-day comfort", "Une matière douce et respirante pour un confort toute la journée"),
                            f("Made in a small European workshop with traceable fibres", "Fabriqué dans un petit atelier européen avec des fibres traçables")),
                    List.of(
                            sub("t-shirts", "T-shirts", "T-shirts", "T-shirt", "T-shirt", Gender.M, 9, 45, 1.6, Season.SUMMER, CLOTHES,
                                    List.of(m("Cotton", "en coton"), m("Organic Cotton", "en coton bio"), m("Linen", "en lin"), m("Jersey", "en jersey")),
                                    CLOTHING_STYLES, 3, UNISEX, new Attribute("size", LETTER_SIZES)),
                            sub("dresses", "Dresses", "Robes", "Dress", "Robe", Gender.F, 25, 160, 1.3, Season.SUMMER, CLOTHES,
                                    List.of(m("Cotton", "en coton"), m("Satin", "en satin"), m("Linen", "en lin"), m("Viscose", "en viscose")),
                                    CLOTHING_STYLES, 1, WOMEN, new Attribute("size", LETTER_SIZES)),
                            sub("jeans", "Jeans", "Jeans", "Jeans", "Jean", Gender.M, 29, 130, 1.3, Season.ANY,
                                    List.of("blue", "navy", "black", "grey", "sky", "white"),
                                    List.of(m("Denim", "en denim"), m("Stretch Denim", "en denim stretch"), m("Organic Denim", "en denim bio")),
                                    CLOTHING_STYLES, 1, UNISEX, attr("size", "W26", "W28", "W30", "W32", "W34", "W36", "W38")),
                            sub("jackets", "Jackets & coats", "Vestes & manteaux", "Jacket", "Veste", Gender.F, 45, 320, 1.1, Season.WINTER, CLOTHES,
                                    List.of(m("Wool", "en laine"), m("Canvas", "en toile"), m("Down", "en duvet"), m("Corduroy", "en velours côtelé")),
                                    CLOTHING_STYLES, 1, UNISEX, new Attribute("size", LETTER_SIZES)),
                            sub("sweaters", "Sweaters", "Pulls", "Sweater", "Pull", Gender.M, 25, 140, 1.0, Season.WINTER, CLOTHES,
                                    List.of(m("Merino", "en mérinos"), m("Cashmere", "en cachemire"), m("Cotton Knit", "en maille de coton"), m("Wool", "en laine")),
                                    CLOTHING_STYLES, 1, UNISEX, new Attribute("size", LETTER_SIZES)),
                            sub("skirts", "Skirts", "Jupes", "Skirt", "Jupe", Gender.F, 19, 90, 0.7, Season.SUMMER, CLOTHES,
                                    List.of(m("Cotton", "en coton"), m("Pleated", "plissée"), m("Denim", "en denim"), m("Linen", "en lin")),
                                    CLOTHING_STYLES, 1, WOMEN, new Attribute("size", LETTER_SIZES)),
                            sub("shorts", "Shorts", "Shorts", "Shorts", "Short", Gender.M, 15, 60, 0.7, Season.SUMMER, CLOTHES,
                                    List.of(m("Cotton", "en coton"), m("Linen", "en lin"), m("Chino", "chino"), m("Denim", "en denim")),
                                    CLOTHING_STYLES, 2, UNISEX, new Attribute("size", LETTER_SIZES)))),
            new Cat("footwear", "Footwear", "Chaussures",
                    List.of("Stridewell", "Corvane", "Talonne", "Runnavik", "Sabotier Rémy", "Gravelight"),
                    List.of(f("A cushioned insole that keeps you comfortable from morning to night", "Une semelle amortie pour rester à l'aise du matin au soir"),
                            f("A grippy, hard-wearing outsole", "Une semelle extérieure adhérente et résistante"),
                            f("Stitched and finished by hand", "Cousu et fini à la main")),
                    List.of(
                            sub("sneakers", "Sneakers", "Baskets", "Sneakers", "Baskets", Gender.FP, 39, 180, 1.6, Season.ANY,
                                    List.of("white", "black", "grey", "navy", "red", "green", "beige", "sky", "pink"),
                                    List.of(m("Leather", "en cuir"), m("Canvas", "en toile"), m("Knit", "en maille"), m("Suede", "en daim")),
                                    SHOE_STYLES, 1, UNISEX, new Attribute("size", SHOE_SIZES)),
                            sub("boots", "Boots", "Bottes & bottines", "Boots", "Bottines", Gender.FP, 59, 260, 1.0, Season.WINTER, LEATHER,
                                    List.of(m("Leather", "en cuir"), m("Suede", "en daim"), m("Waxed Leather", "en cuir ciré")),
                                    SHOE_STYLES, 1, UNISEX, new Attribute("size", SHOE_SIZES)),
                            sub("sandals", "Sandals", "Sandales", "Sandals", "Sandales", Gender.FP, 19, 110, 0.8, Season.SUMMER, LEATHER,
                                    List.of(m("Leather", "en cuir"), m("Cork", "en liège"), m("Raffia", "en raphia")),
                                    SHOE_STYLES, 1, UNISEX, new Attribute("size", SHOE_SIZES)),
                            sub("heels", "Heels", "Escarpins", "Pumps", "Escarpins", Gender.MP, 39, 220, 0.7, Season.GIFT,
                                    List.of("black", "red", "beige", "burgundy", "navy", "pink", "gold", "silver"),
                                    List.of(m("Patent Leather", "en cuir verni"), m("Suede", "en daim"), m("Satin", "en satin")),
                                    SHOE_STYLES, 1, WOMEN, attr("size", "35", "36", "37", "38", "39", "40", "41")),
                            sub("socks", "Socks", "Chaussettes", "Socks", "Chaussettes", Gender.FP, 4, 19, 0.8, Season.WINTER, BRIGHT,
                                    List.of(m("Cotton", "en coton"), m("Merino", "en mérinos"), m("Bamboo", "en bambou")),
                                    SHOE_STYLES, 5, UNISEX, attr("size", "35-38", "39-42", "43-46")))),
            new Cat("bags-accessories", "Bags & accessories", "Sacs & accessoires",
                    List.of("Fernhold", "Sacolin", "Maroquine", "Tessaro", "Quillbury", "Arlen & Vey"),
                    List.of(f("Full-grain finish that ages beautifully", "Une finition pleine fleur qui se patine joliment"),
                            f("Thoughtful pockets keep the essentials at hand", "Des poches bien pensées pour garder l'essentiel à portée de main"),
                            f("Backed by a two-year warranty", "Garanti deux ans")),
                    List.of(
                            sub("handbags", "Handbags", "Sacs à main", "Handbag", "Sac à main", Gender.M, 29, 450, 1.2, Season.GIFT, LEATHER,
                                    List.of(m("Leather", "en cuir"), m("Suede", "en daim"), m("Vegan Leather", "en cuir végan"), m("Canvas", "en toile")),
                                    ACCESSORY_STYLES, 1, WOMEN),
                            sub("backpacks", "Backpacks", "Sacs à dos", "Backpack", "Sac à dos", Gender.M, 25, 160, 1.0, Season.ANY, BRIGHT,
                                    List.of(m("Recycled Nylon", "en nylon recyclé"), m("Canvas", "en toile"), m("Leather", "en cuir")),
                                    ACCESSORY_STYLES, 1, UNISEX, attr("capacity", "15 L", "20 L", "25 L", "30 L")),
                            sub("wallets", "Wallets", "Portefeuilles", "Wallet", "Portefeuille", Gender.M, 15, 120, 0.7, Season.GIFT, LEATHER,
                                    List.of(m("Leather", "en cuir"), m("Vegan Leather", "en cuir végan"), m("Saffiano", "en saffiano")),
                                    ACCESSORY_STYLES, 1, UNISEX),
                            sub("belts", "Belts", "Ceintures", "Belt", "Ceinture", Gender.F, 12, 90, 0.6, Season.ANY, LEATHER,
                                    List.of(m("Leather", "en cuir"), m("Braided Leather", "en cuir tressé"), m("Canvas", "en toile")),
                                    ACCESSORY_STYLES, 1, UNISEX, attr("size", "85", "90", "95", "100", "105", "110")),
                            sub("sunglasses", "Sunglasses", "Lunettes de soleil", "Sunglasses", "Lunettes de soleil", Gender.FP, 15, 210, 0.9, Season.SUMMER,
                                    List.of("black", "brown", "gold", "silver", "navy", "red", "white"),
                                    List.of(m("Acetate", "en acétate"), m("Metal", "en métal"), m("Recycled Plastic", "en plastique recyclé")),
                                    ACCESSORY_STYLES, 1, UNISEX, attr("lens", "polarised", "gradient", "mirror")),
                            sub("caps", "Caps & hats", "Casquettes & chapeaux", "Cap", "Casquette", Gender.F, 9, 45, 0.6, Season.SUMMER, BRIGHT,
                                    List.of(m("Cotton", "en coton"), m("Wool", "en laine"), m("Corduroy", "en velours côtelé")),
                                    ACCESSORY_STYLES, 2, UNISEX))),
            new Cat("watches-jewellery", "Watches & jewellery", "Montres & bijoux",
                    List.of("Horlovia", "Minuit Quartz", "Aurelin", "Tempova", "Solbrook", "Orfèvre Lison"),
                    List.of(f("Delivered in a gift box, ready to offer", "Livré dans un écrin, prêt à offrir"),
                            f("Hypoallergenic and nickel-free", "Hypoallergénique et sans nickel"),
                            f("Designed in Paris and finished by hand", "Dessiné à Paris et fini à la main")),
                    List.of(
                            sub("watches", "Watches", "Montres", "Watch", "Montre", Gender.F, 39, 890, 1.3, Season.GIFT,
                                    List.of("black", "brown", "silver", "gold", "navy", "rosegold", "green"),
                                    List.of(m("Steel", "en acier"), m("Titanium", "en titane"), m("Leather Strap", "à bracelet cuir")),
                                    JEWEL_STYLES, 1, UNISEX, attr("movement", "quartz", "automatic", "solar")),
                            sub("rings", "Rings", "Bagues", "Ring", "Bague", Gender.F, 19, 690, 0.8, Season.GIFT, METAL,
                                    List.of(m("Sterling Silver", "en argent"), m("Gold-plated", "en plaqué or"), m("18k Gold", "en or 18 carats")),
                                    JEWEL_STYLES, 1, WOMEN, attr("size", "48", "50", "52", "54", "56", "58", "60")),
                            sub("necklaces", "Necklaces", "Colliers", "Necklace", "Collier", Gender.M, 15, 520, 0.8, Season.GIFT, METAL,
                                    List.of(m("Sterling Silver", "en argent"), m("Gold-plated", "en plaqué or"), m("Pearl", "de perles")),
                                    JEWEL_STYLES, 1, WOMEN),
                            sub("earrings", "Earrings", "Boucles d'oreilles", "Earrings", "Boucles d'oreilles", Gender.FP, 12, 380, 0.7, Season.GIFT, METAL,
                                    List.of(m("Sterling Silver", "en argent"), m("Gold-plated", "en plaqué or"), m("Pearl", "de perles")),
                                    JEWEL_STYLES, 1, WOMEN),
                            sub("bracelets", "Bracelets", "Bracelets", "Bracelet", "Bracelet", Gender.M, 12, 420, 0.7, Season.GIFT,
                                    List.of("gold", "silver", "rosegold", "black", "brown"),
                                    List.of(m("Beaded", "en perles"), m("Sterling Silver", "en argent"), m("Leather", "en cuir")),
                                    JEWEL_STYLES, 2, UNISEX))),
            new Cat("phones-electronics", "Phones & electronics", "Téléphones & électronique",
                    List.of("Voltaro", "Pixelune", "Quantiq", "Sonvale", "Ardenix", "Kirrin Tech"),
                    List.of(f("Two-year warranty and free software updates", "Garantie deux ans et mises à jour logicielles gratuites"),
                            f("Fast USB-C charging", "Recharge rapide en USB-C"),
                            f("Made with 40% recycled aluminium and plastics", "Fabriqué avec 40 % d'aluminium et de plastiques recyclés")),
                    List.of(
                            sub("smartphones", "Smartphones", "Smartphones", "Smartphone", "Smartphone", Gender.M, 129, 1290, 1.4, Season.GIFT, DEVICES,
                                    List.of(m("5G", "5G"), m("Pro", "Pro"), m("Lite", "Lite"), m("Max", "Max")),
                                    TECH_STYLES, 1, attr("storage", "64 GB", "128 GB", "256 GB", "512 GB")),
                            sub("phone-cases", "Phone cases", "Coques de téléphone", "Phone Case", "Coque de téléphone", Gender.F, 7, 49, 1.0, Season.ANY, BRIGHT,
                                    List.of(m("Silicone", "en silicone"), m("Leather", "en cuir"), m("Recycled Plastic", "en plastique recyclé")),
                                    TECH_STYLES, 2),
                            sub("laptops", "Laptops", "Ordinateurs portables", "Laptop", "Ordinateur portable", Gender.M, 349, 2290, 0.9, Season.GIFT,
                                    List.of("silver", "grey", "black", "blue", "gold"),
                                    List.of(m("Air", "Air"), m("Pro", "Pro"), m("Studio", "Studio"), m("Go", "Go")),
                                    TECH_STYLES, 1, attr("screen", "13.3 in", "14 in", "15.6 in", "16 in"), attr("memory", "8 GB", "16 GB", "32 GB")),
                            sub("headphones", "Headphones", "Casques audio", "Headphones", "Casque audio", Gender.M, 19, 399, 1.1, Season.GIFT, DEVICES,
                                    List.of(m("Noise-cancelling", "à réduction de bruit"), m("Studio", "Studio"), m("Bluetooth", "Bluetooth")),
                                    TECH_STYLES, 1),
                            sub("cameras", "Cameras", "Appareils photo", "Camera", "Appareil photo", Gender.M, 149, 1890, 0.6, Season.GIFT,
                                    List.of("black", "silver", "grey", "brown"),
                                    List.of(m("Mirrorless", "hybride"), m("Compact", "Compact"), m("Instant", "instantané")),
                                    TECH_STYLES, 1, attr("resolution", "20 MP", "24 MP", "33 MP", "45 MP")),
                            sub("speakers", "Speakers", "Enceintes", "Speaker", "Enceinte", Gender.F, 25, 490, 0.8, Season.GIFT, DEVICES,
                                    List.of(m("Bluetooth", "Bluetooth"), m("Wi-Fi", "Wi-Fi"), m("Waterproof", "étanche")),
                                    TECH_STYLES, 2))),
            new Cat("home", "Home", "Maison",
                    List.of("Hearthwood", "Poterie Anselme", "Nookly", "Calmaris", "Lumière Basse", "Maisonette Ollie"),
                    List.of(f("Designed to last and easy to care for", "Conçu pour durer et facile à entretenir"),
                            f("Made in small batches by independent makers", "Fabriqué en petites séries par des artisans indépendants"),
                            f("Brings warmth to any room", "Apporte de la chaleur à toutes les pièces")),
                    List.of(
                            sub("lamps", "Lamps", "Lampes", "Lamp", "Lampe", Gender.F, 19, 260, 0.8, Season.WINTER, HOME,
                                    List.of(m("Ceramic", "en céramique"), m("Linen Shade", "à abat-jour en lin"), m("Brass", "en laiton")),
                                    HOME_STYLES, 2, attr("bulb", "E14", "E27", "LED")),
                            sub("mugs", "Mugs & cups", "Mugs & tasses", "Mug", "Mug", Gender.M, 5, 29, 1.0, Season.GIFT, HOME,
                                    List.of(m("Stoneware", "en grès"), m("Porcelain", "en porcelaine"), m("Enamel", "émaillé")),
                                    HOME_STYLES, 6, attr("capacity", "250 ml", "350 ml", "450 ml")),
                            sub("cushions", "Cushions", "Coussins", "Cushion", "Coussin", Gender.M, 9, 59, 0.8, Season.ANY, HOME,
                                    List.of(m("Linen", "en lin"), m("Velvet", "en velours"), m("Cotton", "en coton")),
                                    HOME_STYLES, 4, attr("size", "40 x 40 cm", "45 x 45 cm", "50 x 50 cm")),
                            sub("vases", "Vases", "Vases", "Vase", "Vase", Gender.M, 12, 140, 0.6, Season.ANY, HOME,
                                    List.of(m("Ceramic", "en céramique"), m("Glass", "en verre"), m("Stoneware", "en grès")),
                                    HOME_STYLES, 2),
                            sub("candles", "Candles", "Bougies", "Candle", "Bougie", Gender.F, 6, 49, 0.8, Season.GIFT, HOME,
                                    List.of(m("Soy Wax", "en cire de soja"), m("Beeswax", "en cire d'abeille"), m("Scented", "parfumée")),
                                    HOME_STYLES, 4, attr("scent", "vanilla", "fig", "cedar", "lavender", "unscented")),
                            sub("chairs", "Chairs", "Chaises", "Chair", "Chaise", Gender.F, 49, 420, 0.5, Season.ANY, HOME,
                                    List.of(m("Oak", "en chêne"), m("Beech", "en hêtre"), m("Metal", "en métal")),
                                    HOME_STYLES, 4))),
            new Cat("beauty", "Beauty", "Beauté",
                    List.of("Rosaline Paris", "Éclat Vert", "Sérène", "Velouté", "Amberly", "Maison Iris"),
                    List.of(f("Dermatologically tested and cruelty-free", "Testé sous contrôle dermatologique, non testé sur les animaux"),
                            f("Formulated in France with 90% ingredients of natural origin", "Formulé en France avec 90 % d'ingrédients d'origine naturelle"),
                            f("In a refillable, recyclable pack", "Dans un flacon rechargeable et recyclable")),
                    List.of(
                            sub("lipsticks", "Lipsticks", "Rouges à lèvres", "Lipstick", "Rouge à lèvres", Gender.M, 6, 42, 1.0, Season.GIFT, LIPS,
                                    List.of(m("Matte", "mat"), m("Satin", "satiné"), m("Gloss", "brillant")),
                                    BEAUTY_STYLES, 3),
                            sub("perfumes", "Perfumes", "Parfums", "Eau de Parfum", "Eau de parfum", Gender.F, 19, 160, 1.0, Season.GIFT,
                                    List.of("pink", "gold", "sky", "purple", "cream", "green", "orange", "white"),
                                    List.of(m("Floral", "florale"), m("Woody", "boisée"), m("Citrus", "hespéridée")),
                                    BEAUTY_STYLES, 2, attr("volume", "30 ml", "50 ml", "100 ml")),
                            sub("nail-polish", "Nail polish", "Vernis à ongles", "Nail Polish", "Vernis à ongles", Gender.M, 4, 24, 0.6, Season.SUMMER, BRIGHT,
                                    List.of(m("Gel-effect", "effet gel"), m("Quick-dry", "séchage rapide"), m("Glitter", "pailleté")),
                                    BEAUTY_STYLES, 4),
                            sub("face-creams", "Face creams", "Crèmes visage", "Face Cream", "Crème visage", Gender.F, 9, 95, 0.9, Season.WINTER,
                                    List.of("white", "cream", "pink", "sky", "green", "gold"),
                                    List.of(m("Hydrating", "hydratante"), m("Night", "de nuit"), m("Anti-ageing", "anti-âge")),
                                    BEAUTY_STYLES, 2, attr("volume", "30 ml", "50 ml")))),
            new Cat("sports", "Sports", "Sport",
                    List.of("Strivo", "Kinetra", "Altiplano Sport", "Pacefield", "Ironfern", "Volé"),
                    List.of(f("Tested by club coaches", "Testé par des entraîneurs de club"),
                            f("Built to take a beating, season after season", "Conçu pour durer saison après saison"),
                            f("Light and easy to carry", "Léger et facile à transporter")),
                    List.of(
                            sub("footballs", "Footballs", "Ballons de football", "Football", "Ballon de football", Gender.M, 9, 59, 0.7, Season.SUMMER, BRIGHT,
                                    List.of(m("Match", "de match"), m("Training", "d'entraînement"), m("Futsal", "de futsal")),
                                    SPORT_STYLES, 2, attr("size", "3", "4", "5")),
                            sub("tennis-rackets", "Tennis rackets", "Raquettes de tennis", "Tennis Racket", "Raquette de tennis", Gender.F, 25, 250, 0.5, Season.SUMMER, BRIGHT,
                                    List.of(m("Graphite", "en graphite"), m("Carbon", "en carbone"), m("Aluminium", "en aluminium")),
                                    SPORT_STYLES, 1, attr("weight", "270 g", "285 g", "300 g")),
                            sub("yoga-mats", "Yoga mats", "Tapis de yoga", "Yoga Mat", "Tapis de yoga", Gender.M, 15, 89, 0.8, Season.ANY, BRIGHT,
                                    List.of(m("Natural Rubber", "en caoutchouc naturel"), m("Cork", "en liège"), m("TPE", "en TPE")),
                                    SPORT_STYLES, 1, attr("thickness", "4 mm", "6 mm", "8 mm")),
                            sub("dumbbells", "Dumbbells", "Haltères", "Dumbbell", "Haltère", Gender.M, 12, 150, 0.6, Season.WINTER,
                                    List.of("black", "grey", "red", "blue", "green", "pink"),
                                    List.of(m("Cast Iron", "en fonte"), m("Neoprene", "en néoprène"), m("Hex Rubber", "hexagonal en caoutchouc")),
                                    SPORT_STYLES, 2, attr("weight", "2 kg", "5 kg", "8 kg", "10 kg", "12 kg")),
                            sub("bicycles", "Bicycles", "Vélos", "Bicycle", "Vélo", Gender.M, 249, 2490, 0.5, Season.SUMMER, BRIGHT,
                                    List.of(m("City", "de ville"), m("Gravel", "gravel"), m("Electric", "électrique")),
                                    SPORT_STYLES, 1, attr("frame", "S", "M", "L")),
                            sub("water-bottles", "Water bottles", "Gourdes", "Water Bottle", "Gourde", Gender.F, 7, 39, 0.8, Season.SUMMER, BRIGHT,
                                    List.of(m("Stainless Steel", "en inox"), m("Tritan", "en tritan"), m("Insulated", "isotherme")),
                                    SPORT_STYLES, 3, attr("capacity", "500 ml", "750 ml", "1 L")))));

    /**
     * Sub-categories bought together with another one (phone + case, sneakers + socks, ...); each product of the
     * first is paired with one product of the second.
     */
    static final List<String[]> BUNDLE_SUBS = List.of(
            new String[] {"smartphones", "phone-cases"}, new String[] {"sneakers", "socks"},
            new String[] {"boots", "socks"}, new String[] {"laptops", "backpacks"},
            new String[] {"dresses", "heels"}, new String[] {"jeans", "belts"},
            new String[] {"yoga-mats", "water-bottles"}, new String[] {"tennis-rackets", "water-bottles"},
            new String[] {"perfumes", "candles"}, new String[] {"mugs", "candles"});
}
