package io.vitrine.platform;

import jakarta.nosql.AttributeConverter;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores an optional value as the plain value or null, as documents have always held it, so an entity record can
 * have an {@code Optional} component. The database leaves out what was never written: a record using it turns a
 * missing component into {@link Optional#empty()} with {@link #present(Optional)}. A subclass names how a stored
 * value reads back.
 */
public abstract class OptionalColumn<T> implements AttributeConverter<Optional<T>, Object> {

    private final Function<Object, T> read;

    protected OptionalColumn(Function<Object, T> read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public Object convertToDatabaseColumn(Optional<T> value) {
        return value == null ? null : value.orElse(null);
    }

    @Override
    public Optional<T> convertToEntityAttribute(Object stored) {
        return stored == null ? Optional.empty() : Optional.of(read.apply(stored));
    }

    /** The component as read: empty where the document has no such field. */
    public static <T> Optional<T> present(Optional<T> read) {
        return read == null ? Optional.empty() : read;
    }

    /** An optional string. */
    public static final class Text extends OptionalColumn<String> {

        public Text() {
            super(String.class::cast);
        }
    }

    /** An optional whole number, stored as an int32 and read back from any stored number. */
    public static final class Whole extends OptionalColumn<Integer> {

        public Whole() {
            super(stored -> ((Number) stored).intValue());
        }
    }
}
