package cn.fuyi.casefile.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the content of case-file documents is kept: a local folder or an S3-compatible object store. Objects are
 * written once under a key the storage chooses and never changed; {@link #delete} exists only to clean up after an
 * upload whose database transaction failed.
 */
public interface DocumentStorage {

    /** Stores {@code length} bytes read from {@code in} and returns the new object's key. */
    String put(InputStream in, long length) throws IOException;

    /** The object's content, to be closed by the caller. */
    InputStream open(String key) throws IOException;

    boolean exists(String key);

    /** Removes an object left by a failed upload; nothing else deletes document content. */
    void delete(String key) throws IOException;

    /** Every stored object's key and last modification, for the orphan check. */
    void list(Consumer<StoredObject> each) throws IOException;

    /** {@code local} or {@code s3}, as configured. */
    String kind();

    /** A stored object as the orphan check sees it. */
    record StoredObject(String key, Instant lastModified) {
    }
}
