package dev.acrconsole.app.webhooks;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.List;

/**
 * What the webhook dialog collects. When editing, the service URI and custom headers are not known (ARM does not show
 * them): left empty, they are kept as they are at ARM; typed, they replace what is there.
 *
 * @param location the registry's region (a webhook is a resource of its own there)
 * @param clearHeaders when editing: remove every custom header (empty headers would keep them)
 */
public record WebhookForm(String registryId, String tenantId, String location, boolean creating, String name,
                          String serviceUri, String customHeaders, boolean clearHeaders, List<String> actions, String scope,
                          boolean enabled) {
    public static final String NAME = "name";
    public static final String SERVICE_URI = "serviceUri";
    public static final String HEADERS = "customHeaders";
    public static final String ACTIONS = "actions";
    public static final String SCOPE = "scope";

    public WebhookForm {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public String id() {
        return registryId + "/webhooks/" + name.strip();
    }

    /** True when the form replaces the service URI (always on create). */
    public boolean setsServiceUri() {
        return creating || serviceUri != null && !serviceUri.isBlank();
    }

    public boolean setsHeaders() {
        return creating || clearHeaders || typedHeaders();
    }

    private boolean typedHeaders() {
        return customHeaders != null && !customHeaders.isBlank();
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String nameProblem = creating ? WebhookRules.nameProblem(name == null ? null : name.strip()) : null;
        errors.check(nameProblem != null, NAME, nameProblem);
        String uriProblem = setsServiceUri() ? WebhookRules.serviceUriProblem(serviceUri) : null;
        errors.check(uriProblem != null, SERVICE_URI, uriProblem);
        String headersProblem = WebhookRules.headersProblem(customHeaders);
        errors.check(headersProblem != null, HEADERS, headersProblem);
        errors.check(clearHeaders && typedHeaders(), HEADERS,
                "Either remove every header or type the ones to set: untick \"Remove every header\" to send these.");
        errors.check(actions.isEmpty(), ACTIONS, "Choose at least one event to post: push, delete, quarantine, chart_push, chart_delete.");
        errors.check(!WebhookRules.ACTIONS.containsAll(actions), ACTIONS, "ACR knows only push, delete, quarantine, chart_push and chart_delete.");
        String scopeProblem = WebhookRules.scopeProblem(scope);
        errors.check(scopeProblem != null, SCOPE, scopeProblem);
        return errors;
    }
}
