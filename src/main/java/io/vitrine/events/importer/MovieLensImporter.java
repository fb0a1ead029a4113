package io.vitrine.events.importer;

import io.vitrine.catalog.ProductId;
import io.vitrine.events.EventRepository;
import io.vitrine.events.Interaction;
import io.vitrine.platform.imports.ImportReport;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Imports MovieLens ratings ({@code user item rating timestamp}, tab- or space-separated, timestamp in epoch
 * seconds, as in ml-100k/u.data). Each row becomes a RATING event with id {@code ml:<user>:<item>:<timestamp>} and
 * source {@code import:movielens}; user and item ids are mapped to Vitrine ids by the given functions.
 */
public final class MovieLensImporter {

    public static final String KIND = "movielens";
    public static final String SOURCE = "import:movielens";

    private final EventRepository events;
    private final UnaryOperator<String> userIdOf;
    private final UnaryOperator<String> productIdOf;

    public MovieLensImporter(EventRepository events, UnaryOperator<String> userIdOf, UnaryOperator<String> productIdOf) {
        this.events = events;
        this.userIdOf = Objects.requireNonNull(userIdOf);
        this.productIdOf = Objects.requireNonNull(productIdOf);
    }

    /** Users become {@code <prefix>user-<user>}, items {@code <prefix><item>} (e.g. "ml-user-196", "ml-242"). */
    public static MovieLensImporter withPrefix(EventRepository events, String prefix) {
        return new MovieLensImporter(events, u -> prefix + "user-" + u, i -> prefix + i);
    }

    public ImportReport importFrom(Path file) throws IOException {
        return EventBatch.importLines(file, KIND, events, this::parse);
    }

    private Interaction parse(String text) {
        String[] cells = text.strip().split("\\s+");
        if (cells.length != 4) {
            throw new IllegalArgumentException("expected 4 columns (user item rating timestamp), found " + cells.length);
        }
        long user = number(cells[0], "user");
        long item = number(cells[1], "item");
        long stars = number(cells[2], "rating");
        long seconds = number(cells[3], "timestamp");
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("rating " + stars + " is not 1 to 5");
        }
        String productId = productIdOf.apply(Long.toString(item));
        if (!ProductId.isValid(productId)) {
            throw new IllegalArgumentException("item " + item + " maps to the invalid product id '" + productId + "'");
        }
        return Interaction.rating(userIdOf.apply(Long.toString(user)), productId, (int) stars, Instant.ofEpochSecond(seconds))
                .withId("ml:" + user + ":" + item + ":" + seconds).withSource(SOURCE);
    }

    private static long number(String cell, String what) {
        try {
            long value = Long.parseLong(cell);
            if (value < 0) {
                throw new IllegalArgumentException("negative " + what + " '" + cell + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + what + " '" + (cell.length() > 30 ? cell.substring(0, 30) : cell) + "'");
        }
    }
}
