package io.vitrine.analytics.api;

import io.vitrine.analytics.AnalyticsService;
import io.vitrine.analytics.Dashboard;
import io.vitrine.analytics.ProductRow;
import io.vitrine.analytics.Reports;
import io.vitrine.catalog.Page;
import io.vitrine.platform.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/v1/analytics}: a seller's figures for a period against the previous one, the charts' data and the
 * product analysis. Sellers (logged in, or a partner key bound to them) read their own seller only; the admin key
 * reads any seller ({@code seller=}) or the whole shop (no {@code seller}).
 */
@Path("v1/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "analytics")
@APIResponse(responseCode = "400", description = "bad period")
@APIResponse(responseCode = "401", description = "no X-API-Key and nobody logged in")
@APIResponse(responseCode = "403", description = "another seller's figures")
public class AnalyticsResource {

    @Inject
    AnalyticsService analytics;
    @Inject
    CurrentCaller caller;

    /** Paging, sort and filters of the product analysis. */
    public static class RowParams {
        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page;
        @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Reports.RowQuery.MAX_SIZE) int size;
        @QueryParam("sort") @DefaultValue("-revenue")
        @Pattern(regexp = "-?(name|views|conversion|revenue|units|rating|stock|price|price-vs-median)",
                message = "must be name, views, conversion, revenue, units, rating, stock, price or price-vs-median, "
                        + "with '-' for descending")
        String sort;
        @QueryParam("q") @Pattern(regexp = ".{0,100}", message = "at most 100 characters") String q;
        @QueryParam("category") @Pattern(regexp = "[a-z0-9-]{0,64}", message = "not a category id") String category;
        @QueryParam("hinted") @DefaultValue("false") boolean hinted;

        Reports.RowQuery query() {
            boolean descending = sort.startsWith("-");
            String field = (descending ? sort.substring(1) : sort).replace('-', '_').toUpperCase(Locale.ROOT);
            return new Reports.RowQuery(Optional.ofNullable(q), Optional.ofNullable(category), hinted,
                    ProductRow.SortField.valueOf(field), !descending, page * size, size);
        }
    }

    @GET
    @Path("summary")
    @Operation(summary = "Key figures of a period and the previous period of the same length")
    @APIResponse(responseCode = "200", description = "figures")
    @APIResponse(responseCode = "503", description = "figures still being computed after start-up (Retry-After)")
    public AnalyticsResponses.SummaryJson summary(@Valid @BeanParam PeriodParams p) {
        return AnalyticsResponses.SummaryJson.of(figures(p));
    }

    @GET
    @Path("dashboard")
    @Operation(summary = "Key figures and the data of every dashboard chart")
    @APIResponse(responseCode = "200", description = "dashboard")
    public AnalyticsResponses.DashboardJson dashboard(@Valid @BeanParam PeriodParams p) {
        return AnalyticsResponses.DashboardJson.of(figures(p));
    }

    /** The caller's figures for the period: the summary and the charts are two views of them. */
    private Dashboard figures(PeriodParams p) {
        return analytics.dashboard(caller.get(), p.seller(), p.period());
    }

    @GET
    @Path("products")
    @Operation(summary = "Product analysis: views, conversion, revenue, stock, price against similar products, hints")
    @APIResponse(responseCode = "200", description = "a page of products")
    @APIResponse(responseCode = "400", description = "bad period, paging or sort")
    @APIResponse(responseCode = "403", description = "another seller's products")
    public AnalyticsResponses.RowPageJson products(@Valid @BeanParam PeriodParams p, @Valid @BeanParam RowParams rows) {
        Page<ProductRow> page = analytics.products(caller.get(), p.seller(), p.period(), rows.query());
        return new AnalyticsResponses.RowPageJson(page.items().stream().map(AnalyticsResponses.ProductRowJson::of).toList(),
                page.total(), page.page(), page.size());
    }
}
