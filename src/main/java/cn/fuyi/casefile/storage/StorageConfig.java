package cn.fuyi.casefile.storage;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code fuyi.storage.*} properties: which storage holds document content, and where. */
@ConfigMapping(prefix = "fuyi.storage")
public interface StorageConfig {

    /** {@code local} (a folder) or {@code s3} (an S3-compatible object store). */
    @WithDefault("local")
    String kind();

    Local local();

    S3 s3();

    interface Local {
        /** The folder holding document content; created if missing. */
        @WithDefault("fuyi-documents")
        String folder();
    }

    interface S3 {
        /** e.g. https://minio.example:9000 */
        Optional<String> endpoint();

        @WithDefault("fuyi-documents")
        String bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Create the bucket at start when it does not exist (dev and tests; production buckets are provisioned). */
        @WithDefault("false")
        boolean createBucket();
    }
}
