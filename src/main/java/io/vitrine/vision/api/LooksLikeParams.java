package io.vitrine.vision.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Query parameters of look-alikes; constraints on bean fields (Payara's OpenAPI scanner fails on method parameters). */
public class LooksLikeParams {

    @QueryParam("n") @DefaultValue("10") @Min(1) @Max(100)
    int n;
}
