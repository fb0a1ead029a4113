package io.vitrine.recommend;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReasonTest {

    final Map<String, String> names = Map.of("p1", "Red Sneaker", "sneakers", "Sneakers");

    String render(Reason r, String language) {
        return r.text(id -> Optional.ofNullable(names.get(id.value())), g -> Optional.ofNullable(names.get(g)), language);
    }

    @Test
    void namesTheProductOrTheShelfInTheShoppersLanguage() {
        assertEquals("because you viewed Red Sneaker", render(Reason.about(Reason.Kind.VIEWED, ItemId.of("p1")), "en"));
        assertEquals("parce que vous avez regardé Red Sneaker", render(Reason.about(Reason.Kind.VIEWED, ItemId.of("p1")), "fr"));
        assertEquals("popular in Sneakers", render(Reason.in(Reason.Kind.POPULAR_IN, "sneakers"), "en"));
        assertEquals("tendance dans Sneakers", render(Reason.in(Reason.Kind.TRENDING_IN, "sneakers"), "fr"));
        assertEquals("recommended for you", render(Reason.forYou(), "de"), "unsupported languages get English");
    }

    @Test
    void aNamelessCauseFallsBackToTheGeneralSentenceNeverAnId() {
        assertEquals("recommended for you", render(Reason.about(Reason.Kind.SIMILAR, ItemId.of("gone")), "en"));
        assertEquals("populaire en ce moment", render(Reason.in(Reason.Kind.POPULAR_IN, "unknown-shelf"), "fr"));
        assertEquals("trending now", render(Reason.in(Reason.Kind.TRENDING_IN, "unknown-shelf"), "en"));
        assertEquals("similar to gone", Reason.about(Reason.Kind.SIMILAR, ItemId.of("gone")).text(), "ids in the plain text for logs");
    }

    @Test
    void aReasonNeverNamesTheProductItIsShownOn() {
        Reason viewed = Reason.about(Reason.Kind.VIEWED, ItemId.of("p1"));
        assertEquals("because you viewed Red Sneaker", render(viewed.shownOn(ItemId.of("p2")), "en"));
        assertEquals("recommended for you", render(viewed.shownOn(ItemId.of("p1")), "en"));
        assertEquals("popular in Sneakers", render(Reason.in(Reason.Kind.POPULAR_IN, "sneakers").shownOn(ItemId.of("p1")), "en"),
                "a reason naming a shelf is kept");
    }
}
