package io.vitrine.catalog.importer;

import io.vitrine.catalog.LocalizedText;

import java.util.Locale;
import java.util.Map;

/**
 * French names for the category labels the public catalogues use most; any other label is kept as is in both
 * languages (a shop owner can rename it later) rather than machine-translated badly.
 */
final class CategoryLabels {

    private static final Map<String, String> FRENCH = Map.ofEntries(
            // fashion-products master and sub-categories
            Map.entry("apparel", "Vêtements"), Map.entry("accessories", "Accessoires"),
            Map.entry("footwear", "Chaussures"), Map.entry("personal care", "Soins personnels"),
            Map.entry("free items", "Articles offerts"), Map.entry("sporting goods", "Articles de sport"),
            Map.entry("home", "Maison"), Map.entry("topwear", "Hauts"), Map.entry("bottomwear", "Bas"),
            Map.entry("shoes", "Chaussures"), Map.entry("bags", "Sacs"), Map.entry("watches", "Montres"),
            Map.entry("eyewear", "Lunettes"), Map.entry("innerwear", "Sous-vêtements"),
            Map.entry("flip flops", "Tongs"), Map.entry("wallets", "Portefeuilles"), Map.entry("sandal", "Sandales"),
            Map.entry("belts", "Ceintures"), Map.entry("socks", "Chaussettes"), Map.entry("headwear", "Couvre-chefs"),
            Map.entry("ties", "Cravates"), Map.entry("fragrance", "Parfums"), Map.entry("mufflers", "Cache-nez"),
            Map.entry("dress", "Robes"), Map.entry("scarves", "Foulards"), Map.entry("cufflinks", "Boutons de manchette"),
            Map.entry("loungewear and nightwear", "Vêtements de nuit et d'intérieur"),
            Map.entry("shoe accessories", "Accessoires pour chaussures"), Map.entry("gloves", "Gants"),
            Map.entry("umbrellas", "Parapluies"), Map.entry("stoles", "Étoles"), Map.entry("jewellery", "Bijoux"),
            Map.entry("free gifts", "Cadeaux offerts"), Map.entry("sports equipment", "Équipement de sport"),
            Map.entry("apparel set", "Ensembles"),
            // Flipkart top levels and frequent second levels
            Map.entry("home furnishing", "Linge de maison"), Map.entry("baby care", "Puériculture"),
            Map.entry("home decor & festive needs", "Décoration et fêtes"),
            Map.entry("kitchen & dining", "Cuisine et arts de la table"),
            Map.entry("beauty and personal care", "Beauté et soins"), Map.entry("computers", "Informatique"),
            Map.entry("clothing", "Vêtements"), Map.entry("mobiles & accessories", "Téléphones et accessoires"),
            Map.entry("wrist watches", "Montres-bracelets"), Map.entry("laptop accessories", "Accessoires d'ordinateur portable"),
            Map.entry("infant wear", "Vêtements bébé"), Map.entry("coffee mugs", "Mugs"),
            Map.entry("showpieces", "Objets décoratifs"), Map.entry("bed linen", "Linge de lit"),
            Map.entry("fragrances", "Parfums"), Map.entry("network components", "Réseau"),
            Map.entry("cookware", "Batterie de cuisine"), Map.entry("bath linen", "Linge de bain"),
            Map.entry("makeup", "Maquillage"), Map.entry("hair care", "Soins des cheveux"),
            Map.entry("kitchen tools", "Ustensiles de cuisine"), Map.entry("lighting", "Éclairage"));

    private CategoryLabels() {
    }

    static LocalizedText of(String label) {
        String en = label.strip();
        return LocalizedText.of(en, FRENCH.getOrDefault(en.toLowerCase(Locale.ROOT), en));
    }
}
