package io.vitrine.events;

import io.vitrine.platform.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One interaction as a partner or a page reports it. {@code id} is the sender's own event id; together with the
 * sender's identity it makes a retry a no-op, as an {@code Idempotency-Key} header does for a whole request.
 */
public record EventDraft(
        @Size(max = 100) String id,
        @NotBlank @Pattern(regexp = "(?i)view|click|add-to-cart|add_to_cart|purchase|rating|like|search",
                message = "must be view, click, add-to-cart, purchase, rating, like or search") String type,
        @NotBlank @Size(max = 200) String userId,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "not a product id") String productId,
        @PastOrPresent Instant timestamp,
        @Size(max = 100) String source,
        @Min(1) @Max(5) Integer rating,
        @Min(0) @Max(99) Integer quantity,
        @Size(max = 500) String query,
        @Min(0) Integer resultCount) {

    Interaction toInteraction(Instant now) {
        InteractionType kind = InteractionType.parse(type).orElseThrow(() -> new InvalidInputException("unknown type " + type));
        Instant at = timestamp != null ? timestamp : now;
        Interaction event = switch (kind) {
            case RATING -> Interaction.rating(userId, productId, rating == null ? 0 : rating, at);
            case SEARCH -> Interaction.search(userId, query, resultCount == null ? 0 : resultCount, at);
            default -> {
                if (rating != null) {
                    throw new InvalidInputException("only rating events carry a rating");
                }
                yield Interaction.of(kind, userId, productId, at);
            }
        };
        if (quantity != null) {
            event = event.withQuantity(quantity);
        }
        return source == null ? event : event.withSource(source);
    }

    public static EventDraft of(@NotNull String type, String userId, String productId, String source) {
        return new EventDraft(null, type, userId, productId, null, source, null, null, null, null);
    }
}
