package io.vitrine.platform;

import jakarta.nosql.AttributeConverter;

import java.time.Instant;

/**
 * Stores an {@link Instant} as epoch milliseconds (a BSON int64), the form every Vitrine document has always used
 * for its times, so entity records can have {@code Instant} components without changing stored documents.
 */
public final class EpochMillis implements AttributeConverter<Instant, Long> {

    /** The instant as it reads back from the database: to the millisecond. */
    public static Instant of(Instant instant) {
        return Instant.ofEpochMilli(instant.toEpochMilli());
    }

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    @Override
    public Instant convertToEntityAttribute(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
