package io.vitrine.chat.understanding;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a shopper's message asks for. The one place where intents meet their labels: the labels are the strings of
 * the intent corpus ({@code intents-<lang>.tsv}), the FAQ entries, the saved intent models and the API's
 * {@code intent} field, so they never change; everything else in the assistant uses these constants.
 */
public enum Intent {
    GREETING("greeting"),
    THANKS("thanks"),
    GOODBYE("goodbye"),
    BOT_CAPABILITIES("bot_capabilities"),
    PRODUCT_INFO("product_info"),
    PRICE("price"),
    AVAILABILITY("availability"),
    SIZES_COLOURS("sizes_colours"),
    SHIPPING("shipping_cost_delay"),
    SELLER_CONTACT("seller_contact"),
    RECOMMENDATION("recommendation"),
    COMPARE("compare_products"),
    ORDER_STATUS("order_status"),
    CANCEL_ORDER("cancel_order"),
    HUMAN_AGENT("human_agent"),
    ACCOUNT_HELP("account_help"),
    DAMAGED_ITEM("damaged_item"),
    DELIVERY_ADDRESS_CHANGE("delivery_address_change"),
    GIFT_WRAPPING("gift_wrapping"),
    INVOICE("invoice"),
    LEAVE_REVIEW("leave_review"),
    NEWSLETTER("newsletter"),
    OPENING_HOURS("opening_hours"),
    PAYMENT_METHODS("payment_methods"),
    PRODUCT_CARE("product_care"),
    PROMO_CODES("promo_codes"),
    REFUND_STATUS("refund_status"),
    RETURNS("returns"),
    SIZE_GUIDE("size_guide"),
    WARRANTY("warranty"),
    /** The corpus's examples of what the assistant does not handle; also a prediction below the threshold. */
    OUT_OF_SCOPE("out_of_scope"),
    /** A reply that leaves a message for the seller: never predicted, only an answer's intent. */
    SELLER_MESSAGE("seller_message");

    private static final Map<String, Intent> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Intent::label, Function.identity()));

    private final String label;

    Intent(String label) {
        this.label = label;
    }

    /** The label in the corpus, the model files, the FAQ and the API. */
    public String label() {
        return label;
    }

    /** Whether a classifier may predict it (every intent but {@link #SELLER_MESSAGE}). */
    public boolean isPredictable() {
        return this != SELLER_MESSAGE;
    }

    public static Optional<Intent> fromLabel(String label) {
        return Optional.ofNullable(label).map(BY_LABEL::get);
    }

    @Override
    public String toString() {
        return label;
    }
}
