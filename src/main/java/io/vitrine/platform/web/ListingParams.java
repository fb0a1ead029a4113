package io.vitrine.platform.web;

/**
 * The URL parameters every product listing page shares (category, price band, sort order, page), bound by the
 * page's {@code f:viewParam}s; the listing views extend it and add their own (sub-category, query, facets).
 */
public abstract class ListingParams {

    protected String category;
    protected String price;
    protected String sort;
    protected int page;

    /** Pages a listing of {@code total} items needs, {@code pageSize} a page: at least one. */
    protected static long pageCount(long total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
