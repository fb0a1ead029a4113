package io.vitrine.recommend.eval;

import io.vitrine.recommend.WeightedEvent;
import io.vitrine.recommend.ItemId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Readers for the two public data sets of {@code ../shared/datasets} (and the smoke test's copies of their format). */
final class Datasets {

    private static final String[] GENRES = {"unknown", "Action", "Adventure", "Animation", "Children's", "Comedy",
        "Crime", "Documentary", "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi",
        "Thriller", "War", "Western"};

    private Datasets() {
    }

    /** ML-100K {@code u.data}: user, item, rating, timestamp (tab); every rating is an interaction of weight 1. */
    static List<WeightedEvent> movieLens(Path folder) throws IOException {
        List<WeightedEvent> out = new ArrayList<>(100_000);
        for (String line : Files.readAllLines(folder.resolve("u.data"), StandardCharsets.ISO_8859_1)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\t");
            out.add(WeightedEvent.of(f[0], f[1], 1.0, Long.parseLong(f[3])));
        }
        return out;
    }

    /** ML-100K {@code u.item}: title and genre names per movie, the text the content model reads. */
    static Map<ItemId, String> movieTexts(Path folder) throws IOException {
        Map<ItemId, String> texts = new LinkedHashMap<>();
        Path file = folder.resolve("u.item");
        if (!Files.exists(file)) {
            return texts;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            String[] f = line.split("\\|", -1);
            if (f.length < 5) {
                continue;
            }
            StringBuilder text = new StringBuilder(f[1].replaceAll("\\(\\d{4}\\)", ""));
            for (int g = 0; g < GENRES.length && 5 + g < f.length; g++) {
                if ("1".equals(f[5 + g])) {
                    text.append(' ').append(GENRES[g]);
                }
            }
            texts.put(ItemId.of(f[0]), text.toString());
        }
        return texts;
    }

    /** Amazon Beauty: {@code user item item ...} per line in time order; the position is the timestamp. */
    static List<WeightedEvent> beauty(Path folder) throws IOException {
        List<WeightedEvent> out = new ArrayList<>(200_000);
        for (String line : Files.readAllLines(folder.resolve("Beauty.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.trim().split(" ");
            for (int k = 1; k < f.length; k++) {
                out.add(WeightedEvent.of(f[0], f[k], 1.0, k));
            }
        }
        return out;
    }
}
