package io.vitrine.platform;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

import java.util.Arrays;
import java.util.List;

/**
 * The key type of the embedded server's unique-index maps: H2's own {@link ObjectDataType} (files written before
 * stay readable), with a fast {@link #compare} for the usual key, one string, which is also written as that string
 * ({@link #ONE_STRING}) rather than serialised.
 *
 * <p>mongo-java-server's index keys ({@link KeyValue}) are not {@code Comparable}, so H2 orders them by comparing
 * their Java serialisations byte by byte: every comparison ran two {@code ObjectOutputStream}s, about twenty per
 * inserted document, and that was most of the CPU a durable insert cost. For two keys of one string each, those two
 * serialisations are identical up to the string, written as a tag, its modified-UTF-8 length (2 bytes) and those
 * bytes; so the same order is: the length first, then the bytes, unsigned. Any other key (several fields, numbers,
 * strings over 65,535 bytes) is compared as before. Keeping the exact order matters: an existing file's B-trees were
 * built with it, and a different order would make lookups miss keys that are there.
 */
final class IndexKeyType extends TaggedObjectType {

    private static final int NOT_FAST = Integer.MIN_VALUE;
    private static final int MAX_SHORT_UTF = 0xFFFF;
    /**
     * The first byte of a one-string key written as the string itself (H2's own tags are 0 to 127, and
     * {@link DocumentType#BSON} is another): H2 would write a {@code KeyValue} with an {@code ObjectOutputStream},
     * and a commit rewrites every key of each index page it touches. Reading falls back to H2 for any other first
     * byte, so pages written before stay readable; the order of keys does not depend on how they are stored.
     */
    static final byte ONE_STRING = (byte) 0xB6;

    IndexKeyType() {
        super(ONE_STRING);
    }

    /** A one-string key as its UTF-16 chars, two bytes each (any char, lone surrogates too, comes back as it was). */
    @Override
    byte[] encode(Object value) {
        if (!(value instanceof KeyValue k && k.size() == 1 && k.get(0) instanceof String s)) {
            return null;
        }
        byte[] form = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            form[2 * i] = (byte) (c >> 8);
            form[2 * i + 1] = (byte) c;
        }
        return form;
    }

    @Override
    Object decode(byte[] form) {
        char[] chars = new char[form.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((form[2 * i] & 0xFF) << 8) | (form[2 * i + 1] & 0xFF));
        }
        return new KeyValue(List.of(new String(chars)));
    }

    /** A one-string key's heap estimate (H2 would use its running average of serialised sizes). */
    @Override
    public int getMemory(Object obj) {
        if (obj instanceof KeyValue k && k.size() == 1 && k.get(0) instanceof String s) {
            return 64 + 2 * s.length();
        }
        return super.getMemory(obj);
    }

    @Override
    public int compare(Object a, Object b) {
        if (a != b && a instanceof KeyValue ka && b instanceof KeyValue kb && ka.size() == 1 && kb.size() == 1
                && ka.get(0) instanceof String sa && kb.get(0) instanceof String sb) {
            int order = compareAsSerialized(sa, sb);
            if (order != NOT_FAST) {
                return order;
            }
        }
        return super.compare(a, b);
    }

    /**
     * The sign of the byte-wise comparison of two strings as {@code ObjectOutputStream} writes them (short form), or
     * {@link #NOT_FAST} when one needs the long form.
     */
    static int compareAsSerialized(String a, String b) {
        int lengthA = utfLength(a);
        int lengthB = utfLength(b);
        if (lengthA > MAX_SHORT_UTF || lengthB > MAX_SHORT_UTF) {
            return NOT_FAST;
        }
        if (lengthA != lengthB) {
            return lengthA < lengthB ? -1 : 1;
        }
        if (lengthA == a.length() && lengthB == b.length()) {
            // one byte per char (1..127) in both: the bytes are the chars
            return Integer.signum(a.compareTo(b));
        }
        return Integer.signum(Arrays.compareUnsigned(modifiedUtf8(a, lengthA), modifiedUtf8(b, lengthB)));
    }

    /** The length {@code DataOutput.writeUTF} gives the string (the NUL char takes two bytes). */
    private static int utfLength(String s) {
        int length = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            length += c >= 0x0001 && c <= 0x007F ? 1 : c > 0x07FF ? 3 : 2;
        }
        return length;
    }

    private static byte[] modifiedUtf8(String s, int length) {
        byte[] out = new byte[length];
        int at = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                out[at++] = (byte) c;
            } else if (c > 0x07FF) {
                out[at++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                out[at++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return out;
    }
}
