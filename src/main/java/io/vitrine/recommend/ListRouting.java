package io.vitrine.recommend;

import java.util.function.Function;

/**
 * Where an experiment may take over a list before it is served: {@link RecommendationService} hands it the list as a
 * function of the model that ranks it, and the implementation (the experiment feature) picks the shopper's variant,
 * ranks with that variant's model (or interleaves two) and tags the list with its experiment and variant. Without
 * an implementation, or for a placement no running experiment covers, the live model serves as before.
 */
public interface ListRouting {

    /** The home page's "for you" shelves. */
    String HOME = "home";
    /** The product page's similar products. */
    String SIMILAR = "similar";
    /** The product page's bought-together products. */
    String BOUGHT_TOGETHER = "bought-together";
    /** The REST lists for a shopper. */
    String REST = "rest";

    /** The list {@code shopper} sees at {@code placement}; {@code list} ranks it with a given model. */
    Recommendations route(String placement, String shopper, ShopModel live, Function<ShopModel, Recommendations> list);
}
