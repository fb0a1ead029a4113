package io.vitrine.chat.conversation;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link ConversationRepository} on MongoDB through JNoSQL (collection {@code chat_conversations}). */
@ApplicationScoped
public class MongoConversationRepository extends MongoStore<Conversation> implements ConversationRepository {

    public MongoConversationRepository() {
        super(Conversation.class, Conversation::id);
    }

    /**
     * One write per chat message, without the look-up of {@link MongoStore#save}: a conversation started in this
     * request is inserted, one read from the database is replaced.
     */
    @Override
    public Conversation save(Conversation conversation) {
        Conversation out = conversation.isUnsaved() ? template.insert(conversation) : template.update(conversation);
        conversation.stored();
        return out;
    }
}
