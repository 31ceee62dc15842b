package dev.acrconsole.app.webhooks;

import com.azure.resourcemanager.containerregistry.fluent.models.EventInner;
import com.azure.resourcemanager.containerregistry.models.EventRequestMessage;
import com.azure.resourcemanager.containerregistry.models.EventResponseMessage;
import dev.acrconsole.app.tokens.Secret;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

/**
 * One event a webhook posted, as listEvents tells it: what was sent (its URI is the service URI, so a {@link Secret})
 * and what the service answered. Read on demand, shown, kept nowhere.
 *
 * @param statusCode the service's HTTP status as ARM reports it ("0" or null: no answer)
 */
public record WebhookEvent(String id, String action, OffsetDateTime timestamp, String method, Secret requestUri,
                           Map<String, String> requestHeaders, String requestContent, String statusCode,
                           String reasonPhrase, Map<String, String> responseHeaders, String responseContent) {

    public static WebhookEvent of(EventInner e) {
        EventRequestMessage req = e.eventRequestMessage() == null ? new EventRequestMessage() : e.eventRequestMessage();
        EventResponseMessage res = e.eventResponseMessage() == null ? new EventResponseMessage() : e.eventResponseMessage();
        String content = null;
        if (req.content() != null) {
            try {
                content = req.content().toJsonString();
            } catch (IOException ex) {
                content = "(cannot be shown: " + ex.getMessage() + ")";
            }
        }
        return new WebhookEvent(e.id(), req.content() == null ? null : req.content().action(),
                req.content() == null ? null : req.content().timestamp(), req.method(), new Secret(req.requestUri()),
                sorted(req.headers()), content, res.statusCode(), res.reasonPhrase(), sorted(res.headers()), res.content());
    }

    /** True when the service answered 2xx. */
    public boolean delivered() {
        return statusCode != null && statusCode.matches("2\\d\\d");
    }

    /** The outcome in a few words: "200", "0 (ConnectException: ...)". */
    public String outcome() {
        if (statusCode == null || statusCode.isBlank()) {
            return "no answer yet";
        }
        return statusCode + (reasonPhrase == null || reasonPhrase.isBlank() ? "" : " " + reasonPhrase);
    }

    private static Map<String, String> sorted(Map<String, String> headers) {
        return headers == null ? Map.of() : new TreeMap<>(headers);
    }
}
