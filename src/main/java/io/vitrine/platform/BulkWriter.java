package io.vitrine.platform;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.CommunicationEntity;
import org.eclipse.jnosql.databases.mongodb.communication.VitrineDocuments;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts many new documents at once: one ordered {@code insertMany} per collection and batch of {@value #BATCH}
 * (JNoSQL's own insert of a list is one round trip per document, which made the demo store's 300,000 events take a
 * minute). Entities are mapped by JNoSQL ({@link #insertAll}); a store that builds its documents itself hands them
 * over as they are made ({@link #insertDocuments}).
 */
@ApplicationScoped
public class BulkWriter {

    private static final int BATCH = 5_000;

    @Inject
    EntityConverter converter;
    @Inject
    MongoConnection mongo;

    public void insertAll(Collection<?> entities) {
        Map<String, List<Document>> byCollection = new LinkedHashMap<>();
        for (Object entity : entities) {
            CommunicationEntity mapped = converter.toCommunication(entity);
            List<Document> docs = byCollection.computeIfAbsent(mapped.name(), n -> new ArrayList<>());
            docs.add(VitrineDocuments.toDocument(mapped));
            if (docs.size() == BATCH) {
                send(mongo.database().getCollection(mapped.name()), docs);
            }
        }
        byCollection.forEach((name, docs) -> send(mongo.database().getCollection(name), docs));
    }

    /** {@code documents} into {@code collection} in their order, read as they are sent (a batch at a time in memory). */
    public static void insertDocuments(MongoCollection<Document> collection, Iterator<Document> documents) {
        List<Document> docs = new ArrayList<>();
        while (documents.hasNext()) {
            docs.add(documents.next());
            if (docs.size() == BATCH) {
                send(collection, docs);
            }
        }
        send(collection, docs);
    }

    /** Sends and empties {@code docs} (nothing when empty). */
    private static void send(MongoCollection<Document> collection, List<Document> docs) {
        if (!docs.isEmpty()) {
            collection.insertMany(docs, new InsertManyOptions().ordered(true));
            docs.clear();
        }
    }
}
