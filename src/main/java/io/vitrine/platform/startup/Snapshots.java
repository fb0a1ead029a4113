package io.vitrine.platform.startup;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * State a feature computed from the database and keeps across restarts (the dashboards' roll-up, search popularity),
 * saved in the same database, so it always goes with the data it was computed from: in GridFS (bucket
 * {@code snapshots}, plain collections, so the embedded server holds it as a real MongoDB does, durably like any
 * write). One name keeps its newest snapshot. A snapshot is gzipped data behind a header (its name and the
 * feature's format number) and ends with a marker: another format (a changed shape), a torn or foreign one reads as
 * absent, and the feature computes its state from scratch. GridFS makes an upload visible only once whole.
 */
public class Snapshots {

    /** What a feature writes into, and reads back from, its snapshot. */
    public interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    public interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    static final String BUCKET = "snapshots";
    private static final int MAGIC = 0x56534E31; // "VSN1"
    private static final int END = 0x454E4421;   // "END!"
    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    private final GridFSBucket bucket;

    public Snapshots(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
    }

    /** Saves a new snapshot under {@code name} in {@code format}; the older ones of that name go once it is stored. */
    public void save(String name, int format, Writer writer) throws IOException {
        List<GridFSFile> older = uploads(name);
        GridFSUploadStream upload = bucket.openUploadStream(name,
                new GridFSUploadOptions().metadata(new Document("format", format)));
        try {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(upload, 1 << 16), 1 << 16));
            out.writeInt(MAGIC);
            out.writeUTF(name);
            out.writeInt(format);
            writer.write(out);
            out.writeInt(END);
            out.close(); // finishes the gzip stream and the upload: the snapshot is stored whole
        } catch (IOException | RuntimeException e) {
            try {
                upload.abort(); // its chunks go: nothing of a half snapshot stays
            } catch (RuntimeException closedAlready) {
                e.addSuppressed(closedAlready);
            }
            throw e;
        }
        older.forEach(f -> bucket.delete(f.getId()));
    }

    /** The newest snapshot of {@code name} in {@code format}; empty when there is none or it does not read. */
    public <T> Optional<T> load(String name, int format, Reader<T> reader) {
        GridFSFile newest = bucket.find(Filters.eq("filename", name)).sort(Sorts.descending("uploadDate", "_id")).first();
        if (newest == null) {
            return Optional.empty();
        }
        try (InputStream stored = bucket.openDownloadStream(newest.getId());
             DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stored, 1 << 16), 1 << 16))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(name)) {
                LOG.warning(() -> "snapshot " + name + " is not one: computed again");
                return Optional.empty();
            }
            int saved = in.readInt();
            if (saved != format) {
                LOG.info(() -> "snapshot " + name + " has format " + saved + ", not " + format + ": computed again");
                return Optional.empty();
            }
            T value = reader.read(in);
            if (in.readInt() != END) {
                LOG.warning(() -> "snapshot " + name + " does not end where its format says: computed again");
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "snapshot " + name + " does not read (" + e + "): computed again");
            return Optional.empty();
        }
    }

    public void delete(String name) {
        uploads(name).forEach(f -> bucket.delete(f.getId()));
    }

    private List<GridFSFile> uploads(String name) {
        return bucket.find(Filters.eq("filename", name)).into(new ArrayList<>());
    }
}
