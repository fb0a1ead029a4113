package io.vitrine.chat.conversation;

import java.util.Optional;

/** Where conversations are kept; always read and written by id (the embedded server has no secondary indexes). */
public interface ConversationRepository {

    Optional<Conversation> find(String id);

    Conversation save(Conversation conversation);
}
