package org.eclipse.jnosql.databases.mongodb.communication;

import org.bson.Document;
import org.eclipse.jnosql.communication.semistructured.CommunicationEntity;

/**
 * Vitrine's bridge to JNoSQL's own entity-to-BSON conversion, which is package-private. Living in the same package
 * (and the same web-application class loader) lets bulk writes build exactly the documents JNoSQL would, then send
 * them with one {@code insertMany} instead of one round trip per document.
 */
public final class VitrineDocuments {

    private VitrineDocuments() {
    }

    public static Document toDocument(CommunicationEntity entity) {
        return MongoDBUtils.getDocument(entity);
    }
}
