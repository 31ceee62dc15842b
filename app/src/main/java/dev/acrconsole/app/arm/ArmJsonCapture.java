package dev.acrconsole.app.arm;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipelineCallContext;
import com.azure.core.http.HttpPipelineNextPolicy;
import com.azure.core.http.HttpPipelineNextSyncPolicy;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * Keeps the JSON of each resource ARM returns to a GET, verbatim, by id. The SDK's models
 * serialise back only their writable fields (no loginServer, creationDate, provisioningState),
 * so the cache stores what ARM sent instead; the SDK still does paging, retries and typing.
 */
public final class ArmJsonCapture implements HttpPipelinePolicy {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, String> byId = new ConcurrentHashMap<>();

    /** Removes and returns the JSON captured for {@code id}. */
    public Optional<String> take(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.remove(id.toLowerCase(Locale.ROOT)));
    }

    /** Drops whatever was captured and not taken (e.g. after a listing failed part-way). */
    public void clear() {
        byId.clear();
    }

    @Override
    public Mono<HttpResponse> process(HttpPipelineCallContext context, HttpPipelineNextPolicy next) {
        return next.process().map(this::capture);
    }

    @Override
    public HttpResponse processSync(HttpPipelineCallContext context, HttpPipelineNextSyncPolicy next) {
        return capture(next.processSync());
    }

    private HttpResponse capture(HttpResponse response) {
        if (response.getRequest().getHttpMethod() != HttpMethod.GET || response.getStatusCode() != 200) {
            return response;
        }
        String type = response.getHeaderValue("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("json")) {
            return response;
        }
        HttpResponse buffered = response.buffer();
        try {
            JsonNode body = MAPPER.readTree(buffered.getBodyAsBinaryData().toBytes());
            if (body.has("value") && body.get("value").isArray()) {
                body.get("value").forEach(this::keep);
            } else {
                keep(body);
            }
        } catch (Exception e) {
            // Not ours to judge: the SDK will report a malformed body itself.
        }
        return buffered;
    }

    private void keep(JsonNode resource) {
        JsonNode id = resource.get("id");
        if (id != null && id.isTextual()) {
            byId.put(id.asText().toLowerCase(Locale.ROOT), resource.toString());
        }
    }
}
