package cn.fuyi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import cn.fuyi.support.ExternalTool;

/**
 * The Kubernetes manifests of {@code deploy/k8s}, rendered by {@code kubectl kustomize} as {@code kubectl apply -k}
 * would send them, hold together: three replicas, probes on the health endpoints, every setting the Deployment
 * reads exists, the Service and the disruption budget select its pods. No cluster is needed. ({@code kubectl apply
 * --dry-run=client} is not used: without a kubeconfig it asks a server at localhost:8080 for the API's schema,
 * which on a developer's machine is Fuyi's own dev mode.)
 */
class KubernetesManifestsTest {

    private static final Path KUSTOMIZATION = Path.of("deploy", "k8s");
    private static final Path APPLICATION_PROPERTIES = Path.of("src", "main", "resources", "application.properties");

    private static Map<String, List<JsonNode>> byKind;
    private static JsonNode deployment;
    private static JsonNode pod;
    private static JsonNode container;

    @BeforeAll
    static void render() throws IOException {
        ExternalTool.Result r = ExternalTool.of("apt-get install kubernetes-client", Duration.ofSeconds(60))
                .run(List.of("kubectl", "kustomize", KUSTOMIZATION.toString()));
        assertEquals(0, r.exitCode(), "kubectl kustomize " + KUSTOMIZATION + " failed:\n" + r.both());
        byKind = new HashMap<>();
        for (JsonNode object : new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).<JsonNode> readValues(r.stdout())
                .readAll()) {
            byKind.computeIfAbsent(object.path("kind").asText(), k -> new ArrayList<>()).add(object);
        }
        deployment = only("Deployment");
        pod = deployment.at("/spec/template/spec");
        container = only(pod.path("containers"), "container");
    }

    @Test
    void rendersTheDeploymentItsServiceBudgetSettingsAndCredentials() {
        assertEquals(Set.of("Deployment", "Service", "PodDisruptionBudget", "ConfigMap", "Secret"), byKind.keySet());
        byKind.forEach((kind, objects) -> assertEquals(kind.equals("Secret") ? 2 : 1, objects.size(),
                kind + ": the database's and the reminders' credentials are two Secrets, everything else is one object"));
    }

    @Test
    void threeReplicasOfTheImageNamedInTheKustomization() {
        assertEquals(3, deployment.at("/spec/replicas").asInt());
        assertEquals("fuyi:1.0.0", container.path("image").asText());
        assertEquals(0, deployment.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(),
                "a rollout never goes below three instances");
    }

    @Test
    void probesAskTheHealthEndpointsOnTheHttpPort() {
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals(8080, containerPort(container.path(probe).at("/httpGet/port")), probe);
        }
        JsonNode startup = container.path("startupProbe");
        assertTrue(startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt() >= 120,
                "the start, with Flyway's migrations, is given at least two minutes");
    }

    @Test
    void everyConfigMapAndSecretKeyTheContainerReadsExists() {
        List<String> checked = new ArrayList<>();
        for (JsonNode env : container.path("env")) {
            JsonNode from = env.path("valueFrom");
            if (from.has("configMapKeyRef")) {
                checked.add(keyExists("ConfigMap", from.path("configMapKeyRef")));
            } else if (from.has("secretKeyRef")) {
                checked.add(keyExists("Secret", from.path("secretKeyRef")));
            }
        }
        assertFalse(checked.isEmpty());
        assertTrue(container.path("envFrom").isMissingNode(), "settings are named one by one, so this test sees them");
    }

    @Test
    void productionSettingsAreGivenAndCredentialsComeFromTheSecret() {
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        for (String name : List.of("QUARKUS_DATASOURCE_JDBC_URL", "FUYI_ZONE", "FUYI_JWT_ISSUER", "FUYI_JWT_PUBLIC_KEY_LOCATION",
                "QUARKUS_LOG_CONSOLE_JSON_ENABLED", "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_FROM")) {
            assertTrue(env.containsKey(name) && env.get(name).at("/valueFrom/configMapKeyRef").isObject(),
                    name + " comes from the ConfigMap");
        }
        for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_MAILER_USERNAME",
                "QUARKUS_MAILER_PASSWORD", "FUYI_REMINDERS_WEBHOOK_SECRET")) {
            assertTrue(env.containsKey(name) && env.get(name).at("/valueFrom/secretKeyRef").isObject(),
                    name + " comes from the Secret");
        }
        JsonNode config = only("ConfigMap").path("data");
        assertTrue(config.path("QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:mysql://"));
        config.fieldNames().forEachRemaining(key -> assertFalse(key.contains("PASSWORD"), key + " belongs in the Secret"));
        String javaOpts = env.get("JAVA_OPTS").path("value").asText();
        assertTrue(javaOpts.contains("-XX:MaxRAMPercentage="), javaOpts);
        assertTrue(javaOpts.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"),
                "JAVA_OPTS replaces the image's, which sets the log manager: " + javaOpts);
    }

    @Test
    void memoryIsReservedAsMuchAsItIsLimited() {
        JsonNode resources = container.path("resources");
        assertTrue(resources.at("/requests/cpu").isTextual() && resources.at("/limits/cpu").isTextual(), resources.toString());
        assertEquals(resources.at("/limits/memory").asText(), resources.at("/requests/memory").asText(),
                "the JVM sizes its heap from the limit; the node must reserve all of it");
    }

    @Test
    void serviceSendsItsPortToTheContainersHttpPort() {
        JsonNode service = only("Service");
        assertSelectsThePods(service.at("/spec/selector"), "Service");
        JsonNode port = only(service.at("/spec/ports"), "service port");
        assertEquals(80, port.path("port").asInt());
        assertEquals(8080, containerPort(port.path("targetPort")));
    }

    @Test
    void disruptionBudgetKeepsTwoOfTheThreeInstances() {
        JsonNode budget = only("PodDisruptionBudget");
        assertEquals("policy/v1", budget.path("apiVersion").asText());
        assertEquals(2, budget.at("/spec/minAvailable").asInt());
        assertSelectsThePods(budget.at("/spec/selector/matchLabels"), "PodDisruptionBudget");
    }

    @Test
    void instancesAreSpreadOverNodes() {
        JsonNode byNode = null;
        for (JsonNode constraint : pod.path("topologySpreadConstraints")) {
            if (constraint.path("topologyKey").asText().equals("kubernetes.io/hostname")) {
                byNode = constraint;
            }
        }
        assertNotNull(byNode, "a topology spread constraint over kubernetes.io/hostname");
        assertEquals(1, byNode.path("maxSkew").asInt());
        assertEquals("DoNotSchedule", byNode.path("whenUnsatisfiable").asText());
        assertSelectsThePods(byNode.at("/labelSelector/matchLabels"), "topology spread constraint");
    }

    @Test
    void runsAsUser185WithAReadOnlyRootAndAWritableTmp() {
        assertEquals(185, pod.at("/securityContext/runAsUser").asInt());
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        JsonNode security = container.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean());
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("[\"ALL\"]", security.at("/capabilities/drop").toString());
        String tmpVolume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                tmpVolume = mount.path("name").asText();
            }
        }
        assertNotNull(tmpVolume, "/tmp is mounted");
        for (JsonNode volume : pod.path("volumes")) {
            if (volume.path("name").asText().equals(tmpVolume)) {
                assertTrue(volume.path("emptyDir").isObject(), "/tmp is an emptyDir");
                return;
            }
        }
        fail("no volume named " + tmpVolume);
    }

    @Test
    void requestsUnderWayFinishWithinTheGracePeriod() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertEquals("true", properties.getProperty("quarkus.shutdown.delay-enabled"));
        Duration delay = quarkusDuration(properties.getProperty("%prod.quarkus.shutdown.delay"));
        Duration timeout = quarkusDuration(properties.getProperty("%prod.quarkus.shutdown.timeout"));
        long grace = pod.path("terminationGracePeriodSeconds").asLong();
        assertTrue(delay.plus(timeout).plusSeconds(5).toSeconds() <= grace, "terminationGracePeriodSeconds " + grace
                + " leaves the JVM at least 5 s beyond the shutdown delay " + delay + " and timeout " + timeout);
    }

    @Test
    void prometheusScrapesTheMetricsEndpoint() {
        JsonNode annotations = deployment.at("/spec/template/metadata/annotations");
        assertEquals("true", annotations.path("prometheus.io/scrape").asText());
        assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());
        assertEquals("8080", annotations.path("prometheus.io/port").asText());
    }

    private static String keyExists(String kind, JsonNode ref) {
        String name = ref.path("name").asText();
        String key = ref.path("key").asText();
        JsonNode object = byKind.getOrDefault(kind, List.of()).stream()
                .filter(o -> o.at("/metadata/name").asText().equals(name)).findFirst()
                .orElseGet(() -> fail("the container reads " + kind + " " + name + ", which is not rendered"));
        assertTrue(object.path("data").has(key), kind + " " + name + " has no key " + key);
        return name + "/" + key;
    }

    private static void assertSelectsThePods(JsonNode selector, String what) {
        assertTrue(selector.isObject() && selector.size() > 0, what + " has a selector");
        JsonNode labels = deployment.at("/spec/template/metadata/labels");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(),
                what + " selects the pods by " + e.getKey()));
    }

    /** A port given by number or by the container port's name. */
    private static int containerPort(JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(port.asText())) {
                return p.path("containerPort").asInt();
            }
        }
        return fail("the container has no port named " + port.asText());
    }

    /** Quarkus's duration syntax: ISO-8601 ("PT20S") or a number with a unit ("20s"). */
    private static Duration quarkusDuration(String value) {
        assertNotNull(value, "the %prod shutdown delay and timeout are set in application.properties");
        return value.startsWith("P") ? Duration.parse(value) : Duration.parse("PT" + value.toUpperCase());
    }

    private static JsonNode only(String kind) {
        List<JsonNode> objects = byKind.getOrDefault(kind, List.of());
        assertEquals(1, objects.size(), "one " + kind + " among " + byKind.keySet());
        return objects.get(0);
    }

    private static JsonNode only(JsonNode array, String what) {
        assertEquals(1, array.size(), "one " + what + " in " + array);
        return array.get(0);
    }
}
