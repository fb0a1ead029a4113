package io.vitrine.vision.train;

import io.vitrine.catalog.LocalizedText;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.demo.ProductImagePainter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DemoVisionModelTest {

    private static Product product(String id, String subCategory) {
        return Product.builder(new ProductId(id)).seller("s").name(LocalizedText.of("n", null))
                .category("fashion", subCategory).price(Money.euros(1_000)).stock(1).build();
    }

    @Test
    void aProductGivesItsPhotoTwiceAndItsShotsByKind() {
        DemoVisionModel.Shots shots = new DemoVisionModel.Shots(3, 5, 2, 0);
        // sneakers are drawn by CatalogueShots (5 catalogue shots), mugs are not (2): (2 + 3 + 5) + (2 + 3 + 2)
        assertEquals(17, shots.total(List.of(product("a", "sneakers"), product("b", "mugs"))));
    }

    @Test
    void aLaterRoundDrawsOtherShotsOfTheSameProductAndTheSameOnesEachTime() {
        Product sneaker = product("demo-00007", "sneakers");
        ProductImagePainter painter = new ProductImagePainter(42);
        float[] first = DemoVisionModel.varied(painter, sneaker, 32, 0, 1).get(0).tensor();
        float[] secondRound = DemoVisionModel.varied(painter, sneaker, 32, 3, 1).get(0).tensor();
        assertArrayEquals(secondRound, DemoVisionModel.varied(painter, sneaker, 32, 3, 1).get(0).tensor());
        assertFalse(java.util.Arrays.equals(first, secondRound), "round 1 repeats round 0's randomised shot");
        float[] catalogue = DemoVisionModel.catalogue(sneaker, 32, 1, 0).get(0).tensor();
        assertFalse(java.util.Arrays.equals(catalogue, DemoVisionModel.catalogue(sneaker, 32, 1, 5).get(0).tensor()),
                "round 1 repeats round 0's catalogue shot");
    }

    @Test
    void noRoundReachesTheShotNumbersOfTheHeldOutProducts() {
        // 5 catalogue shots a round: rounds 0-199 use shot numbers 0-999, the held-out products' shots start at 1,000
        new DemoVisionModel.Shots(3, 5, 3, 199);
        assertThrows(IllegalArgumentException.class, () -> new DemoVisionModel.Shots(3, 5, 3, 200));
        assertThrows(IllegalArgumentException.class, () -> new DemoVisionModel.Shots(3, 5, 3, -1));
    }
}
