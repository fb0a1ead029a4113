package io.vitrine.platform;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBeanAttributes;

/**
 * Vetoes JNoSQL's {@code @Dependent} producer of the MongoDB document manager (one new MongoClient per template
 * call), so that {@link MongoConnection}'s single manager is the only one.
 */
public class JNoSqlManagerVeto implements Extension {

    static final String SUPPLIER = "org.eclipse.jnosql.databases.mongodb.mapping.DocumentManagerSupplier";

    <T> void veto(@Observes ProcessBeanAttributes<T> event) {
        if (event.getAnnotated() instanceof AnnotatedMethod<?> method
                && method.getDeclaringType().getJavaClass().getName().equals(SUPPLIER)) {
            event.veto();
        }
    }
}
