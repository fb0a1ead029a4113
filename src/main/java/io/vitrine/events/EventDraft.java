package io.vitrine.events;

import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.Problem;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One interaction as a partner or a page reports it. {@code id} is the sender's own event id; together with the
 * sender's identity it makes a retry a no-op, as an {@code Idempotency-Key} header does for a whole request.
 *
 * <p>Its rules are checked in plain Java, a whole batch at once ({@link #requireValid}), with the field names and
 * messages Bean Validation gave them when they were annotations: Hibernate Validator's method validation of 1,000
 * drafts was 12 % of a batch's time (session 7's profile).
 * <ul>
 *   <li>{@code id}: at most 100 characters; {@code source}: at most 100; {@code query}: at most 500</li>
 *   <li>{@code type}: not blank, one of view, click, add-to-cart (add_to_cart), purchase, rating, like, search</li>
 *   <li>{@code userId}: not blank, at most 200 characters</li>
 *   <li>{@code productId}: 1 to 64 of {@code A-Z a-z 0-9 _ -}</li>
 *   <li>{@code timestamp}: not in the future</li>
 *   <li>{@code rating}: 1 to 5; {@code quantity}: 0 to 99; {@code resultCount}: 0 or more</li>
 * </ul>
 */
public record EventDraft(String id, String type, String userId, String productId, Instant timestamp, String source,
                         Integer rating, Integer quantity, String query, Integer resultCount) {

    private static final Pattern TYPE = Pattern.compile("(?i)view|click|add-to-cart|add_to_cart|purchase|rating|like|search");
    private static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String NOT_BLANK = "must not be blank";

    /**
     * Refuses the batch when any draft breaks a rule: one 400 naming every broken rule (field and message, sorted
     * by field), as the annotations' violations were answered.
     *
     * @param now the present instant: a timestamp after it is in the future
     */
    static void requireValid(List<EventDraft> drafts, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (EventDraft draft : drafts) {
            draft.check(now, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw InvalidInputException.ofFields(errors);
        }
    }

    /** Adds the rules this draft breaks to {@code errors}. */
    void check(Instant now, List<Problem.FieldError> errors) {
        maxLength("id", id, 100, errors);
        if (blank(type)) {
            errors.add(new Problem.FieldError("type", NOT_BLANK));
        }
        if (type != null && !TYPE.matcher(type).matches()) {
            errors.add(new Problem.FieldError("type", "must be view, click, add-to-cart, purchase, rating, like or search"));
        }
        if (blank(userId)) {
            errors.add(new Problem.FieldError("userId", NOT_BLANK));
        }
        maxLength("userId", userId, 200, errors);
        if (productId != null && !PRODUCT_ID.matcher(productId).matches()) {
            errors.add(new Problem.FieldError("productId", "not a product id"));
        }
        if (timestamp != null && timestamp.isAfter(now)) {
            errors.add(new Problem.FieldError("timestamp", "must be a date in the past or in the present"));
        }
        maxLength("source", source, 100, errors);
        range("rating", rating, 1, 5, errors);
        range("quantity", quantity, 0, 99, errors);
        maxLength("query", query, 500, errors);
        range("resultCount", resultCount, 0, Integer.MAX_VALUE, errors);
    }

    private static boolean blank(String text) {
        return text == null || text.trim().isEmpty();
    }

    private static void maxLength(String field, String text, int max, List<Problem.FieldError> errors) {
        if (text != null && text.length() > max) {
            errors.add(new Problem.FieldError(field, "size must be between 0 and " + max));
        }
    }

    private static void range(String field, Integer value, int min, int max, List<Problem.FieldError> errors) {
        if (value != null && value < min) {
            errors.add(new Problem.FieldError(field, "must be greater than or equal to " + min));
        }
        if (value != null && value > max) {
            errors.add(new Problem.FieldError(field, "must be less than or equal to " + max));
        }
    }

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
