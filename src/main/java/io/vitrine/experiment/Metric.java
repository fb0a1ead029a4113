package io.vitrine.experiment;

/** The primary metric of an experiment, per exposed shopper; the analysis compares its mean between variants. */
public enum Metric {
    /** Clicked at least one product of the experiment's lists (0 or 1). */
    CLICK_THROUGH("click-through", true),
    /** Put anything in the cart after seeing a list (0 or 1). */
    ADD_TO_CART("add-to-cart rate", true),
    /** What the shopper bought after seeing a list, in the shop's currency. */
    REVENUE_PER_VISITOR("revenue per visitor", false);

    private final String words;
    private final boolean rate;

    Metric(String words, boolean rate) {
        this.words = words;
        this.rate = rate;
    }

    public String words() {
        return words;
    }

    public boolean isRate() {
        return rate;
    }

    double of(Scoreboard.Visitor v) {
        return switch (this) {
            case CLICK_THROUGH -> v.clicked() ? 1 : 0;
            case ADD_TO_CART -> v.carted() ? 1 : 0;
            case REVENUE_PER_VISITOR -> v.revenueCents() / 100.0;
        };
    }
}
