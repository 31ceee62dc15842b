package dev.acrconsole.app.webhooks;

import com.azure.resourcemanager.containerregistry.models.WebhookAction;
import com.azure.resourcemanager.containerregistry.models.WebhookCreateParameters;
import com.azure.resourcemanager.containerregistry.models.WebhookStatus;
import com.azure.resourcemanager.containerregistry.models.WebhookUpdateParameters;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;
import java.util.List;
import java.util.Map;

/**
 * Create, update, delete and ping a registry's webhooks, as operations. The service URI and headers travel in the
 * request only: the journal strips them (the kind's secret fields) before it writes the request down.
 */
public final class WebhookActions {
    private WebhookActions() {}

    public static OperationRequest create(WebhookForm f) {
        RegistryRequests.requireValid(f.validate());
        WebhookCreateParameters body = new WebhookCreateParameters().withLocation(f.location())
                .withServiceUri(f.serviceUri().strip()).withCustomHeaders(WebhookRules.headers(f.customHeaders()))
                .withStatus(status(f.enabled())).withScope(scope(f.scope())).withActions(actions(f.actions()));
        return RegistryRequests.put("webhook.create", "Create webhook " + f.name().strip(), f.id(), WebhookKind.KIND,
                f.tenantId(), body);
    }

    public static OperationRequest update(WebhookForm f) {
        RegistryRequests.requireValid(f.validate());
        WebhookUpdateParameters body = new WebhookUpdateParameters().withStatus(status(f.enabled()))
                .withScope(scope(f.scope())).withActions(actions(f.actions()));
        if (f.setsServiceUri()) {
            body.withServiceUri(f.serviceUri().strip());
        }
        if (f.setsHeaders()) {
            // An empty map clears them at ARM (as az's --headers "" does); no map would keep them.
            body.withCustomHeaders(f.clearHeaders() ? Map.of() : WebhookRules.headers(f.customHeaders()));
        }
        return RegistryRequests.patch("webhook.update", "Update webhook " + f.name().strip(), f.id(), WebhookKind.KIND,
                f.tenantId(), body);
    }

    public static OperationRequest delete(String webhookId, String tenantId) {
        return RegistryRequests.delete("webhook.delete", "Delete webhook " + ArmIds.name(webhookId), webhookId,
                WebhookKind.KIND, tenantId);
    }

    /** ARM posts a ping event to the service URI; what the service answered is in the webhook's event log. */
    public static OperationRequest ping(String webhookId, String tenantId) {
        return RegistryRequests.action("webhook.ping", "Ping webhook " + ArmIds.name(webhookId), webhookId,
                WebhookKind.KIND, tenantId, "ping");
    }

    private static WebhookStatus status(boolean enabled) {
        return enabled ? WebhookStatus.ENABLED : WebhookStatus.DISABLED;
    }

    private static String scope(String scope) {
        return scope == null ? "" : scope.strip();
    }

    private static List<WebhookAction> actions(List<String> actions) {
        return actions.stream().map(WebhookAction::fromString).toList();
    }
}
