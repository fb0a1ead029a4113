package io.vitrine.analytics.web;

import io.vitrine.analytics.Hint;
import io.vitrine.analytics.ProductRow;
import io.vitrine.analytics.Reports;
import io.vitrine.catalog.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The product analysis table ({@code /seller/analysis.xhtml}, and the admin's for any seller): a lazy model that
 * hands paging, sorting and the filters to {@link AnalyticsService#products}, so a page holds 20 rows whatever the
 * catalogue size; CSV and Excel exports go through the same model.
 */
@Named("analysis")
@ViewScoped
public class ProductAnalysisView extends FiguresPage {

    private static final long serialVersionUID = 1L;

    private boolean hintedOnly;
    private final Rows rows = new Rows();

    /** Pages of {@link ProductRow}, sorted and filtered by the service. */
    public class Rows extends LazyDataModel<ProductRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) fetch(0, 1, Map.of(), filterBy).total();
        }

        @Override
        public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, Reports.RowQuery.MAX_SIZE));
            Page<ProductRow> page = fetch(first, size, sortBy, filterBy);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProductRow row) {
            return row.productId();
        }

        @Override
        public ProductRow getRowData(String key) {
            return null;
        }
    }

    /** Rows {@code offset} to {@code offset + size}: exporters read in chunks that need not start on a page. */
    Page<ProductRow> fetch(int offset, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        ProductRow.SortField field = ProductRow.SortField.REVENUE;
        boolean ascending = false;
        for (SortMeta s : sortBy.values()) {
            field = sortField(s.getField()).orElse(field);
            ascending = s.getOrder() == SortOrder.ASCENDING;
        }
        Optional<String> text = filter(filterBy, "name");
        Optional<String> category = filter(filterBy, "category");
        Page<ProductRow> none = new Page<>(List.of(), 0, 0, size);
        if (getPeriod().incomplete()) {
            return none;
        }
        Reports.RowQuery query = new Reports.RowQuery(text, category, hintedOnly, field, ascending, offset, size);
        return read((who, seller, period) -> analytics.products(who, seller, period, query), () -> { }).orElse(none);
    }

    private static Optional<String> filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta f = filterBy.get(field);
        return f == null || f.getFilterValue() == null ? Optional.empty()
                : Optional.of(f.getFilterValue().toString()).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.length() > 100 ? s.substring(0, 100) : s);
    }

    /** Column field names ("priceVsMedian") to sort fields; an unknown one keeps the default. */
    static Optional<ProductRow.SortField> sortField(String field) {
        if (field == null) {
            return Optional.empty();
        }
        String key = field.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return Optional.of(ProductRow.SortField.valueOf(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void apply() {
        // the table re-reads its model on update; nothing to keep here
    }

    public Rows getRows() {
        return rows;
    }

    public boolean isHintedOnly() {
        return hintedOnly;
    }

    public void setHintedOnly(boolean hintedOnly) {
        this.hintedOnly = hintedOnly;
    }

    // ---- cell formatting (EL 5 reads records by method calls; formatting money needs the page's language)

    /** An exported cell: anything a spreadsheet would read as a formula is neutralised (CSV and Excel). */
    public String cell(Object value) {
        return io.vitrine.platform.web.SpreadsheetCells.neutralise(value);
    }

    public String exportName(ProductRow r) {
        return name(r) + " (" + r.productId() + ")";
    }

    public String exportCategory(ProductRow r) {
        return r.category() + "/" + r.subCategory();
    }

    public String name(ProductRow r) {
        return texts.in(r.name());
    }

    public String price(ProductRow r) {
        return texts.money(r.priceCents(), r.currency());
    }

    public String revenue(ProductRow r) {
        return texts.money(r.revenueCents(), r.currency());
    }

    public String conversion(ProductRow r) {
        return r.conversion().map(texts::percent).orElse("–");
    }

    public String rating(ProductRow r) {
        return r.rating().map(x -> texts.decimal(x) + " (" + r.ratingCount() + ")").orElse("–");
    }

    public String median(ProductRow r) {
        return r.medianPriceCents().map(m -> texts.money(m, r.currency())).orElse("–");
    }

    public String vsMedian(ProductRow r) {
        return r.priceVsMedian().map(v -> (v > 0 ? "+" : "") + texts.percent(v)).orElse("–");
    }

    public String hints(ProductRow r) {
        return r.hints().stream().map(this::hint).collect(Collectors.joining(" · "));
    }

    String hint(Hint h) {
        return texts.format("analytics.hint." + h.kind().name(), h.percent());
    }
}
