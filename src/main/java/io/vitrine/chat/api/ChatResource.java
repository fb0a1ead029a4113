package io.vitrine.chat.api;

import io.vitrine.platform.api.Requests;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.limits.Budget;
import io.vitrine.platform.limits.RateLimited;
import io.vitrine.chat.ChatLanguage;
import io.vitrine.chat.ChatService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.security.Principal;
import java.util.Optional;

/**
 * {@code POST /api/v1/chat}: one message to the shop's assistant. Orders are only discussed with a shopper logged in
 * to the storefront (the session cookie); partner calls with an API key chat anonymously.
 */
@Path("v1/chat")
// stateless, so one instance serves every request: Payara makes a request-scoped bean at a cost on each request
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "chat")
public class ChatResource {

    @Inject
    ChatService chat;

    @POST
    @RateLimited(Budget.CHAT)
    @Operation(summary = "Ask the shop assistant",
            description = "Answers from the live catalogue (price, stock, rating, seller, delivery estimate, suggestions, "
                    + "comparisons), the FAQ / policy pages and, for a logged-in shopper, their orders; in English or French. "
                    + "Below its confidence threshold it says so and offers to pass a message to the seller.")
    @APIResponse(responseCode = "200", description = "The reply")
    @APIResponse(responseCode = "400", description = "Empty or longer than 1000 characters, unknown lang, malformed conversationId")
    @APIResponse(responseCode = "404", description = "Unknown conversationId")
    public ChatResponse ask(ChatRequest request, @Context SecurityContext security) {
        Requests.body(request, "a JSON body {\"message\": ...} is required");
        Optional<ChatLanguage> lang = Optional.empty();
        if (request.lang() != null && !request.lang().isBlank()) {
            lang = Optional.of(ChatLanguage.fromCode(request.lang())
                    .orElseThrow(() -> new InvalidInputException("lang must be en or fr")));
        }
        Optional<String> conversation = Optional.ofNullable(request.conversationId()).filter(s -> !s.isBlank());
        Optional<String> account = Optional.ofNullable(security).map(SecurityContext::getUserPrincipal).map(Principal::getName);
        return ChatResponse.of(chat.chat(conversation, request.message(), lang, account));
    }
}
