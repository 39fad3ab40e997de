package cn.fuyi.casefile;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real S3 protocol server (s3proxy over jclouds' in-memory blob store) for the S3 storage tests. */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {

    private static final String ACCESS_KEY = "fuyi-test";
    private static final String SECRET_KEY = "fuyi-test-secret";

    private S3Proxy proxy;
    private BlobStoreContext context;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            context = ContextBuilder.newBuilder("transient").credentials("unused", "unused").build(BlobStoreContext.class);
            proxy = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
            proxy.start();
            return Map.of("fuyi.storage.kind", "s3", "fuyi.storage.s3.endpoint", "http://127.0.0.1:" + proxy.getPort(),
                    "fuyi.storage.s3.bucket", "fuyi-test-documents", "fuyi.storage.s3.access-key", ACCESS_KEY,
                    "fuyi.storage.s3.secret-key", SECRET_KEY, "fuyi.storage.s3.create-bucket", "true");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.stop();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }
}
