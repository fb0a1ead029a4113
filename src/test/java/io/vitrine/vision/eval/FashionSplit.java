package io.vitrine.vision.eval;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The product-photo protocol of {@code ../shared/datasets/README.md} on {@code fashion-products}: the sub-categories
 * with at least {@code minImages} photos, a stratified share of each held out for the test (seed fixed). The
 * benchmark that trains in process ({@link VisionBenchmark}) and the one that goes through the shop
 * ({@link VisionJourneyBenchmark}) split the same way, so their figures compare.
 */
record FashionSplit(List<Photo> train, List<Photo> test, List<String> subCategories) {

    /** One photo of {@code styles.csv}: its id, its {@code subCategory} and the image file. */
    record Photo(String id, String subCategory, Path file) {
    }

    FashionSplit {
        train = List.copyOf(train);
        test = List.copyOf(test);
        subCategories = List.copyOf(subCategories);
    }

    /** {@code limit}: at most that many photos of the folder (a random subset, same seed) for a quick look. */
    static FashionSplit of(Path folder, int minImages, double testShare, long seed, int limit) throws IOException {
        List<Photo> photos = photos(folder);
        if (photos.size() > limit) {
            Collections.shuffle(photos, new Random(seed));
            photos = new ArrayList<>(photos.subList(0, limit));
        }
        Map<String, List<Photo>> bySub = new TreeMap<>();
        photos.forEach(p -> bySub.computeIfAbsent(p.subCategory(), s -> new ArrayList<>()).add(p));
        bySub.values().removeIf(list -> list.size() < minImages);
        return stratified(bySub, testShare, seed);
    }

    /**
     * The training part split again the same way: a {@code share} of each sub-category becomes the validation part
     * (this split's {@code test}), so that choices are made without reading the test photos.
     */
    FashionSplit validation(double share, long seed) {
        Map<String, List<Photo>> bySub = new TreeMap<>();
        train.forEach(p -> bySub.computeIfAbsent(p.subCategory(), s -> new ArrayList<>()).add(p));
        return stratified(bySub, share, seed);
    }

    private static FashionSplit stratified(Map<String, List<Photo>> bySub, double share, long seed) {
        List<Photo> train = new ArrayList<>();
        List<Photo> test = new ArrayList<>();
        Random random = new Random(seed);
        for (List<Photo> list : bySub.values()) {
            Collections.shuffle(list, random);
            int nTest = (int) Math.round(list.size() * share);
            test.addAll(list.subList(0, nTest));
            train.addAll(list.subList(nTest, list.size()));
        }
        return new FashionSplit(train, test, List.copyOf(bySub.keySet()));
    }

    private static List<Photo> photos(Path folder) throws IOException {
        List<Photo> photos = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(folder.resolve("styles.csv"), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
            for (CSVRecord r : format.parse(in)) {
                Path file = folder.resolve("images").resolve(r.get("id") + ".jpg");
                if (Files.exists(file)) {
                    photos.add(new Photo(r.get("id"), r.get("subCategory"), file));
                }
            }
        }
        return photos;
    }
}
