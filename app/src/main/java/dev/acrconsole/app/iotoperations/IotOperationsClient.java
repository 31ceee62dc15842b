package dev.acrconsole.app.iotoperations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmHttp;
import dev.acrconsole.app.arm.ArmRequestException;
import dev.acrconsole.app.arm.ArmResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists IoT Operations instances and registry endpoints as ARM's JSON, every page (nextLink), through the SDK's
 * pipeline ({@link ArmHttp}: authentication and TLS as for every other call). That pipeline has no retry policy (the
 * operations poller paces itself), so a throttled page is asked again here, after ARM's Retry-After.
 */
public final class IotOperationsClient {
    static final int THROTTLE_RETRIES = 2;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final ArmHttp http;

    public IotOperationsClient(ArmHttp http) {
        this.http = http;
    }

    /** Every instance in the subscription, as ARM's JSON. Blocks on the network. */
    public List<String> instances(String subscriptionId) {
        return list("/subscriptions/" + subscriptionId + "/providers/Microsoft.IoTOperations/instances"
                + ApiVersions.query(ApiVersions.IOT_OPERATIONS));
    }

    /** Every registry endpoint of an instance, as ARM's JSON. Blocks on the network. */
    public List<String> registryEndpoints(String instanceId) {
        return list(instanceId + "/registryEndpoints" + ApiVersions.query(ApiVersions.IOT_OPERATIONS));
    }

    private List<String> list(String first) {
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String page = first; page != null; ) {
            if (!seen.add(page)) {
                throw new IllegalStateException("ARM's nextLink leads back to a page already read: " + page);
            }
            JsonNode body = get(page).json();
            body.path("value").forEach(item -> items.add(item.toString()));
            String next = body.path("nextLink").asText("");
            page = next.isBlank() ? null : next;
        }
        return items;
    }

    private ArmResponse get(String pathOrUrl) {
        for (int attempt = 0; ; attempt++) {
            ArmResponse r = http.get(pathOrUrl);
            if (r.ok()) {
                return r;
            }
            if (r.status() != 429 || attempt == THROTTLE_RETRIES) {
                throw new ArmRequestException(r);
            }
            pause(r.retryAfterDelay(Instant.now()).orElse(Duration.ofSeconds(1)));
        }
    }

    private static void pause(Duration wanted) {
        try {
            Thread.sleep(wanted.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wanted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting out ARM's throttling", e);
        }
    }
}
