package cn.fuyi.casefile.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import java.util.function.Consumer;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;

/** Document content in a bucket of an S3-compatible object store (MinIO or any S3 service), through the MinIO SDK. */
public class S3Storage implements DocumentStorage {

    private static final String PREFIX = "documents/";

    private final MinioClient client;
    private final String bucket;

    public S3Storage(StorageConfig.S3 config) {
        String endpoint = config.endpoint()
                .orElseThrow(() -> new IllegalStateException("fuyi.storage.s3.endpoint must be set when fuyi.storage.kind=s3"));
        MinioClient.Builder b = MinioClient.builder().endpoint(endpoint).region(config.region());
        if (config.accessKey().isPresent()) {
            b.credentials(config.accessKey().get(), config.secretKey().orElse(""));
        }
        this.client = b.build();
        this.bucket = config.bucket();
        if (config.createBucket()) {
            try {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                }
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the bucket " + bucket + " at " + endpoint, e);
            }
        }
    }

    @Override
    public String put(InputStream in, long length) throws IOException {
        String key = UUID.randomUUID().toString();
        try {
            // a known length lets the SDK stream in parts without buffering the whole object
            client.putObject(PutObjectArgs.builder().bucket(bucket).object(PREFIX + key).stream(in, length, -1)
                    .contentType("application/octet-stream").build());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("S3 put of " + key + " failed", e);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(bucket).object(PREFIX + key).build());
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("S3 get of " + key + " failed", e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(PREFIX + key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NoSuchObject".equals(e.errorResponse().code())) {
                return false;
            }
            throw new IllegalStateException("S3 stat of " + key + " failed", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3 stat of " + key + " failed", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(PREFIX + key).build());
        } catch (Exception e) {
            throw new IOException("S3 delete of " + key + " failed", e);
        }
    }

    @Override
    public void list(Consumer<StoredObject> each) throws IOException {
        try {
            for (Result<Item> r : client.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(PREFIX).recursive(true).build())) {
                Item item = r.get();
                each.accept(new StoredObject(item.objectName().substring(PREFIX.length()),
                        item.lastModified() == null ? null : item.lastModified().toInstant()));
            }
        } catch (Exception e) {
            throw new IOException("S3 listing of " + bucket + " failed", e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }
}
