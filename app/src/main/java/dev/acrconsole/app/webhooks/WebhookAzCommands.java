package dev.acrconsole.app.webhooks;

import static dev.acrconsole.app.kind.AzCommand.quote;
import static dev.acrconsole.app.kind.AzCommand.registry;
import static java.util.Map.entry;

import dev.acrconsole.app.kind.AzCommand;
import dev.acrconsole.app.kind.Row;
import java.util.Map;
import java.util.function.Function;

/** The {@code az acr webhook} commands equivalent to a webhook's actions (Create on the registry's row); the service URI is a secret, so it is always a placeholder. */
public final class WebhookAzCommands {
    private WebhookAzCommands() {}

    /** By the id of the action in the window (the ui descriptor's {@code RowAction} id). */
    public static final Map<String, Function<Row, String>> BY_ACTION = AzCommand.of(
            entry("webhook-create", r -> "az acr webhook create --registry " + quote(registry(r))
                    + " --name <name> --uri <service-uri> --actions push"),
            entry("webhook-edit", r -> "az acr webhook update --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("webhook-ping", r -> "az acr webhook ping --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("webhook-events", r -> "az acr webhook list-events --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("webhook-callback", r -> "az acr webhook get-config --registry " + quote(registry(r)) + " --name " + quote(r.name())),
            entry("webhook-delete", r -> "az acr webhook delete --registry " + quote(registry(r)) + " --name " + quote(r.name())));

    /**
     * The create or edit form as filled in so far. The service URI and the headers are secrets: they stay placeholders,
     * so the line can be copied and shown anywhere.
     */
    public static String form(WebhookForm f) {
        StringBuilder s = new StringBuilder("az acr webhook ").append(f.creating() ? "create" : "update")
                .append(" --registry ").append(quote(dev.acrconsole.app.arm.ArmIds.name(f.registryId())))
                .append(" --name ").append(AzCommand.valueOr(f.name(), "<name>"));
        if (f.creating() || f.serviceUri() != null && !f.serviceUri().isBlank()) {
            s.append(" --uri <service-uri>");
        }
        if (f.clearHeaders()) {
            s.append(" --headers \"\"");
        } else if (f.customHeaders() != null && !f.customHeaders().isBlank()) {
            s.append(" --headers <headers>");
        }
        s.append(" --actions ").append(f.actions() == null || f.actions().isEmpty() ? "<actions>"
                : String.join(" ", f.actions().stream().map(dev.acrconsole.app.kind.AzCommand::quote).toList()));
        if (f.scope() != null && !f.scope().isBlank()) {
            s.append(" --scope ").append(quote(f.scope().strip()));
        }
        s.append(" --status ").append(f.enabled() ? "enabled" : "disabled");
        return s.toString();
    }
}
