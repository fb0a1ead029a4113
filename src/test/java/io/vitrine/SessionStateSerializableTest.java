package io.vitrine;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web session is {@code <distributable/>}: a shopper whose node dies keeps cart, comparison, chat and log-in on
 * another node only if every session-scoped bean travels. Each one found on the class path must be Serializable,
 * hold only serializable state (services it injects are CDI proxies, which travel; anything else must serialize or
 * be a transient cache), never inject into a transient field (it would be null on the other node: injection happens
 * once, when the bean is created), and survive a round trip through Java serialization, as Payara's Hazelcast
 * session store does it.
 */
class SessionStateSerializableTest {

    /** Scopes whose injected beans come as serializable client proxies rather than the beans themselves. */
    private static final Set<Class<? extends Annotation>> PROXIED = Set.of(ApplicationScoped.class, SessionScoped.class,
            RequestScoped.class, jakarta.faces.view.ViewScoped.class);

    private static final com.tngtech.archunit.core.domain.JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages("io.vitrine");

    static List<Class<?>> scoped(Class<? extends Annotation> scope) {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (c.isAnnotatedWith(scope)) {
                out.add(c.reflect());
            }
        }
        return out;
    }

    @Test
    void everySessionScopedBeanSerializesWithOnlySerializableState() throws Exception {
        List<Class<?>> beans = scoped(SessionScoped.class);
        assertTrue(beans.size() >= 5, "cart, shopper, comparison, chat widget, language: " + beans);
        assertEquals(List.of(), problems(beans));
    }

    /** A view's state lives in the session too (JSF keeps view-scoped beans there), so it moves with it. */
    @Test
    void everyViewScopedBeanSerializesWithOnlySerializableState() throws Exception {
        List<Class<?>> beans = scoped(jakarta.faces.view.ViewScoped.class);
        assertTrue(beans.size() >= 7, "the seller and admin pages' views: " + beans);
        assertEquals(List.of(), problems(beans));
    }

    private static List<String> problems(List<Class<?>> beans) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
                continue;
            }
            Object instance = newInstance(bean);
            for (Class<?> c = bean; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    problem(f, instance).ifPresent(problems::add);
                }
            }
            Object back = roundTrip(instance);
            assertEquals(bean, back.getClass());
        }
        return problems;
    }

    private static java.util.Optional<String> problem(Field f, Object instance) throws IllegalAccessException {
        int modifiers = f.getModifiers();
        String where = f.getDeclaringClass().getSimpleName() + "." + f.getName();
        if (Modifier.isTransient(modifiers) && f.isAnnotationPresent(Inject.class)) {
            return java.util.Optional.of(where + " is injected but transient: null once the session moved to another node");
        }
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || f.isSynthetic()) {
            return java.util.Optional.empty();
        }
        if (f.isAnnotationPresent(Inject.class)) {
            Class<?> type = f.getType();
            boolean proxied = PROXIED.stream().anyMatch(type::isAnnotationPresent)
                    || type.isInterface() && !implementations(type).isEmpty()
                    && implementations(type).stream().allMatch(c -> PROXIED.stream().anyMatch(c::isAnnotationPresent));
            return proxied || Serializable.class.isAssignableFrom(type) ? java.util.Optional.empty()
                    : java.util.Optional.of(where + " injects " + type.getName() + ", which is neither a normal-scoped bean "
                    + "(a serializable proxy) nor Serializable: mark it transient or inject a scoped bean");
        }
        f.setAccessible(true);
        Object value = f.get(instance);
        if (f.getType().isPrimitive() || value == null && !isFinalUnserializable(f.getType()) || value instanceof Serializable) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(where + " holds a " + (value == null ? f.getType() : value.getClass()).getName()
                + ", which does not serialize: mark it transient (a cache) or keep serializable values");
    }

    /** The shop's bean classes implementing an injected interface (CDI resolves the interface to one of them). */
    private static List<Class<?>> implementations(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        for (JavaClass c : CLASSES) {
            if (!c.isInterface() && c.isAssignableTo(type) && !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT)) {
                out.add(c.reflect());
            }
        }
        return out;
    }

    private static boolean isFinalUnserializable(Class<?> type) {
        return Modifier.isFinal(type.getModifiers()) && !Serializable.class.isAssignableFrom(type);
    }

    private static Object newInstance(Class<?> bean) throws ReflectiveOperationException {
        Constructor<?> constructor = bean.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    private static Object roundTrip(Object instance) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(instance);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
