package io.vitrine.chat.answers;

import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.understanding.IntentCorpus;
import io.vitrine.order.Order;
import io.vitrine.order.OrderStatus;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The logged-in shopper's own orders: status and cancelling after a yes. Same shop and conversation as
 * {@link AnswersFixture}.
 */
class OrderAnswersTest extends AnswersFixture {

    @Test
    void ordersOnlyForTheLoggedInShopperAndTheirOwn() {
        assertEquals("For your orders I need to know who you are: please log in first, then ask me again.",
                say("where is my order VT-00000001?", "order_status", ChatLanguage.EN).text());
        Optional<String> me = Optional.of(ME);
        assertEquals("Order VT-00000001, placed on Friday 20 November for €49.99: placed. It contains "
                        + "1 × Nordika Classic Linen Dress – Red.",
                say("where is my order VT-00000001?", "order_status", ChatLanguage.EN, me).text());
        assertEquals("I cannot find order VT-00000003 on your account. Order numbers look like VT-12345678.",
                say("where is my order VT-00000003?", "order_status", ChatLanguage.EN, me).text(), "someone else's");
        assertEquals("Vos dernières commandes : VT-00000001 (enregistrée) et VT-00000002 (expédiée). "
                        + "Donnez-moi le numéro de celle qui vous intéresse.",
                say("où en est ma commande ?", "order_status", ChatLanguage.FR, me).text());
    }

    @Test
    void cancellingAsksForConfirmationAndRefusesShippedOrders() {
        Optional<String> me = Optional.of(ME);
        assertEquals("Order VT-00000002 is shipped and can no longer be cancelled; you can return it after delivery instead.",
                say("cancel VT-00000002", "cancel_order", ChatLanguage.EN, me).text());
        assertEquals("Shall I cancel order VT-00000001 (€49.99, placed)? Reply yes or no.",
                say("please cancel order VT-00000001", "cancel_order", ChatLanguage.EN, me).text());
        assertEquals(OrderStatus.PLACED, shop.orders.get("VT-00000001").status(), "nothing before the yes");
        assertEquals("Order VT-00000001 is cancelled. The payment of €49.99 will be refunded within 5 business days.",
                say("yes", IntentCorpus.OUT_OF_SCOPE, ChatLanguage.EN, me).text());
        assertEquals(OrderStatus.CANCELLED, shop.orders.get("VT-00000001").status());
    }
}
