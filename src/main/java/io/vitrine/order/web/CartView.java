package io.vitrine.order.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Money;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.order.Order;
import io.vitrine.order.OrderService;
import io.vitrine.platform.IdempotencyConflictException;
import io.vitrine.platform.IdempotencyKey;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.customer.Shopper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cart page and its checkout: lines with today's price and stock, quantity changes, and placing the order
 * (log-in first; no payment provider, the order starts PLACED). A line short of stock blocks the checkout with
 * a message instead of failing.
 */
@Named("cartView")
@RequestScoped
public class CartView {

    @Inject
    Cart cart;
    @Inject
    CatalogService catalog;
    @Inject
    OrderService orders;
    @Inject
    Shopper shopper;
    @Inject
    LanguageBean language;

    /** A cart line as shown: the product now, the quantity asked and whether the stock still covers it. */
    public record Line(Product product, int quantity, boolean available) {

        public Money total() {
            return product.price().times(quantity);
        }
    }

    private List<Line> lines;

    public List<Line> getLines() {
        if (lines == null) {
            Map<String, Integer> wanted = cart.lines();
            List<Product> products = catalog.getAll(wanted.keySet().stream().map(ProductId::new).toList());
            lines = new ArrayList<>();
            for (Product p : products) {
                int q = wanted.get(p.id().value());
                lines.add(new Line(p, q, q <= p.stock()));
            }
            // a product deleted since it was added leaves the cart quietly
            wanted.keySet().stream().filter(id -> products.stream().noneMatch(p -> p.id().value().equals(id))).forEach(cart::remove);
        }
        return lines;
    }

    /** The sum of the lines in the shop's currency, formatted ("€42.50"); empty for an empty cart. */
    public String getTotal() {
        return getLines().stream().map(Line::total).reduce(Money::plus)
                .map(m -> language.money(m.cents(), m.currency())).orElse("");
    }

    public boolean isCheckoutPossible() {
        return !getLines().isEmpty() && getLines().stream().allMatch(Line::available);
    }

    public void change(String productId, int quantity) {
        cart.setQuantity(productId, quantity);
        lines = null;
    }

    public void remove(String productId) {
        cart.remove(productId);
        lines = null;
    }

    /** Whether the shopper is logged in, for the checkout button's label. */
    public boolean isLoggedIn() {
        return shopper.isLoggedIn();
    }

    /** Places the order for the logged-in shopper; anonymous shoppers are sent to log in and come back here. */
    public String checkout() {
        if (!shopper.isLoggedIn()) {
            return "/login?faces-redirect=true&from=/cart/cart.xhtml";
        }
        if (!isCheckoutPossible()) {
            message(FacesMessage.SEVERITY_WARN, language.text("cart.stockChanged"));
            return null;
        }
        try {
            Order order = orders.place(shopper.getId(), cart.asOrder(), "storefront",
                    Optional.of(new IdempotencyKey(cart.checkoutKey())), "web:" + shopper.getId()).order();
            cart.clear();
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            message(FacesMessage.SEVERITY_INFO, language.text("order.placed") + " " + order.number());
            return "/order/history?faces-redirect=true";
        } catch (IdempotencyConflictException e) {
            // the same cart is being checked out by another click: that one places the order
            message(FacesMessage.SEVERITY_INFO, language.text("cart.placing"));
            return null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            // stock sold out between the page and the click, or a product withdrawn: say so, keep the cart
            lines = null;
            message(FacesMessage.SEVERITY_WARN, language.text("cart.stockChanged"));
            return null;
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
