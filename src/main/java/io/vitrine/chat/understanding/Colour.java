package io.vitrine.chat.understanding;

import io.vitrine.chat.ChatLanguage;

import java.util.List;

/**
 * Colours a shopper names, with their English and French forms (accent-folded, every gender and number).
 * Left out on purpose: French "or" (gold; also the conjunction), "argent" (silver; also money) and "cream"
 * (also the cosmetic).
 */
public enum Colour {
    RED("red", "rouge", "rouges"),
    BLUE("blue", "bleu", "bleue", "bleus", "bleues"),
    NAVY("navy", "navy blue", "bleu marine", "marine"),
    GREEN("green", "vert", "verte", "verts", "vertes"),
    BLACK("black", "noir", "noire", "noirs", "noires"),
    WHITE("white", "blanc", "blanche", "blancs", "blanches"),
    GREY("grey", "gray", "gris", "grise", "grises"),
    YELLOW("yellow", "jaune", "jaunes"),
    ORANGE("orange", "oranges"),
    PINK("pink", "rose", "roses"),
    PURPLE("purple", "violet", "violette", "violets", "violettes", "mauve", "mauves"),
    BROWN("brown", "marron", "brun", "brune", "bruns", "brunes", "camel"),
    BEIGE("beige", "beiges", "ecru"),
    BURGUNDY("burgundy", "bordeaux"),
    GOLD("gold", "golden", "dore", "doree", "dores", "dorees"),
    SILVER("silver", "argente", "argentee", "argentes", "argentees"),
    KHAKI("khaki", "kaki"),
    TURQUOISE("turquoise", "turquoises");

    private final List<String> names;

    Colour(String... names) {
        this.names = List.of(names);
    }

    /** Folded forms, English first; some have two words ("bleu marine"). */
    public List<String> names() {
        return names;
    }

    /** The colour's name in a reply: "blue" / "bleu". */
    public String in(ChatLanguage lang) {
        return names.get(lang == ChatLanguage.FR && names.size() > 1 ? 1 : 0);
    }
}
