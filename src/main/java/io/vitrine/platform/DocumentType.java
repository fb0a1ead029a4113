package io.vitrine.platform;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded server's collections: a document is stored as BSON (the server's own encoder and
 * decoder, the form it arrived in; {@link TaggedObjectType}), everything else, and a document that BSON would not
 * give back equal, as H2's {@link ObjectDataType} stores it: by Java serialisation.
 *
 * <p>mongo-java-server stores documents with H2's default type, one {@code ObjectOutputStream} per document, and
 * MVStore writes a whole page (a few dozen documents) each time one of them changes: that serialisation was most of
 * what a durable insert cost, and reading a page back ran an {@code ObjectInputStream} per document. BSON is written
 * after its own tag, {@link #BSON}, a byte H2 never writes first (its tags are 0 to 127); any other first byte is
 * read by H2 as before, so files written before stay readable and their pages move to BSON as they are rewritten.
 * The reverse does not hold: a file written with this type needs it (the library's own H2 backend cannot read it).
 */
final class DocumentType extends TaggedObjectType {

    /** The first byte of a document stored as BSON. */
    static final byte BSON = (byte) 0xB5;

    /** Estimated heap bytes of a document, from the sizes written (H2 sizes pages by it). */
    private volatile int averageMemory = 1024;

    DocumentType() {
        super(BSON);
    }

    @Override
    byte[] encode(Object value) {
        if (!(value instanceof Document d)) {
            return null;
        }
        byte[] bson = bson(d);
        if (bson != null) {
            averageMemory = (bson.length * 3 + 15 * averageMemory) / 16;
        }
        return bson;
    }

    @Override
    Object decode(byte[] form) {
        return document(form);
    }

    @Override
    public int getMemory(Object obj) {
        return obj instanceof Document ? averageMemory : super.getMemory(obj);
    }

    /** The document as BSON, or null when BSON would not give it back equal (it then stays Java-serialised). */
    static byte[] bson(Document d) {
        ByteBuf out = Unpooled.buffer(512);
        try {
            BsonEncoder.encodeDocument(d, out);
            byte[] bson = ByteBufUtil.getBytes(out);
            return d.equals(document(bson)) ? bson : null;
        } catch (RuntimeException notBson) {
            return null;
        } finally {
            out.release();
        }
    }

    static Document document(byte[] bson) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }
}
