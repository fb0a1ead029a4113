package io.vitrine.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Which variant a shopper gets: a stable hash (the first 8 bytes of SHA-256) of the experiment id and the shopper's
 * unit id, taken into 10,000 buckets and cut by the variants' shares. The same shopper gets the same variant on
 * every page and every server, and two experiments split the shoppers independently.
 */
public final class Assignment {

    static final int BUCKETS = 10_000;

    private Assignment() {
    }

    /** The bucket 0..9999 of this unit in this experiment. */
    public static int bucket(String experimentId, String unit) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((experimentId + "\u0000" + unit).getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return (int) Math.floorMod(v, (long) BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The variant name for this unit; {@code shares} are percentages summing to 100, in the order of {@code names}. */
    public static String variant(String experimentId, String unit, List<String> names, List<Integer> shares) {
        int b = bucket(experimentId, unit);
        int edge = 0;
        for (int i = 0; i < names.size(); i++) {
            edge += shares.get(i) * (BUCKETS / 100);
            if (b < edge) {
                return names.get(i);
            }
        }
        return names.get(names.size() - 1);
    }
}
