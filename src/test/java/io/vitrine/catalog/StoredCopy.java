package io.vitrine.catalog;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep copies of entities, so the in-memory repositories behave like a database: what a caller changes after
 * {@code save} is not stored until it saves again, and what it reads is its own instance.
 */
final class StoredCopy {

    private StoredCopy() {
    }

    @SuppressWarnings("unchecked")
    static <T> T of(T value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(of(v)));
            return (T) copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, of(v)));
            return (T) copy;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            int n = Array.getLength(value);
            Object copy = Array.newInstance(type.getComponentType(), n);
            System.arraycopy(value, 0, copy, 0, n);
            return (T) copy;
        }
        if (!type.getName().startsWith("io.vitrine.") || type.isEnum() || type.isRecord()) {
            return value; // strings, numbers, enums and records are immutable
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object copy = constructor.newInstance();
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    f.setAccessible(true);
                    f.set(copy, of(f.get(value)));
                }
            }
            return (T) copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type, e);
        }
    }
}
