package io.vitrine.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The one place search reads MicroProfile Config: its keys become the typed {@link SearchConfig} that the
 * service builds its engine from. Keys (see the README's table): {@code vitrine.search.synonyms-file}.
 */
@ApplicationScoped
public class SearchSettings {

    @Inject
    @ConfigProperty(name = "vitrine.search.synonyms-file")
    Optional<String> synonymsFile;

    /** Read once: a record cannot be proxied, and the settings do not change while the application runs. */
    @Produces
    @Singleton
    SearchConfig config() {
        return SearchConfig.forShop(synonymsFile);
    }
}
