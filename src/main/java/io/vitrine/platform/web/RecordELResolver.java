package io.vitrine.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's components as EL properties, {@code #{card.name}} for {@code record ProductCard(String name, ...)},
 * and answers a call of a component's accessor, {@code #{item.reason()}}, the same way. Jakarta EL 5 (this server's)
 * knows JavaBean getters only, so pages read records by calling the accessor, and EL looks a called method up in a copy
 * of {@code Class.getMethods()} on every call: tens of microseconds a product card. Here the accessors are looked up once
 * per record class (EL 6 brings a resolver like this one). Only public records (and public enclosing classes) are read,
 * as EL reads public beans only; the properties are read-only; anything else goes on to the next resolver.
 * Registered in faces-config.xml.
 */
public class RecordELResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                if (!Modifier.isPublic(c.getModifiers())) {
                    return Map.of();
                }
            }
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                byName.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(byName);
        }
    };

    /** The accessor of {@code base}'s component {@code property}, or null when this resolver does not read it. */
    static Method accessor(Object base, Object property) {
        return base instanceof Record && property instanceof String name ? ACCESSORS.get(base.getClass()).get(name) : null;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return read(accessor, base);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        boolean noArguments = (params == null || params.length == 0) && (paramTypes == null || paramTypes.length == 0);
        Method accessor = noArguments ? accessor(base, method) : null;
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, method);
        return read(accessor, base);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only: no type to set
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            throw new PropertyNotWritableException("a record's components cannot be set: " + property);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    /** Tools' descriptors (deprecated in EL 5, gone in EL 6): none. */
    @SuppressWarnings("deprecation")
    public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    private static Object read(Method accessor, Object base) {
        try {
            return accessor.invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }
}
