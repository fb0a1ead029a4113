package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.conversation.Conversation;
import io.vitrine.chat.understanding.ChatEntities;
import io.vitrine.chat.understanding.ChatWords;
import io.vitrine.chat.understanding.Intent;
import io.vitrine.order.Order;
import io.vitrine.order.OrderStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in shopper's own orders: where one is, and cancelling one after a yes (the assistant asks first, and
 * refuses once the order has shipped). Never says whose an order is that the account does not own.
 */
final class OrderAnswers implements Answerer {

    private static final int RECENT = 3;

    private final ChatShop shop;

    OrderAnswers(ChatShop shop) {
        this.shop = shop;
    }

    @Override
    public Set<Intent> intents() {
        return Set.of(Intent.ORDER_STATUS, Intent.CANCEL_ORDER);
    }

    @Override
    public ChatAnswer answer(Question q, Conversation c) {
        ChatLanguage lang = q.lang();
        Intent intent = q.intent();
        if (q.account().isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "login_needed"), intent);
        }
        String account = q.account().get();
        ChatEntities e = q.entities();
        if (e.orderNumbers().isEmpty()) {
            List<Order> recent = shop.recentOrders(account, RECENT);
            return ChatAnswer.of(recent.isEmpty() ? ReplyTexts.text(lang, "order_none")
                    : ReplyTexts.text(lang, intent == Intent.CANCEL_ORDER ? "cancel_ask_number" : "order_recent",
                    orderList(recent, lang)), intent);
        }
        String number = e.orderNumbers().get(0).value();
        Optional<Order> order = shop.order(account, number);
        if (order.isEmpty()) {
            return ChatAnswer.of(ReplyTexts.text(lang, "order_not_found", number), intent);
        }
        Order o = order.get();
        if (intent == Intent.ORDER_STATUS) {
            return ChatAnswer.of(ReplyTexts.text(lang, "order_status", o.number(),
                    ReplyTexts.date(LocalDate.ofInstant(o.placedAt(), Answers.SHOP_ZONE), lang), ReplyTexts.money(o.total(), lang),
                    status(o.status(), lang), lines(o, lang)), intent);
        }
        if (!o.status().canMoveTo(OrderStatus.CANCELLED)) {
            return ChatAnswer.of(ReplyTexts.text(lang, "cancel_refused", number, status(o.status(), lang)), intent);
        }
        c.await(Conversation.Pending.CONFIRM_CANCEL, number, null);
        return ChatAnswer.of(ReplyTexts.text(lang, "cancel_confirm", number, ReplyTexts.money(o.total(), lang),
                status(o.status(), lang)), intent);
    }

    /** The reply to "shall I cancel order ...?": cancels on a yes, drops it on a no, else the message is a new question. */
    Optional<ChatAnswer> settle(Conversation c, String message, ChatLanguage lang, Optional<String> account) {
        String number = c.pendingOrder().orElse("");
        c.settle();
        if (ChatWords.isYes(message) && account.isPresent()) {
            return Optional.of(cancel(account.get(), number, lang));
        }
        if (ChatWords.isNo(message)) {
            return Optional.of(ChatAnswer.of(ReplyTexts.text(lang, "cancel_declined", number), Intent.CANCEL_ORDER));
        }
        return Optional.empty();
    }

    private ChatAnswer cancel(String account, String number, ChatLanguage lang) {
        try {
            Order o = shop.cancel(account, number);
            return ChatAnswer.of(ReplyTexts.text(lang, "cancel_done", o.number(), ReplyTexts.money(o.total(), lang)), Intent.CANCEL_ORDER);
        } catch (IllegalStateException e) {
            // shipped between the question and the yes
            String status = shop.order(account, number).map(o -> status(o.status(), lang)).orElse("?");
            return ChatAnswer.of(ReplyTexts.text(lang, "cancel_refused", number, status), Intent.CANCEL_ORDER);
        }
    }

    private static String orderList(List<Order> orders, ChatLanguage lang) {
        return ReplyTexts.list(orders.stream().map(o -> ReplyTexts.text(lang, "order_line", o.number(), status(o.status(), lang))).toList(), lang);
    }

    private static String lines(Order o, ChatLanguage lang) {
        return ReplyTexts.list(o.lines().stream().map(l -> l.quantity() + " × " + l.name()).toList(), lang);
    }

    private static String status(OrderStatus s, ChatLanguage lang) {
        return ReplyTexts.text(lang, "status." + s.name());
    }
}
