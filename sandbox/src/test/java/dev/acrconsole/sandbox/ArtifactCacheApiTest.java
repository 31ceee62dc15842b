package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cache rules and credential sets, as a client sees them over HTTPS: the sample, the LROs, ARM's refusals. */
class ArtifactCacheApiTest {

    private static final String V = "?api-version=2025-11-01";
    private static SandboxServer server;
    private static TestClient client;
    private static String registry;
    private static String registryId;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withPageSize(100)
                .withOperationDuration(Duration.ofMillis(100)).withRetryAfterSeconds(0));
        client = new TestClient(server);
        registry = client.registryPath(CacheSample.REGISTRY);
        registryId = "/" + registry;
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<JsonNode> list(String collection, String version) {
        HttpResponse<String> answer = client.get(registry + "/" + collection + "?api-version=" + version);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> out = new ArrayList<>();
        TestClient.json(answer).path("value").forEach(out::add);
        return out;
    }

    private static String set(String name) {
        return registryId + "/credentialSets/" + name;
    }

    private static String rule(String source, String target, String credentialSet) {
        return "{\"properties\":{\"sourceRepository\":\"" + source + "\",\"targetRepository\":\"" + target + "\""
                + (credentialSet == null ? "" : ",\"credentialSetResourceId\":\"" + set(credentialSet) + "\"") + "}}";
    }

    private static String credentialSet(String loginServer, String user, String password) {
        return "{\"identity\":{\"type\":\"systemassigned\"},\"properties\":{\"loginServer\":\"" + loginServer + "\","
                + "\"authCredentials\":[{\"name\":\"credential1\",\"usernameSecretIdentifier\":\"" + user + "\","
                + "\"passwordSecretIdentifier\":\"" + password + "\"}]}}";
    }

    @Test
    void theSampleHasAHealthySetAnUnhealthyOneAndRulesUsingEachInEveryPublishedVersion() {
        assertThat(server.cache().credentialSets()).extracting(CacheSample.CredentialSet::name)
                .containsExactly("dockerhub-creds", "ghcr-creds");
        for (String version : ApiVersions.CACHE_RULES.supported()) {
            assertThat(list("cacheRules", version)).extracting(n -> n.path("name").asText())
                    .contains("nginx-cache", "ghcr-actions-runner", "mcr-dotnet");
            assertThat(list("credentialSets", version)).extracting(n -> n.path("name").asText())
                    .contains("dockerhub-creds", "ghcr-creds");
        }
        JsonNode ghcr = TestClient.json(client.get(registry + "/credentialSets/ghcr-creds" + V));
        JsonNode health = ghcr.at("/properties/authCredentials/0/credentialHealth");
        assertThat(health.path("status").asText()).isEqualTo("Unhealthy");
        assertThat(health.path("errorCode").asText()).isEqualTo(CacheSample.SECRET_NOT_FOUND);
        assertThat(ghcr.at("/identity/principalId").asText()).isNotBlank();
        JsonNode hub = TestClient.json(client.get(registry + "/credentialSets/dockerhub-creds" + V));
        assertThat(hub.at("/properties/authCredentials/0/credentialHealth/status").asText()).isEqualTo("Healthy");
        JsonNode runner = TestClient.json(client.get(registry + "/cacheRules/ghcr-actions-runner" + V));
        assertThat(runner.at("/properties/credentialSetResourceId").asText()).isEqualToIgnoringCase(set("ghcr-creds"));
    }

    @Test
    void createUpdateAndDeleteAreLongRunningAndEndInTheNewState() throws Exception {
        JsonNode made = client.putAndWait(registry + "/credentialSets/quay-creds" + V, credentialSet("quay.io",
                "https://kv-one.vault.azure.net/secrets/quay-user", "https://kv-one.vault.azure.net/secrets/quay-pass"));
        assertThat(made.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(made.at("/properties/authCredentials/0/name").asText()).isEqualTo("Credential1");
        assertThat(made.at("/identity/type").asText()).isEqualTo("SystemAssigned");

        HttpResponse<String> put = client.send("PUT", registry + "/cacheRules/quay-prom" + V,
                rule("quay.io/prometheus/prometheus", "quay/prometheus", "quay-creds"));
        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(TestClient.json(put).at("/properties/provisioningState").asText()).isEqualTo("Creating");
        assertThat(client.pollStatus(put.headers().firstValue("Azure-AsyncOperation").orElseThrow()).path("status").asText())
                .isEqualTo("Succeeded");

        HttpResponse<String> patch = client.send("PATCH", registry + "/cacheRules/quay-prom" + V,
                "{\"properties\":{\"credentialSetResourceId\":\"" + set("dockerhub-creds") + "\"}}");
        assertThat(patch.statusCode()).isEqualTo(200);
        client.pollStatus(patch.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertThat(TestClient.json(client.get(registry + "/cacheRules/quay-prom" + V)).at("/properties/credentialSetResourceId")
                .asText()).endsWith("/dockerhub-creds");

        HttpResponse<String> delete = client.send("DELETE", registry + "/cacheRules/quay-prom" + V, null);
        assertThat(delete.statusCode()).isEqualTo(202);
        assertThat(delete.headers().firstValue("Location")).isPresent();
    }

    @Test
    void aRuleNamingACredentialSetThatDoesNotExistIsRefused() {
        HttpResponse<String> answer = client.send("PUT", registry + "/cacheRules/no-such-set" + V,
                rule("docker.io/library/redis", "docker/redis", "nosuchset"));
        TestClient.assertArmError(answer, 400, "InvalidParameter");
        assertThat(answer.body()).contains("nosuchset");
        assertThat(client.get(registry + "/cacheRules/no-such-set" + V).statusCode()).isEqualTo(404);
    }

    @Test
    void aSecondRuleForATargetRepositoryIsRefusedAsIsATargetThatAlreadyExists() {
        TestClient.assertArmError(client.send("PUT", registry + "/cacheRules/nginx-again" + V,
                rule("docker.io/library/nginx", "docker/nginx", null)), 409, "Conflict");
        // A registry with contents: a rule cannot take over one of its repositories, nor a wildcard cover them.
        String releases = client.registryPath("contosoreleases");
        String existing = server.dataPlaneContents().repositories(client.registry("contosoreleases").loginServer()).getFirst();
        HttpResponse<String> takeover = client.send("PUT", releases + "/cacheRules/takeover" + V,
                rule("docker.io/library/busybox", existing, null));
        TestClient.assertArmError(takeover, 409, "Conflict");
        assertThat(takeover.body()).contains(existing);
        String top = existing.contains("/") ? existing.substring(0, existing.indexOf('/')) + "/*" : "*";
        if (!top.equals("*")) {
            TestClient.assertArmError(client.send("PUT", releases + "/cacheRules/takeover-all" + V,
                    rule("docker.io/library/*", top, null)), 409, "Conflict");
        }
        assertThat(client.send("PUT", releases + "/cacheRules/fresh-one" + V,
                rule("docker.io/library/busybox", "cached/busybox", null)).statusCode()).isEqualTo(201);
    }

    @Test
    void repositoryPathsFollowDockersNamingAndWildcardsGoOnBothSides() {
        HttpResponse<String> upper = client.send("PUT", registry + "/cacheRules/upper-case" + V,
                rule("docker.io/library/Nginx", "docker/nginx2", null));
        TestClient.assertArmError(upper, 400, "InvalidParameter");
        assertThat(TestClient.json(upper).at("/error/message").asText()).contains("All characters should be lowercase");
        TestClient.assertArmError(client.send("PUT", registry + "/cacheRules/tagged" + V,
                rule("docker.io/library/python:3.11", "docker/python", null)), 400, "InvalidParameter");
        TestClient.assertArmError(client.send("PUT", registry + "/cacheRules/half-wild" + V,
                rule("docker.io/bitnami/*", "bitnami", null)), 400, "InvalidParameter");
        TestClient.assertArmError(client.send("PUT", registry + "/cacheRules/ab" + V,
                rule("docker.io/library/redis", "docker/redis", null)), 400, "InvalidResourceName");
    }

    @Test
    void aCredentialSetNeedsKeyVaultSecretUrisAndOneCredential1() {
        TestClient.assertArmError(client.send("PUT", registry + "/credentialSets/bad-uri" + V, credentialSet("docker.io",
                "https://example.com/secrets/user", "https://kv-one.vault.azure.net/secrets/pass")), 400, "InvalidParameter");
        TestClient.assertArmError(client.send("PUT", registry + "/credentialSets/bad-name" + V, credentialSet("docker.io",
                "https://kv-one.vault.azure.net/secrets/user", "https://kv-one.vault.azure.net/secrets/pass")
                .replace("credential1", "Credential2")), 400, "InvalidParameter");
        TestClient.assertArmError(client.send("PUT", registry + "/credentialSets/no-login" + V, credentialSet("",
                "https://kv-one.vault.azure.net/secrets/user", "https://kv-one.vault.azure.net/secrets/pass")), 400, "InvalidParameter");
    }

    @Test
    void newCredentialsMakeAnUnhealthySetHealthyAgain() throws Exception {
        client.putAndWait(registry + "/credentialSets/heal-me" + V, credentialSet("ghcr.io",
                "https://kv-one.vault.azure.net/secrets/u", "https://kv-one.vault.azure.net/secrets/p"));
        server.state().change(set("heal-me"), n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n
                .at("/properties/authCredentials/0/credentialHealth")).put("status", "Unhealthy"));
        HttpResponse<String> patch = client.send("PATCH", registry + "/credentialSets/heal-me" + V,
                "{\"properties\":{\"authCredentials\":[{\"name\":\"Credential1\",\"usernameSecretIdentifier\":"
                        + "\"https://kv-one.vault.azure.net/secrets/u\",\"passwordSecretIdentifier\":"
                        + "\"https://kv-one.vault.azure.net/secrets/p2/0123456789abcdef0123456789abcdef\"}]}}");
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
        client.pollStatus(patch.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        JsonNode healed = TestClient.json(client.get(registry + "/credentialSets/heal-me" + V));
        assertThat(healed.at("/properties/authCredentials/0/credentialHealth/status").asText()).isEqualTo("Healthy");
        assertThat(healed.at("/properties/authCredentials/0/passwordSecretIdentifier").asText()).contains("/p2/");
        assertThat(healed.at("/properties/provisioningState").asText()).isEqualTo("Succeeded");
    }
}
