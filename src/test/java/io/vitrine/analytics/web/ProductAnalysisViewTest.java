package io.vitrine.analytics.web;

import io.vitrine.analytics.ProductRow;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProductAnalysisViewTest {

    @Test
    void columnFieldsMapToSortFields() {
        assertEquals(Optional.of(ProductRow.SortField.PRICE_VS_MEDIAN), ProductAnalysisView.sortField("priceVsMedian"));
        assertEquals(Optional.of(ProductRow.SortField.REVENUE), ProductAnalysisView.sortField("revenue"));
        assertEquals(Optional.of(ProductRow.SortField.NAME), ProductAnalysisView.sortField("name"));
        assertEquals(Optional.empty(), ProductAnalysisView.sortField("hints"));
        assertEquals(Optional.empty(), ProductAnalysisView.sortField(null));
    }

    @Test
    void chartJsonIsAChartJsConfiguration() {
        String json = ChartJs.bar().labels(java.util.List.of("a", "b")).series("Revenue (€)", java.util.List.of(1.5, 2), Palette.BLUE)
                .horizontal().title("T").toJson();
        jakarta.json.JsonObject o = jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
        assertEquals("bar", o.getString("type"));
        assertEquals("y", o.getJsonObject("options").getString("indexAxis"));
        assertEquals(2, o.getJsonObject("data").getJsonArray("labels").size());
        assertEquals(1.5, o.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue());
        assertEquals(Palette.BLUE, o.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("backgroundColor"));
    }
}
