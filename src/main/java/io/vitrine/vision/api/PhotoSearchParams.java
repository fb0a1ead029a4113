package io.vitrine.vision.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Query parameters of photo search; constraints on bean fields (Payara's OpenAPI scanner fails on method parameters). */
public class PhotoSearchParams {

    @QueryParam("n") @DefaultValue("10") @Min(1) @Max(100)
    int n;
    /** Only products of the predicted sub-category. */
    @QueryParam("restrict") @DefaultValue("false")
    boolean restrict;
    /** A sub-category the shopper picked (one of the answer's): look-alikes only from it. */
    @QueryParam("subCategory") @jakarta.validation.constraints.Size(max = 64)
    String subCategory;
}
