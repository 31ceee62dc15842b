package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The identity endpoint over real HTTPS, and ARM answering its tokens with only the principal's subscriptions. */
class IdentityEndpointTest {
    private SandboxServer server;
    private TestClient client;
    private SandboxData data;
    private SandboxData.Subscription prod;
    private SandboxData.Subscription edge;

    @BeforeEach
    void start() {
        server = SandboxServer.start(SandboxConfig.defaults());
        client = new TestClient(server);
        data = server.data();
        prod = data.subscriptions().get(0);
        edge = data.subscriptions().get(2);
        assertThat(prod.tenantId()).isNotEqualTo(edge.tenantId());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aServicePrincipalTokenSeesOnlyItsSubscriptions() {
        server.identity().registerApp("app-1", "s3cret", new SandboxPrincipal("app-1", prod.tenantId(), Set.of(prod.subscriptionId())));

        HttpResponse<String> refused = post(prod.tenantId() + "/oauth2/v2.0/token",
                "grant_type=client_credentials&client_id=app-1&client_secret=wrong&scope=x");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(TestClient.json(refused).path("error_description").asText()).startsWith("AADSTS7000215");

        String token = TestClient.json(post(prod.tenantId() + "/oauth2/v2.0/token",
                "grant_type=client_credentials&client_id=app-1&client_secret=s3cret&scope=x")).path("access_token").asText();
        assertThat(subscriptionIds(armGet("subscriptions?api-version=2022-12-01", token))).containsExactly(prod.subscriptionId());
        assertThat(armGet("subscriptions/" + edge.subscriptionId() + "/resourcegroups?api-version=2025-04-01", token).statusCode())
                .isEqualTo(403);
        // A token the identity endpoint did not issue still sees everything, as before principals existed.
        assertThat(subscriptionIds(armGet("subscriptions?api-version=2022-12-01", SandboxServer.token()))).hasSize(3);
    }

    @Test
    void aDeviceCodeIsPendingUntilApprovedAndARefreshIntoAnMfaTenantIsRefused() {
        SandboxPrincipal alice = new SandboxPrincipal("alice@contoso.com", prod.tenantId(),
                Set.of(prod.subscriptionId(), edge.subscriptionId()), Set.of(edge.tenantId()));
        server.identity().registerUser(alice);

        JsonNode code = TestClient.json(post("organizations/oauth2/v2.0/devicecode", "client_id=c&scope=x"));
        String redeem = "grant_type=urn:ietf:params:oauth:grant-type:device_code&client_id=c&device_code=" + code.path("device_code").asText();
        assertThat(TestClient.json(post("organizations/oauth2/v2.0/token", redeem)).path("error").asText()).isEqualTo("authorization_pending");
        assertThat(code.path("message").asText()).contains(code.path("user_code").asText()).contains(code.path("verification_uri").asText());

        server.identity().approveDeviceCode(code.path("user_code").asText(), "alice@contoso.com");
        JsonNode tokens = TestClient.json(post("organizations/oauth2/v2.0/token", redeem));
        assertThat(tokens.path("id_token").asText()).isNotBlank();
        assertThat(tokens.path("client_info").asText()).isNotBlank();
        // The home tenant's token lists the home tenant's subscriptions only; /tenants lists both tenants.
        String token = tokens.path("access_token").asText();
        assertThat(subscriptionIds(armGet("subscriptions?api-version=2022-12-01", token))).containsExactly(prod.subscriptionId());
        assertThat(TestClient.json(armGet("tenants?api-version=2022-12-01", token)).path("value")).hasSize(2);

        HttpResponse<String> mfa = post(edge.tenantId() + "/oauth2/v2.0/token",
                "grant_type=refresh_token&client_id=c&scope=x&refresh_token=" + tokens.path("refresh_token").asText());
        assertThat(mfa.statusCode()).isEqualTo(400);
        assertThat(TestClient.json(mfa).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(TestClient.json(mfa).path("suberror").asText()).isEqualTo("basic_action");
        assertThat(TestClient.json(mfa).path("error_codes").get(0).asInt()).isEqualTo(50076);
    }

    private HttpResponse<String> post(String path, String form) {
        return client.send(HttpRequest.newBuilder(server.identityUrl().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> armGet(String pathAndQuery, String token) {
        return client.send(HttpRequest.newBuilder(server.baseUrl().resolve(pathAndQuery)).header("Authorization", "Bearer " + token).GET());
    }

    private static List<String> subscriptionIds(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(TestClient.json(response).path("value").spliterator(), false)
                .map(s -> s.path("subscriptionId").asText()).toList();
    }
}
