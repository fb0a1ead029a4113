package io.vitrine.exports;

import io.vitrine.events.EventScan;
import io.vitrine.events.InteractionType;
import io.vitrine.platform.MongoConnection;
import io.vitrine.platform.security.ShopperIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.bson.Document;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Shopper events as JSON lines with the fields of Gorse's feedback ({@code FeedbackType}, {@code UserId},
 * {@code ItemId}, {@code Timestamp}), so the file loads into Gorse (or any recommender reading that shape) as it is.
 * Searches carry no product and are left out. Shoppers are never named by their e-mail: an admin's export carries
 * their opaque public ids ({@code sh_...}, anonymous sessions as {@code anon:...}); a seller's only the events on its
 * own products, with each shopper as a pseudonym of that seller ({@code u_} + a hash of seller and public id: stable
 * from one export to the next, the same shopper differently named for two sellers).
 */
@ApplicationScoped
public class EventExport {

    private static final Set<InteractionType> WITH_PRODUCT = EnumSet.complementOf(EnumSet.of(InteractionType.SEARCH));

    @Inject
    MongoConnection mongo;
    @Inject
    ShopperIds shopperIds;
    @Inject
    CatalogueExport catalogue;

    public void jsonLines(ExportScope scope, OutputStream out) throws IOException {
        Set<String> own = scope.seller().isPresent() ? ownProducts(scope) : null;
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = user -> names.computeIfAbsent(user, u -> shown(scope, u));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        EventScan scan = new EventScan(mongo.database().getCollection("events"), EventScan.Range.ALL.ofTypes(WITH_PRODUCT),
                List.of("type", "userId", "productId", "occurredAt"), EventScan.READ_MAX);
        scan.forEach(d -> write(d, own, name, writer));
        writer.flush();
    }

    private static void write(Document d, Set<String> own, Function<String, String> name, Writer writer) {
        String product = d.getString("productId");
        String user = d.getString("userId");
        if (product == null || user == null || own != null && !own.contains(product)) {
            return;
        }
        InteractionType type = InteractionType.parse(d.getString("type")).orElse(null);
        if (type == null || !(d.get("occurredAt") instanceof Number at)) {
            return;
        }
        String line = Json.createObjectBuilder().add("FeedbackType", type.wireName()).add("UserId", name.apply(user))
                .add("ItemId", product).add("Timestamp", Instant.ofEpochMilli(at.longValue()).toString()).build().toString();
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> ownProducts(ExportScope scope) {
        Set<String> ids = new java.util.HashSet<>();
        catalogue.forEach(scope, p -> ids.add(p.id().value()));
        return ids;
    }

    /** An admin sees the public id; a seller a pseudonym of its own. */
    private String shown(ExportScope scope, String user) {
        String external = shopperIds.external(user);
        if (scope.admin()) {
            return external;
        }
        return "u_" + HexFormat.of().formatHex(sha256(scope.seller().orElseThrow() + "|" + external), 0, 12);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
