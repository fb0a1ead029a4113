package io.vitrine.platform;

import java.util.List;

/** A CDI event that keeps what is fired (plain tests of services that fire events, in any feature). */
public record RecordingEvent<T>(List<T> fired) implements jakarta.enterprise.event.Event<T> {
    @Override
    public void fire(T event) {
        fired.add(event);
    }

    @Override
    public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> java.util.concurrent.CompletionStage<U> fireAsync(U event, jakarta.enterprise.event.NotificationOptions options) {
        throw new UnsupportedOperationException();
    }

    @Override
    public jakarta.enterprise.event.Event<T> select(java.lang.annotation.Annotation... qualifiers) {
        return this;
    }

    @Override
    public <U extends T> jakarta.enterprise.event.Event<U> select(Class<U> subtype, java.lang.annotation.Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> jakarta.enterprise.event.Event<U> select(jakarta.enterprise.util.TypeLiteral<U> subtype,
                                                               java.lang.annotation.Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }
}
