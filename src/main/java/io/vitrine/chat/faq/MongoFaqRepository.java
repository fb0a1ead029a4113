package io.vitrine.chat.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.communication.semistructured.SelectQuery;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.List;
import java.util.Optional;

/** {@link FaqRepository} on MongoDB through JNoSQL (collection {@code chat_faq}, a few dozen documents). */
@ApplicationScoped
public class MongoFaqRepository implements FaqRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public List<FaqEntry> findAll() {
        return template.<FaqEntry>select(SelectQuery.builder().from("chat_faq").build()).toList();
    }

    @Override
    public Optional<FaqEntry> find(String id) {
        return template.find(FaqEntry.class, id);
    }

    @Override
    public FaqEntry save(FaqEntry entry) {
        return find(entry.id()).isPresent() ? template.update(entry) : template.insert(entry);
    }

    @Override
    public boolean delete(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        template.delete(FaqEntry.class, id);
        return true;
    }

    @Override
    public long count() {
        return template.count(FaqEntry.class);
    }
}
