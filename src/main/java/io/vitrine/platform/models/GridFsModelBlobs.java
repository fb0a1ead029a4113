package io.vitrine.platform.models;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.vitrine.platform.DurableFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link ModelBlobs} in MongoDB GridFS (bucket {@code models}: collections {@code models.files} and
 * {@code models.chunks}, plain collections, so the embedded server holds them too). A name keeps only its newest
 * upload; a download lands under a temporary name and is moved into place, so a reader never sees half a file.
 */
public final class GridFsModelBlobs implements ModelBlobs {

    static final String BUCKET = "models";

    private final GridFSBucket bucket;

    public GridFsModelBlobs(MongoDatabase database) {
        this.bucket = GridFSBuckets.create(database, BUCKET);
    }

    @Override
    public void put(String name, Path file) throws IOException {
        List<GridFSFile> older = uploads(name);
        try (InputStream in = Files.newInputStream(file)) {
            bucket.uploadFromStream(name, in);
        }
        older.forEach(f -> bucket.delete(f.getId()));
    }

    @Override
    public boolean get(String name, Path target) throws IOException {
        GridFSFile newest = bucket.find(Filters.eq("filename", name)).sort(Sorts.descending("uploadDate")).first();
        if (newest == null) {
            return false;
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                bucket.downloadToStream(newest.getId(), out);
            }
            DurableFiles.install(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }

    @Override
    public List<String> names(String prefix) {
        TreeSet<String> names = new TreeSet<>();
        bucket.find(Filters.regex("filename", "^" + prefix.replaceAll("[^A-Za-z0-9_/-]", "\\\\$0"))).forEach(f -> names.add(f.getFilename()));
        return List.copyOf(names);
    }

    @Override
    public void delete(String name) {
        uploads(name).forEach(f -> bucket.delete(f.getId()));
    }

    private List<GridFSFile> uploads(String name) {
        return bucket.find(Filters.eq("filename", name)).into(new ArrayList<>());
    }
}
