package cn.fuyi.reminder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts a reminder as JSON to the recipient's gateway URL (a bureau's SMS or WeChat-work bridge). The body is signed:
 * header {@code X-Fuyi-Signature: sha256=<hex HMAC-SHA256 of the body with the configured secret>}; header
 * {@code X-Fuyi-Delivery} carries the reminder id, the same on every retry, so the gateway can drop a repeat.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE_HEADER = "X-Fuyi-Signature";
    public static final String DELIVERY_HEADER = "X-Fuyi-Delivery";

    @Inject
    ReminderConfig config;
    @Inject
    ObjectMapper json;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).build();

    void send(Reminder r, ReminderPreference to) throws DeliveryException {
        if (to == null || to.webhookUrl == null || to.webhookUrl.isBlank()) {
            throw new DeliveryException("no webhook URL in the recipient's preferences", true);
        }
        String secret = config.webhook().secret().filter(s -> !s.isBlank())
                .orElseThrow(() -> new DeliveryException("fuyi.reminders.webhook.secret is not configured", false));
        byte[] body = payload(r);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(to.webhookUrl)).timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(SIGNATURE_HEADER, "sha256=" + sign(secret, body))
                    .header(DELIVERY_HEADER, Long.toString(r.id))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            throw new DeliveryException("invalid webhook URL: " + e.getMessage(), true);
        }
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryException("webhook answered HTTP " + response.statusCode(), false);
            }
        } catch (java.io.IOException e) {
            throw new DeliveryException("webhook: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("webhook: interrupted", false);
        }
    }

    private byte[] payload(Reminder r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id);
        m.put("recipient", r.recipient);
        m.put("point", r.point.name());
        m.put("subjectType", r.subjectType);
        m.put("subjectId", r.subjectId);
        m.put("reference", r.reference);
        m.put("deadlineKind", r.deadlineKind);
        m.put("dueDate", r.dueDate.toString());
        m.put("title", r.title);
        m.put("text", r.body);
        try {
            return json.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex HMAC-SHA256 of {@code body} under {@code secret}: what the gateway recomputes to check the header. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
