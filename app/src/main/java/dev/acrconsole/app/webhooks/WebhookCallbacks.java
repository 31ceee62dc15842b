package dev.acrconsole.app.webhooks;

import com.azure.resourcemanager.containerregistry.fluent.WebhooksClient;
import com.azure.resourcemanager.containerregistry.fluent.models.CallbackConfigInner;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.tokens.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A webhook's service URI and custom headers (getCallbackConfig) and its event log (listEvents), through the SDK
 * straight to the caller, like token passwords: not operations, so the answers never reach the journal, the cache, a
 * log or an export. Blocks on the network: call in the background. ARM's refusal comes back as the SDK's exception.
 */
public final class WebhookCallbacks {
    /** Where a webhook posts and with which headers; the values shown on demand only. */
    public record CallbackConfig(Secret serviceUri, Map<String, Secret> customHeaders) {}

    private final ArmClients arm;

    public WebhookCallbacks(ArmClients arm) {
        this.arm = arm;
    }

    public CallbackConfig callbackConfig(String webhookId) {
        CallbackConfigInner c = client(webhookId).getCallbackConfig(ArmIds.resourceGroup(webhookId),
                ArmIds.segment(webhookId, "registries"), ArmIds.name(webhookId));
        Map<String, Secret> headers = new LinkedHashMap<>();
        if (c.customHeaders() != null) {
            c.customHeaders().forEach((name, value) -> headers.put(name, new Secret(value)));
        }
        return new CallbackConfig(new Secret(c.serviceUri()), headers);
    }

    /** The service URI's host alone (not a secret); the rest of the answer is dropped here. */
    public String host(String webhookId) {
        return WebhookRules.host(callbackConfig(webhookId).serviceUri().reveal());
    }

    /** The events sent so far, newest first as ARM lists them. */
    public List<WebhookEvent> events(String webhookId) {
        return client(webhookId).listEvents(ArmIds.resourceGroup(webhookId), ArmIds.segment(webhookId, "registries"),
                ArmIds.name(webhookId)).stream().map(WebhookEvent::of).toList();
    }

    private WebhooksClient client(String webhookId) {
        return arm.registries(ArmIds.subscription(webhookId)).serviceClient().getWebhooks();
    }
}
