package io.vitrine.chat.faq;

import java.util.List;
import java.util.Optional;

/** Where FAQ / policy entries are kept. */
public interface FaqRepository {

    List<FaqEntry> findAll();

    Optional<FaqEntry> find(String id);

    FaqEntry save(FaqEntry entry);

    boolean delete(String id);

    long count();
}
