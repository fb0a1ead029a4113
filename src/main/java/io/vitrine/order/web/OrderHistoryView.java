package io.vitrine.order.web;

import io.vitrine.catalog.Page;
import io.vitrine.order.Order;
import io.vitrine.order.OrderService;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.customer.Shopper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** The logged-in shopper's orders, the latest first, 20 a page; anonymous visitors are sent to log in. */
@Named("orderHistory")
@RequestScoped
public class OrderHistoryView {

    static final int PAGE_SIZE = 20;

    @Inject
    OrderService orders;
    @Inject
    Shopper shopper;
    @Inject
    LanguageBean language;

    private int page;
    private Page<Order> result = new Page<>(List.of(), 0, 0, PAGE_SIZE);

    public String load() {
        if (!shopper.isLoggedIn()) {
            return "/login?faces-redirect=true&from=/order/history.xhtml";
        }
        page = Math.max(0, Math.min(page, 10_000));
        result = orders.ofAccount(shopper.getId(), page, PAGE_SIZE);
        return null;
    }

    public String date(Order o) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.getLocale())
                .withZone(ZoneId.systemDefault()).format(o.placedAt());
    }

    public String status(Order o) {
        return language.text("order.status." + o.status().name().toLowerCase(Locale.ROOT));
    }

    public List<Order> getOrders() {
        return result.items();
    }

    public long getPageCount() {
        return Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
