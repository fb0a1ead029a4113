package io.vitrine.chat.faq;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link FaqRepository} on MongoDB through JNoSQL (collection {@code chat_faq}, a few dozen documents). */
@ApplicationScoped
public class MongoFaqRepository extends MongoStore<FaqEntry> implements FaqRepository {

    public MongoFaqRepository() {
        super(FaqEntry.class, FaqEntry::id);
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
