package io.vitrine.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The ids events are stored under, made so that new events land next to each other in the database's B-trees.
 * The embedded store keeps documents and the {@code _id} index ordered by id and rewrites every page a commit
 * touches: random ids (a SHA-256, a random UUID) put each event of a batch on a page of its own among all stored
 * events, so a batch of 1,000 rewrote (and first read back) about a thousand pages of each map, more as the
 * collection grew. These ids keep the order of time or of the sender's own ids instead.
 * <ul>
 *   <li>An event without an id of its sender: a UUID of version 7 (RFC 9562), the millisecond first.</li>
 *   <li>An event with the sender's own id: {@code id.<sender tag>.<the id>}; every retry of it gets the same id,
 *   and a sender whose ids follow an order (a sequence, a time-ordered UUID) writes in that order.</li>
 *   <li>An event of a request with an {@code Idempotency-Key}: {@code key.<sender tag>.<key>.<position>}; a batch's
 *   events sit together.</li>
 * </ul>
 * The sender tag is the first 64 bits of the SHA-256 of the sender (no account name or e-mail in an id). Before
 * ordered ids (December 2026) the last two were the SHA-256 of the sender, the id or key and the position
 * ({@link #legacyOfClientId}, {@link #legacyOfIdempotencyKey}): events stored that way stay as they are, and a retry
 * of one is recognised by that id.
 */
final class EventIds {

    private static final HexFormat HEX = HexFormat.of();

    private final String sender;
    private final String tag;

    private EventIds(String sender) {
        this.sender = sender;
        this.tag = HEX.formatHex(sha256(sender), 0, 8);
    }

    /** The ids of one sender's events (a partner, a key, an account: who sent the request). */
    static EventIds of(String sender) {
        return new EventIds(sender);
    }

    /** A new event's id when its sender gave none: later ids sort after earlier ones (to the millisecond). */
    static String fresh() {
        return fresh(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    /** A version-7 UUID: 48 bits of milliseconds, the version, 12 random bits, the variant, 62 random bits. */
    static String fresh(long epochMillis, RandomGenerator random) {
        long high = (epochMillis << 16) | 0x7000L | random.nextInt(0x1000);
        long low = Long.MIN_VALUE | (random.nextLong() >>> 2);
        return new UUID(high, low).toString();
    }

    /** The id of the event the sender calls {@code clientId}: the same for every send of it. */
    String ofClientId(String clientId) {
        return "id." + tag + "." + escape(clientId);
    }

    /** The id of the event at {@code position} of a request sent with this {@code Idempotency-Key}. */
    String ofIdempotencyKey(String key, int position) {
        if (position < 0 || position > 9999) {
            throw new IllegalArgumentException("position " + position);
        }
        return "key." + tag + "." + escape(key) + "." + String.format("%04d", position);
    }

    /** What {@link #ofClientId} was before ordered ids: a retry of an event stored then must find it. */
    String legacyOfClientId(String clientId) {
        return legacy(sender + "\u0000id:" + clientId);
    }

    /** What {@link #ofIdempotencyKey} was before ordered ids. */
    String legacyOfIdempotencyKey(String key, int position) {
        return legacy(sender + "\u0000key:" + key + "\u0000" + position);
    }

    private static String legacy(String text) {
        return HEX.formatHex(sha256(text));
    }

    /**
     * The sender's text as it is when it is printable ASCII (what ids and keys usually are, so they keep their
     * order), any other byte of its UTF-8 and {@code %} itself as {@code %XX}: one text, one form, and nothing a
     * database index reserves (NUL, U+FFFF).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b > 0x20 && b < 0x7f && b != '%') {
                out.append((char) b);
            } else {
                out.append('%').append(HEX.toHexDigits(b));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
