package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArmErrorsTest {

    private static SandboxServer server;
    private static TestClient client;
    private static String sub;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxConfig.defaults());
        client = new TestClient(server);
        sub = server.data().subscriptions().get(0).subscriptionId();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String registries(String rg) {
        return "subscriptions/" + sub + "/resourceGroups/" + rg + "/providers/Microsoft.ContainerRegistry/registries";
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode error = TestClient.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).isEqualTo(message);
    }

    @Test
    void requestWithoutTokenGets401WithArmBodyAndChallenge() {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("subscriptions?api-version=2022-12-01")));

        assertError(response, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer authorization_uri=\"https://login.microsoftonline.com/common\", error=\"invalid_token\"");
    }

    @Test
    void malformedAuthorizationGets401Invalid() {
        for (String value : new String[] {"Basic dXNlcjpwYXNz", "Bearer", "Bearer    ", "sandbox-token"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("subscriptions?api-version=2022-12-01"))
                    .header("Authorization", value));
            assertError(response, 401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is invalid.");
        }
    }

    @Test
    void unknownRegistryIs404ResourceNotFound() {
        assertError(client.get(registries("rg-platform-prod") + "/nosuchregistry?api-version=2025-11-01"), 404, "ResourceNotFound",
                "The Resource 'Microsoft.ContainerRegistry/registries/nosuchregistry' under resource group 'rg-platform-prod' "
                        + "was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix");
    }

    @Test
    void unknownResourceGroupAndSubscriptionAre404() {
        assertError(client.get("subscriptions/" + sub + "/resourcegroups/rg-missing?api-version=2025-04-01"), 404,
                "ResourceGroupNotFound", "Resource group 'rg-missing' could not be found.");
        assertError(client.get(registries("rg-missing") + "/contosoprodacr?api-version=2025-11-01"), 404,
                "ResourceGroupNotFound", "Resource group 'rg-missing' could not be found.");
        String unknown = "00000000-0000-0000-0000-000000000000";
        assertError(client.get("subscriptions/" + unknown + "?api-version=2022-12-01"), 404,
                "SubscriptionNotFound", "The subscription '" + unknown + "' could not be found.");
        assertError(client.get("subscriptions/" + unknown + "/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01"),
                404, "SubscriptionNotFound", "The subscription '" + unknown + "' could not be found.");
    }

    @Test
    void missingApiVersionIs400() {
        assertError(client.get("subscriptions"), 400, "MissingApiVersionParameter",
                "The api-version query parameter (?api-version=) is required for all requests.");
    }

    @Test
    void aVersionNotPublishedForTheTypeIs400NamingTheSupportedOnes() {
        // 2019-05-01-preview exists, but only for scope maps and tokens.
        HttpResponse<String> registries = client.get(registries("rg-platform-prod") + "?api-version=2019-05-01-preview");
        assertThat(registries.statusCode()).isEqualTo(400);
        JsonNode error = TestClient.json(registries).get("error");
        assertThat(error.get("code").asText()).isEqualTo("NoRegisteredProviderFound");
        assertThat(error.get("message").asText()).contains("'2019-05-01-preview'", "2017-10-01", "2025-11-01", "registries");

        HttpResponse<String> subscriptions = client.get("subscriptions?api-version=2025-04-01");
        assertThat(TestClient.json(subscriptions).at("/error/message").asText())
                .startsWith("The api-version '2025-04-01' is invalid. The supported versions are '2015-11-01, 2016-06-01, ")
                .endsWith(", 2022-12-01'.");
        TestClient.assertArmError(subscriptions, 400, "InvalidApiVersionParameter");
        TestClient.assertArmError(client.get("subscriptions/" + sub + "/resourcegroups?api-version=2022-12-01"), 400,
                "InvalidApiVersionParameter");
    }

    @Test
    void badAndForeignSkipTokensAre400() {
        assertThat(client.get(registries("rg-platform-prod") + "?api-version=2025-11-01&$skipToken=bm9wZQ").statusCode())
                .isEqualTo(400);
        // A real token, but issued for the subscription-wide list, not this resource group's.
        String bySubscription = "subscriptions/" + sub + "/providers/Microsoft.ContainerRegistry/registries?api-version=2025-11-01";
        String nextLink = TestClient.json(client.get(bySubscription)).get("nextLink").asText();
        String token = nextLink.substring(nextLink.indexOf("$skipToken=") + "$skipToken=".length());

        HttpResponse<String> foreign = client.get(registries("rg-platform-prod") + "?api-version=2025-11-01&$skipToken=" + token);
        assertError(foreign, 400, "InvalidSkipToken", "The skip token '" + token + "' is not valid for this request.");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() {
        HttpResponse<String> unknownType = client.get("subscriptions/" + sub + "/providers/Microsoft.ContainerRegistry/gadgets?api-version=2025-11-01");
        assertError(unknownType, 404, "InvalidResourceType",
                "The resource type 'gadgets' could not be found in the namespace 'Microsoft.ContainerRegistry' for api version '2025-11-01'.");
        assertThat(TestClient.json(client.get("nothing/here?api-version=2022-12-01")).at("/error/code").asText())
                .isEqualTo("InvalidResourceType");

        HttpResponse<String> delete = client.send(HttpRequest.newBuilder(client.uri("subscriptions?api-version=2022-12-01"))
                .header("Authorization", "Bearer x").DELETE());
        assertError(delete, 405, "MethodNotAllowed", "The requested resource does not support http method 'DELETE'.");
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET");
    }
}
