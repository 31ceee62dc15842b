package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A token's credentials as a client sends them in the token itself (Microsoft's TokenCreate example; {@code az acr
 * token credential delete} sends the passwords to keep): the values made come back once, and what a PATCH leaves out
 * is really gone.
 */
class TokenCredentialsTest {

    private static final String V = "?api-version=2025-11-01";
    private static SandboxServer server;
    private static TestClient client;
    private static String registry;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults().withOperationDuration(Duration.ZERO).withRetryAfterSeconds(0));
        client = new TestClient(server);
        registry = client.registryPath("fabrikamedgehub");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> names(JsonNode token) {
        return token.at("/properties/credentials/passwords").findValuesAsText("name");
    }

    @Test
    void aTokenCreatedWithPasswordsAnswersTheirValuesOnceAndAPatchRemovesOne() throws Exception {
        String token = registry + "/tokens/sitetoken";
        server.tokenPasswords().plant("first-secret-value", "second-secret-value");
        HttpResponse<String> created = client.send("PUT", token + V, "{\"properties\":{\"scopeMapId\":\"/" + registry
                + "/scopeMaps/_repositories_pull\",\"credentials\":{\"passwords\":[{\"name\":\"password1\"},"
                + "{\"name\":\"password2\",\"expiry\":\"2099-01-01T00:00:00Z\"}]}}}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = TestClient.json(created);
        assertThat(answer.at("/properties/credentials/passwords").findValuesAsText("value"))
                .containsExactly("first-secret-value", "second-secret-value");
        client.pollStatus(created.headers().firstValue("Azure-AsyncOperation").orElseThrow());

        JsonNode stored = TestClient.json(client.get(token + V));
        assertThat(names(stored)).containsExactly("password1", "password2");
        assertThat(stored.toString()).doesNotContain("secret-value");
        assertThat(stored.at("/properties/credentials/passwords/1/expiry").asText()).startsWith("2099-01-01T00:00:00");
        String password2Made = stored.at("/properties/credentials/passwords/1/creationTime").asText();

        // As `az acr token credential delete --password1` sends it: the passwords to keep, by name.
        HttpResponse<String> patched = client.send("PATCH", token + V,
                "{\"properties\":{\"credentials\":{\"passwords\":[{\"name\":\"password2\"}]}}}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode status = client.pollStatus(patched.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertThat(status.get("status").asText()).isEqualTo("Succeeded");

        JsonNode after = TestClient.json(client.get(token + V));
        assertThat(names(after)).containsExactly("password2");
        assertThat(after.at("/properties/credentials/passwords/0/creationTime").asText()).isEqualTo(password2Made);
    }

    @Test
    void aPatchThatNamesANewPasswordMakesItAndAnswersItsValue() throws Exception {
        String token = registry + "/tokens/rotatetoken";
        client.putAndWait(token + V, "{\"properties\":{\"scopeMapId\":\"/" + registry + "/scopeMaps/_repositories_pull\"}}");
        server.tokenPasswords().plant("rotated-secret");
        HttpResponse<String> patched = client.send("PATCH", token + V,
                "{\"properties\":{\"credentials\":{\"passwords\":[{\"name\":\"password1\"}]}}}");
        assertThat(TestClient.json(patched).at("/properties/credentials/passwords/0/value").asText()).isEqualTo("rotated-secret");
        client.pollStatus(patched.headers().firstValue("Azure-AsyncOperation").orElseThrow());
        assertThat(names(TestClient.json(client.get(token + V)))).containsExactly("password1");
    }

    @Test
    void aCertificateIsKeptAsItsThumbprintAndExpiry() throws Exception {
        String pem = Base64.getEncoder().encodeToString(server.certificatePem().getBytes(StandardCharsets.US_ASCII));
        JsonNode token = client.putAndWait(registry + "/tokens/certtoken" + V, "{\"properties\":{\"scopeMapId\":\"/" + registry
                + "/scopeMaps/_repositories_pull\",\"credentials\":{\"certificates\":[{\"name\":\"certificate1\","
                + "\"encodedPemCertificate\":\"" + pem + "\"}]}}}");
        JsonNode cert = token.at("/properties/credentials/certificates/0");
        assertThat(cert.get("name").asText()).isEqualTo("certificate1");
        assertThat(cert.get("thumbprint").asText()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-1").digest(server.certificate().getEncoded())));
        assertThat(cert.get("expiry").asText()).startsWith(server.certificate().getNotAfter().toInstant().toString().substring(0, 19));

        TestClient.assertArmError(client.send("PUT", registry + "/tokens/badcert" + V, "{\"properties\":{\"scopeMapId\":\"/"
                + registry + "/scopeMaps/_repositories_pull\",\"credentials\":{\"certificates\":[{\"name\":\"certificate1\","
                + "\"encodedPemCertificate\":\"bm90IGEgY2VydA==\"}]}}}"), 400, "InvalidParameter");
    }
}
