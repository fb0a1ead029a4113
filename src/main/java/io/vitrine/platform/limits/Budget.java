package io.vitrine.platform.limits;

/** What a budget limits; each has a {@code vitrine.limits.<key>} rate in {@link LimitsConfig}. */
public enum Budget {
    /** log-in attempts per IP (failures also lock out, see {@link LoginGuard}) */
    LOGIN("login"),
    /** accounts created per IP */
    REGISTER("register"),
    /** chat messages per IP, session or key */
    CHAT("chat"),
    /** star ratings and reviews per IP */
    RATING("rating"),
    /** photo searches per IP or key */
    PHOTO_SEARCH("photo-search"),
    /** event requests per key */
    EVENTS("events");

    private final String key;

    Budget(String key) {
        this.key = key;
    }

    /** Its name in the configuration: {@code vitrine.limits.<key>}. */
    public String key() {
        return key;
    }
}
