package dev.acrconsole.ui.webhooks;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.webhooks.WebhookActions;
import dev.acrconsole.app.webhooks.WebhookDetails;
import dev.acrconsole.app.webhooks.WebhookForm;
import dev.acrconsole.app.webhooks.WebhookRules;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Creating or editing a webhook: name (on create), service URI, custom headers ({@code Name: value} lines), the events
 * it posts, its scope and status. Editing, the URI and headers start empty (ARM never shows them): empty keeps them.
 */
public final class WebhookFormViewModel extends FormModel {
    private final PageContext context;
    private final Row registry;
    private final boolean creating;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty serviceUri = new SimpleStringProperty("");
    private final StringProperty headers = new SimpleStringProperty("");
    private final BooleanProperty clearHeaders = new SimpleBooleanProperty(false);
    private final StringProperty scope = new SimpleStringProperty("");
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final Map<String, BooleanProperty> actions = new LinkedHashMap<>();

    public WebhookFormViewModel(PageContext context, Row registry, Row webhook) {
        this.context = context;
        this.registry = registry;
        this.creating = webhook == null;
        for (String a : WebhookRules.ACTIONS) {
            BooleanProperty on = new SimpleBooleanProperty(creating && a.equals("push"));
            actions.put(a, on);
            watch(on, WebhookForm.ACTIONS);
        }
        watch(name, WebhookForm.NAME);
        watch(serviceUri, WebhookForm.SERVICE_URI);
        watch(headers, WebhookForm.HEADERS);
        watch(clearHeaders, WebhookForm.HEADERS);
        watch(scope, WebhookForm.SCOPE);
        if (webhook != null) {
            WebhookDetails d = webhook.details(WebhookDetails.class);
            name.set(d.name());
            scope.set(d.scope() == null ? "" : d.scope());
            enabled.set(d.enabled());
            d.actions().forEach(a -> {
                if (actions.containsKey(a)) {
                    actions.get(a).set(true);
                }
            });
        }
    }

    public boolean creating() {
        return creating;
    }

    public String registryName() {
        return registry.name();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty serviceUriProperty() {
        return serviceUri;
    }

    /** {@code Name: value}, one a line. */
    public StringProperty headersProperty() {
        return headers;
    }

    /** Editing: remove every custom header the webhook has (ARM never shows them, so the box cannot list them). */
    public BooleanProperty clearHeadersProperty() {
        return clearHeaders;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** Whether it posts {@code action} (one of {@link WebhookRules#ACTIONS}). */
    public BooleanProperty actionProperty(String action) {
        return actions.get(action);
    }

    public WebhookForm form() {
        List<String> chosen = actions.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        return new WebhookForm(registry.id(), registry.tenantId(), registry.location(), creating, name.get(),
                serviceUri.get(), headers.get(), !creating && clearHeaders.get(), chosen, scope.get(), enabled.get());
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.webhooks.WebhookAzCommands.form(form());
    }

    @Override
    protected FieldErrors validate() {
        return form().validate();
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(registry.scope(), creating ? WebhookActions.create(form()) : WebhookActions.update(form()));
    }
}
