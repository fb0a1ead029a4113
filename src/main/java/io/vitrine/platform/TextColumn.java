package io.vitrine.platform;

import jakarta.nosql.AttributeConverter;

import java.util.Objects;
import java.util.function.Function;

/**
 * Stores a value type as the string documents have always held for it (a product id, a language code), so an
 * entity record can have the typed component. A subclass names the two directions in its no-argument constructor.
 */
public abstract class TextColumn<T> implements AttributeConverter<T, String> {

    private final Function<T, String> write;
    private final Function<String, T> read;

    protected TextColumn(Function<T, String> write, Function<String, T> read) {
        this.write = Objects.requireNonNull(write, "write");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        return value == null ? null : write.apply(value);
    }

    @Override
    public T convertToEntityAttribute(String text) {
        return text == null ? null : read.apply(text);
    }
}
