package cn.fuyi.casefile.storage;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the one {@link DocumentStorage} that {@code fuyi.storage.kind} selects. */
@ApplicationScoped
public class StorageProducer {

    @Produces
    @ApplicationScoped
    DocumentStorage storage(StorageConfig config) {
        return switch (config.kind()) {
            case "local" -> new LocalFolderStorage(Path.of(config.local().folder()));
            case "s3" -> new S3Storage(config.s3());
            default -> throw new IllegalStateException("fuyi.storage.kind must be local or s3, not " + config.kind());
        };
    }
}
