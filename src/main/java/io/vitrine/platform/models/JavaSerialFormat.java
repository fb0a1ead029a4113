package io.vitrine.platform.models;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToLongFunction;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A model as one gzipped Java-serialized object. Reading accepts only the classes of an allow-list (an
 * {@link ObjectInputFilter}): the model's own package plus the JDK collections, boxes and time types inside it. A
 * foreign or corrupt file is refused, never executed; a model saved under another version's name is refused too.
 */
public final class JavaSerialFormat<M> implements ModelFormat<M> {

    private static final Logger LOG = Logger.getLogger(JavaSerialFormat.class.getName());
    private static final String JDK = "java.util.*;java.time.*;java.lang.String;java.lang.Enum;java.lang.Object;"
            + "java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Float;java.lang.Double;java.lang.Record;";

    private final Class<M> type;
    private final ObjectInputFilter allowed;
    private final ToLongFunction<M> versionOf;

    /**
     * @param modelPackages the model's classes as filter patterns, e.g. {@code io.vitrine.recommend.*}
     * @param versionOf     the version a model carries, checked against the file's
     */
    public JavaSerialFormat(Class<M> type, String modelPackages, ToLongFunction<M> versionOf) {
        this.type = type;
        this.allowed = ObjectInputFilter.Config.createFilter("maxdepth=64;" + modelPackages + ";" + JDK + "!*");
        this.versionOf = versionOf;
    }

    @Override
    public void write(M model, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16));
             ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(model);
        }
    }

    @Override
    public M read(Path file, long version) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16));
             ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(info -> {
                ObjectInputFilter.Status status = allowed.checkInput(info);
                if (status == ObjectInputFilter.Status.REJECTED) {
                    LOG.warning(() -> file + " holds " + info.serialClass() + ", which a model never does: refused");
                }
                return status;
            });
            Object read = objects.readObject();
            if (!type.isInstance(read) || versionOf.applyAsLong(type.cast(read)) != version) {
                throw new IOException(file + " does not hold model version " + version);
            }
            return type.cast(read);
        } catch (InvalidClassException e) {
            throw new IOException(file + " was written by another version of Vitrine (" + e.getMessage() + ")", e);
        } catch (ClassNotFoundException e) {
            throw new IOException(file + " holds an unknown class", e);
        }
    }
}
