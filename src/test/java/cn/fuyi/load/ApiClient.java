package cn.fuyi.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain JSON calls for setting up reference data and for the reconciliation, outside the measured traffic. */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String token;

    ApiClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    record Reply(int status, JsonNode json, String text) {
    }

    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    Reply post(String path, Object body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** The JSON of an answer that must have the given status. */
    JsonNode expect(int status, Reply r, String what) {
        if (r.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + r.status() + " " + r.text());
        }
        return r.json();
    }

    private Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(b.timeout(Duration.ofMinutes(10)).header("Authorization", token)
                .header("Content-Type", "application/json").header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && !r.body().isEmpty()) {
            json = JSON.readTree(r.body());
        }
        return new Reply(r.statusCode(), json, r.body());
    }
}
