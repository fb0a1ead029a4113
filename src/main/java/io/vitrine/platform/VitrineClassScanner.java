package io.vitrine.platform;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.data.repository.DataRepository;
import jakarta.data.repository.Repository;
import jakarta.nosql.Embeddable;
import jakarta.nosql.Entity;
import org.eclipse.jnosql.mapping.metadata.ClassScanner;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * JNoSQL's default scanner walks the whole class path, which inside Payara means the entire runtime (about ten
 * seconds per deploy). This one only looks at {@code io.vitrine}. Registered through
 * {@code META-INF/services}, found before JNoSQL's own because WEB-INF/classes comes first.
 */
public final class VitrineClassScanner implements ClassScanner {

    private final Set<Class<?>> entities;
    private final Set<Class<?>> embeddables;
    private final Set<Class<?>> repositories;

    public VitrineClassScanner() {
        ClassLoader loader = VitrineClassScanner.class.getClassLoader();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .overrideClassLoaders(loader).ignoreParentClassLoaders()
                .acceptPackages("io.vitrine").scan()) {
            entities = Set.copyOf(scan.getClassesWithAnnotation(Entity.class).loadClasses());
            embeddables = Set.copyOf(scan.getClassesWithAnnotation(Embeddable.class).loadClasses());
            repositories = Set.copyOf(scan.getClassesWithAnnotation(Repository.class).getInterfaces().loadClasses());
        }
    }

    @Override
    public Set<Class<?>> entities() {
        return entities;
    }

    @Override
    public Set<Class<?>> repositories() {
        return repositories;
    }

    @Override
    public Set<Class<?>> embeddables() {
        return embeddables;
    }

    @Override
    public <T extends DataRepository<?, ?>> Set<Class<?>> repositories(Class<T> filter) {
        return repositories.stream().filter(filter::isAssignableFrom).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Class<?>> repositoriesStandard() {
        return repositories.stream().filter(DataRepository.class::isAssignableFrom).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<Class<?>> customRepositories() {
        return repositories.stream().filter(r -> !DataRepository.class.isAssignableFrom(r)).collect(Collectors.toUnmodifiableSet());
    }
}
