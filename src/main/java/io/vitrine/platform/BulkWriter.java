package io.vitrine.platform;

import com.mongodb.client.model.InsertManyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.CommunicationEntity;
import org.eclipse.jnosql.databases.mongodb.communication.VitrineDocuments;
import org.eclipse.jnosql.mapping.semistructured.EntityConverter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts many new entities at once: JNoSQL maps each entity to its document, then one {@code insertMany} per
 * collection and batch sends them (JNoSQL's own insert of a list is one round trip per document, which made the
 * demo store's 300,000 events take a minute).
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
                flush(mapped.name(), docs);
            }
        }
        byCollection.forEach(this::flush);
    }

    private void flush(String collection, List<Document> docs) {
        if (!docs.isEmpty()) {
            mongo.database().getCollection(collection).insertMany(docs, new InsertManyOptions().ordered(true));
            docs.clear();
        }
    }
}
