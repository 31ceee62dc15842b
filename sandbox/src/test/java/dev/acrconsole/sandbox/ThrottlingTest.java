package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** ARM's rate-limit headers on every answer, and its 429 when a token bucket is empty (throttling on). */
class ThrottlingTest {

    private static final String SUB_READS = "x-ms-ratelimit-remaining-subscription-reads";
    private static final String GLOBAL_READS = "x-ms-ratelimit-remaining-subscription-global-reads";

    private static String groups(String subscriptionId) {
        return "subscriptions/" + subscriptionId + "/resourcegroups?api-version=2025-04-01";
    }

    private static long header(HttpResponse<String> r, String name) {
        return Long.parseLong(r.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + ": " + r.headers())));
    }

    @Test
    void everyArmAnswerSaysWhatItsBucketHasLeftAndTheHeadersMoveWithThrottlingOff() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults())) {
            TestClient client = new TestClient(server);
            String sub = server.data().subscriptions().get(0).subscriptionId();

            HttpResponse<String> first = client.get(groups(sub));
            HttpResponse<String> second = client.get(groups(sub).replace("subscriptions/", "SUBSCRIPTIONS/")); // same bucket
            assertThat(header(first, SUB_READS)).isEqualTo(249); // ARM's 250 burst, one taken
            assertThat(header(second, SUB_READS)).isEqualTo(248);
            assertThat(header(first, GLOBAL_READS)).isEqualTo(3749); // 15 times, across principals
            assertThat(first.headers().firstValue("X-MS-RATELIMIT-REMAINING-SUBSCRIPTION-READS")).isPresent(); // any case

            // An error answer is charged and says so too; a write and a delete have buckets of their own (200 burst).
            HttpResponse<String> missing = client.get("subscriptions/" + sub + "/resourcegroups/no-such-group?api-version=2025-04-01");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(header(missing, SUB_READS)).isEqualTo(247);
            HttpResponse<String> write = client.send("POST", "subscriptions/" + sub
                    + "/providers/Microsoft.ContainerRegistry/checkNameAvailability?api-version=2025-04-01",
                    "{\"name\":\"freshname123\",\"type\":\"Microsoft.ContainerRegistry/registries\"}");
            assertThat(header(write, "x-ms-ratelimit-remaining-subscription-writes")).isEqualTo(199);
            assertThat(header(write, "x-ms-ratelimit-remaining-subscription-global-writes")).isEqualTo(2999);
            assertThat(write.headers().firstValue(SUB_READS)).isEmpty();
            HttpResponse<String> delete = client.send("DELETE", "subscriptions/" + sub
                    + "/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/nosuchreg1?api-version=2025-04-01", null);
            assertThat(header(delete, "x-ms-ratelimit-remaining-subscription-deletes")).isEqualTo(199);

            // Tenant-level requests (no subscription in the path) have the tenant's bucket.
            HttpResponse<String> tenant = client.get("subscriptions?api-version=2022-12-01");
            assertThat(header(tenant, "x-ms-ratelimit-remaining-tenant-reads")).isEqualTo(249);
            assertThat(tenant.headers().firstValue(SUB_READS)).isEmpty();

            // Without throttling nothing is refused: the header rests at 0.
            HttpResponse<String> last = null;
            for (int i = 0; i < 300; i++) {
                last = client.get(groups(sub));
                assertThat(last.statusCode()).isEqualTo(200);
            }
            assertThat(header(last, SUB_READS)).isBetween(0L, 30L); // refills 25 a second while the loop runs
            assertThat(server.throttling().refusedCount()).isZero();

            // The registries' own hosts are not ARM's: none of this.
            String loginServer = server.dataPlaneUrls().keySet().iterator().next();
            HttpResponse<String> dataPlane = client.send(HttpRequest.newBuilder(server.dataPlaneUrl(loginServer).orElseThrow().resolve("v2/")));
            assertThat(dataPlane.headers().map().keySet()).noneMatch(h -> h.toLowerCase().startsWith("x-ms-ratelimit"));
        }
    }

    @Test
    void anEmptyBucketAnswers429WithRetryAfterInArmsShapeForThatSubscriptionOnly() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults().withThrottle(3, 2))) {
            TestClient client = new TestClient(server);
            String sub = server.data().subscriptions().get(0).subscriptionId();
            String other = server.data().subscriptions().get(1).subscriptionId();

            for (int left = 2; left >= 0; left--) {
                assertThat(header(client.get(groups(sub)), SUB_READS)).isEqualTo(left);
            }
            HttpResponse<String> refused = client.get(groups(sub));
            TestClient.assertArmError(refused, 429, "SubscriptionRequestsThrottled");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(header(refused, SUB_READS)).isZero();
            assertThat(TestClient.json(refused).at("/error/message").asText()).isEqualTo("Number of 'read' requests for "
                    + "subscription '" + sub + "' actor '" + Throttling.ANONYMOUS_ACTOR + "' exceeded. Please try again after "
                    + "'1' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling for "
                    + "additional information.");
            // Another subscription's bucket is full; a write is another bucket (writes: 4/5 the burst).
            assertThat(client.get(groups(other)).statusCode()).isEqualTo(200);
            HttpResponse<String> write = client.send("POST", "subscriptions/" + sub
                    + "/providers/Microsoft.ContainerRegistry/checkNameAvailability?api-version=2025-04-01",
                    "{\"name\":\"freshname123\",\"type\":\"Microsoft.ContainerRegistry/registries\"}");
            assertThat(write.statusCode()).isEqualTo(200);
            assertThat(server.throttling().refusedCount()).isEqualTo(1);
            assertThat(server.throttling().refusedCount(sub)).isEqualTo(1);
            assertThat(server.throttling().refusedCount(other)).isZero();

            Thread.sleep(1000); // Retry-After waited out: 2 tokens back
            assertThat(client.get(groups(sub)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void tenantLevelRequestsAreThrottledAsTheTenants() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.defaults().withThrottle(1, 0.5))) {
            TestClient client = new TestClient(server);
            assertThat(client.get("tenants?api-version=2022-12-01").statusCode()).isEqualTo(200);
            HttpResponse<String> refused = client.get("subscriptions?api-version=2022-12-01");
            TestClient.assertArmError(refused, 429, "TenantRequestsThrottled");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2"); // half a token a second
            assertThat(header(refused, "x-ms-ratelimit-remaining-tenant-reads")).isZero();
            assertThat(TestClient.json(refused).at("/error/message").asText()).startsWith("Number of 'read' requests for tenant '"
                    + server.data().tenants().get(0).tenantId() + "' actor '");
            assertThat(server.throttling().refusedCount("tenant")).isEqualTo(1);
        }
    }
}
