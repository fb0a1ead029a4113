package io.vitrine.catalog;

import java.util.List;

/** Where written reviews are kept; {@link MongoReviewRepository} implements it with JNoSQL. */
public interface ReviewRepository {

    Review save(Review review);

    /** The newest reviews of a product, newest first. */
    List<Review> latest(ProductId product, int n);
}
