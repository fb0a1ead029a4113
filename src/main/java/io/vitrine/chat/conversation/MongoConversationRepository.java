package io.vitrine.chat.conversation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.vitrine.platform.MongoStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.databases.mongodb.communication.VitrineDocuments;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

/** {@link ConversationRepository} on MongoDB through JNoSQL (collection {@code chat_conversations}). */
@ApplicationScoped
public class MongoConversationRepository extends MongoStore<Conversation> implements ConversationRepository {

    @Inject
    EntityConverter converter;

    /** The collection, looked up once: the client's database and collection objects were built again on every message. */
    private volatile MongoCollection<Document> conversations;

    public MongoConversationRepository() {
        super(Conversation.class, Conversation::id);
    }

    /**
     * One write per chat message, without the look-up of {@link MongoStore#save}: a conversation started in this
     * request is inserted, one read from the database is replaced. The document is JNoSQL's, written on the driver
     * (the same client and write concern, so the same wait for the disk): the template's insert and update map the
     * stored document back into a new entity, and its update is a find-and-replace that returns the old document,
     * 11 of the store's 53 samples in main's chat profile, for a result nothing reads.
     */
    @Override
    public Conversation save(Conversation conversation) {
        Document doc = VitrineDocuments.toDocument(converter.toCommunication(conversation));
        MongoCollection<Document> collection = conversations;
        if (collection == null) {
            collection = connection.database().getCollection(collection());
            conversations = collection;
        }
        if (conversation.isUnsaved()) {
            collection.insertOne(doc);
        } else {
            collection.replaceOne(Filters.eq("_id", conversation.id()), doc);
        }
        conversation.stored();
        return conversation;
    }
}
