package cn.fuyi.casefile.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Document content in a local folder, one file per object, fanned out by the key's first two characters. A new
 * object is written to a temporary name and moved into place, so that a half-written file never has a key.
 */
public class LocalFolderStorage implements DocumentStorage {

    private static final String PARTIAL = ".partial";

    private final Path root;

    public LocalFolderStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the document folder " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public String put(InputStream in, long length) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(key + PARTIAL);
        try {
            long copied = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (copied != length) {
                throw new IOException("Expected " + length + " bytes, read " + copied);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public void list(Consumer<StoredObject> each) throws IOException {
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && !name.endsWith(PARTIAL)) {
                    each.accept(new StoredObject(name, Files.getLastModifiedTime(p).toInstant()));
                }
            }
        }
    }

    @Override
    public String kind() {
        return "local";
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a document key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
