package io.vitrine.events.importer;

import io.vitrine.catalog.ProductId;
import io.vitrine.events.EventRepository;
import io.vitrine.events.Interaction;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.imports.ImportReport;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports interactions written one JSON object per line:
 * <pre>{"type":"purchase","userId":"u42","productId":"p-7","timestamp":"2024-05-01T10:00:00Z",
 *  "rating":4,"source":"recommendation:similar","id":"evt-1","quantity":2,"query":"red shoes","resultCount":12}</pre>
 * type, userId and timestamp (ISO-8601 text or epoch milliseconds) are required; productId too except for search
 * events (which need query); rating only on rating events. The id, when given, is the caller's idempotency key;
 * otherwise the id is {@code jl:} plus a hash of the event's content, so the same line imported twice is one event.
 */
public final class JsonLinesEventImporter {

    public static final String KIND = "jsonl";

    private final EventRepository events;
    // looking the provider up costs a service-loader scan: once per importer, not once per line
    private final JsonReaderFactory readers = JsonProvider.provider().createReaderFactory(Map.of());

    public JsonLinesEventImporter(EventRepository events) {
        this.events = events;
    }

    public ImportReport importFrom(Path file) throws IOException {
        return EventBatch.importLines(file, KIND, events, this::parse);
    }

    Interaction parse(String text) {
        JsonObject o;
        try (JsonReader reader = readers.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("expected a JSON object, found " + value.getValueType().name().toLowerCase(Locale.ROOT));
            }
            o = value.asJsonObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("bad JSON: " + e.getMessage());
        }
        String typeText = string(o, "type").orElseThrow(() -> new IllegalArgumentException("missing type"));
        InteractionType type = InteractionType.parse(typeText)
                .orElseThrow(() -> new IllegalArgumentException("unknown type '" + typeText + "'"));
        String userId = string(o, "userId").orElseThrow(() -> new IllegalArgumentException("missing userId"));
        Instant at = timestamp(o);
        Optional<Integer> rating = integer(o, "rating");
        Optional<String> productId = string(o, "productId");
        if (productId.isPresent() && !ProductId.isValid(productId.get())) {
            throw new IllegalArgumentException("invalid productId '" + productId.get() + "'");
        }
        if (rating.isPresent() && type != InteractionType.RATING) {
            throw new IllegalArgumentException("only rating events carry a rating");
        }
        Interaction event = switch (type) {
            case RATING -> Interaction.rating(userId, productId.orElse(null),
                    rating.orElseThrow(() -> new IllegalArgumentException("a rating event needs a rating")), at);
            case SEARCH -> Interaction.search(userId,
                    string(o, "query").orElseThrow(() -> new IllegalArgumentException("a search event needs a query")),
                    integer(o, "resultCount").orElse(0), at);
            default -> Interaction.of(type, userId, productId.orElse(null), at);
        };
        Optional<Integer> quantity = integer(o, "quantity");
        if (quantity.isPresent()) {
            event = event.withQuantity(quantity.get());
        }
        Optional<String> source = string(o, "source");
        if (source.isPresent()) {
            event = event.withSource(source.get());
        }
        return event.withId(string(o, "id").orElseGet(() -> contentId(type, userId, productId, at, rating, source, o)));
    }

    private static Instant timestamp(JsonObject o) {
        JsonValue v = o.get("timestamp");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new IllegalArgumentException("missing timestamp");
        }
        if (v instanceof JsonNumber n) {
            if (!n.isIntegral()) {
                throw new IllegalArgumentException("timestamp " + n + " is not whole milliseconds");
            }
            return Instant.ofEpochMilli(n.longValue());
        }
        if (v instanceof JsonString s) {
            String t = s.getString().strip();
            try {
                return t.matches("-?\\d{1,15}") ? Instant.ofEpochMilli(Long.parseLong(t)) : OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad timestamp '" + t + "' (ISO-8601 or epoch milliseconds)");
            }
        }
        throw new IllegalArgumentException("bad timestamp " + v + " (ISO-8601 or epoch milliseconds)");
    }

    private static Optional<String> string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? Optional.empty() : Optional.of(s.getString().strip());
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            return Optional.of(n.toString()); // numeric user and product ids are common in logs
        }
        throw new IllegalArgumentException(field + " must be a string, found " + v.getValueType().name().toLowerCase(Locale.ROOT));
    }

    private static Optional<Integer> integer(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return Optional.of(n.intValueExact());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(field + " " + n + " is out of range");
            }
        }
        throw new IllegalArgumentException(field + " must be a whole number, found " + v);
    }

    private static String contentId(InteractionType type, String userId, Optional<String> productId, Instant at,
                                    Optional<Integer> rating, Optional<String> source, JsonObject o) {
        String canonical = String.join("\u0000", type.name(), userId, productId.orElse(""),
                Long.toString(at.toEpochMilli()), rating.map(String::valueOf).orElse(""), source.orElse(""),
                integer(o, "quantity").map(String::valueOf).orElse(""), string(o, "query").orElse(""));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "jl:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
