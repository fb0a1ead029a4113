package io.vitrine.chat.conversation;

import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;

/** {@link ConversationRepository} on MongoDB through JNoSQL (collection {@code chat_conversations}). */
@ApplicationScoped
public class MongoConversationRepository extends MongoStore<Conversation> implements ConversationRepository {

    public MongoConversationRepository() {
        super(Conversation.class, Conversation::id);
    }
}
