package io.vitrine.chat.understanding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces the scorers of a model file share: a list of names (labels, or features in row order) and float arrays
 * as bfloat16 (a float's upper 16 bits, rounded to nearest even: half the file, and the weights need no more).
 */
final class ScorerFiles {

    private ScorerFiles() {
    }

    /** Count, then each name. */
    static void writeNames(DataOutputStream out, List<String> names) throws IOException {
        out.writeInt(names.size());
        for (String n : names) {
            out.writeUTF(n);
        }
    }

    static List<String> readNames(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            throw new IOException("negative name count " + count);
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(in.readUTF());
        }
        return names;
    }

    /** A feature index as its features in row order, and back. */
    static List<String> byRow(Map<String, Integer> rows) {
        String[] byRow = new String[rows.size()];
        rows.forEach((f, r) -> byRow[r] = f);
        return List.of(byRow);
    }

    static Map<String, Integer> rows(List<String> byRow) {
        Map<String, Integer> rows = new HashMap<>(byRow.size() * 2);
        for (int r = 0; r < byRow.size(); r++) {
            rows.put(byRow.get(r), r);
        }
        return rows;
    }

    static void writeFloats(DataOutputStream out, float[] a) throws IOException {
        byte[] b = new byte[a.length * 2];
        for (int i = 0; i < a.length; i++) {
            int bits = Float.floatToRawIntBits(a[i]);
            int rounded = (bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16;
            b[2 * i] = (byte) (rounded >>> 8);
            b[2 * i + 1] = (byte) rounded;
        }
        out.write(b);
    }

    static float[] readFloats(DataInputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n * 2);
        if (b.length != n * 2) {
            throw new IOException("truncated intent scorer");
        }
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = Float.intBitsToFloat(((b[2 * i] & 0xFF) << 24) | ((b[2 * i + 1] & 0xFF) << 16));
        }
        return a;
    }
}
