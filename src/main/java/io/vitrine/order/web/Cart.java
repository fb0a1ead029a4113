package io.vitrine.order.web;

import io.vitrine.catalog.CatalogService;
import io.vitrine.catalog.Product;
import io.vitrine.catalog.ProductId;
import io.vitrine.order.Order;
import io.vitrine.order.OrderLine;
import io.vitrine.order.OrderService;
import io.vitrine.platform.web.LanguageBean;
import io.vitrine.customer.Shopper;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shopper's cart for the session: product ids and quantities only (prices and stock are read again when
 * shown and when the order is placed, so the cart never shows a stale price). Stock is checked when adding.
 */
@Named("cart")
@SessionScoped
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;
    @Inject
    Shopper shopper;
    @Inject
    LanguageBean language;

    private final LinkedHashMap<String, Integer> lines = new LinkedHashMap<>();
    /** The Idempotency-Key of checking out this cart as it is: a double click places one order; any change makes a new one. */
    private String checkoutKey = newKey();

    private static String newKey() {
        return "cart-" + java.util.UUID.randomUUID();
    }

    synchronized String checkoutKey() {
        return checkoutKey;
    }

    /** Adds one unit unless the product is unknown, sold out or the cart already holds all its stock. */
    public void add(String productId, String source) {
        Optional<Product> product = ProductId.isValid(productId) ? catalog.find(new ProductId(productId)) : Optional.empty();
        if (product.isEmpty()) {
            message(FacesMessage.SEVERITY_ERROR, "cart.unknown");
            return;
        }
        int wanted = quantity(productId) + 1;
        if (wanted > product.get().stock() || wanted > OrderLine.MAX_QUANTITY) {
            message(FacesMessage.SEVERITY_WARN, "cart.noMoreStock");
            return;
        }
        if (!lines.containsKey(productId) && lines.size() >= Order.MAX_LINES) {
            message(FacesMessage.SEVERITY_WARN, "cart.full");
            return;
        }
        synchronized (this) {
            lines.put(productId, wanted);
            checkoutKey = newKey();
        }
        shopper.addedToCart(productId, 1, source);
        message(FacesMessage.SEVERITY_INFO, "cart.added");
    }

    public synchronized void setQuantity(String productId, int quantity) {
        checkoutKey = newKey();
        if (quantity <= 0) {
            lines.remove(productId);
        } else if (lines.containsKey(productId)) {
            lines.put(productId, Math.min(quantity, OrderLine.MAX_QUANTITY));
        }
    }

    public synchronized void remove(String productId) {
        checkoutKey = newKey();
        lines.remove(productId);
    }

    public synchronized int quantity(String productId) {
        return lines.getOrDefault(productId, 0);
    }

    /** Units in the cart, for the header. */
    public synchronized int getCount() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized boolean isEmpty() {
        return lines.isEmpty();
    }

    synchronized Map<String, Integer> lines() {
        return new LinkedHashMap<>(lines);
    }

    synchronized List<OrderService.LineRequest> asOrder() {
        List<OrderService.LineRequest> out = new ArrayList<>();
        lines.forEach((id, q) -> out.add(new OrderService.LineRequest(id, q)));
        return out;
    }

    synchronized void clear() {
        checkoutKey = newKey();
        lines.clear();
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, language.text(key), null));
    }
}
