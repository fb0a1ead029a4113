package io.vitrine.customer.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginViewTest {

    @Test
    void aShopperGoesBackToTheShopPageThatAskedForTheLogIn() {
        assertEquals("/cart/cart?faces-redirect=true", LoginView.afterLogin("/cart/cart.xhtml"));
        assertEquals("/order/history?faces-redirect=true", LoginView.afterLogin("/order/history.xhtml"));
    }

    @Test
    void anythingElseGoesHomeSoTheFormIsNoOpenRedirect() {
        for (String from : new String[]{null, "", "https://evil.example/x.xhtml", "//evil.example/x.xhtml",
                "/cart/../../etc.xhtml", "/cart/cart.xhtml?x=1", "/cart/cart"}) {
            assertEquals("/index?faces-redirect=true", LoginView.afterLogin(from), String.valueOf(from));
        }
    }
}
