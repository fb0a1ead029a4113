package io.vitrine.chat.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.jnosql.databases.mongodb.mapping.MongoDBTemplate;

import java.util.Optional;

/** {@link ConversationRepository} on MongoDB through JNoSQL (collection {@code chat_conversations}). */
@ApplicationScoped
public class MongoConversationRepository implements ConversationRepository {

    @Inject
    MongoDBTemplate template;

    @Override
    public Optional<Conversation> find(String id) {
        return template.find(Conversation.class, id);
    }

    @Override
    public Conversation save(Conversation conversation) {
        return find(conversation.id()).isPresent() ? template.update(conversation) : template.insert(conversation);
    }
}
