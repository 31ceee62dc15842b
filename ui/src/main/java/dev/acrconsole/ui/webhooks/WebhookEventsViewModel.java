package dev.acrconsole.ui.webhooks;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.webhooks.WebhookActions;
import dev.acrconsole.app.webhooks.WebhookCallbacks;
import dev.acrconsole.app.webhooks.WebhookEvent;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A webhook's event log and its callback configuration, read from ARM when asked (listEvents, getCallbackConfig) and
 * held only while the dialog shows them: the service URI is in each event's request, so none of it is cached.
 */
public final class WebhookEventsViewModel {
    private final PageContext context;
    private final Row webhook;
    private final ObservableList<WebhookEvent> events = FXCollections.observableArrayList();
    private final ObjectProperty<WebhookEvent> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper request = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper("");

    public WebhookEventsViewModel(PageContext context, Row webhook) {
        this.context = context;
        this.webhook = webhook;
        selected.addListener((obs, old, e) -> {
            request.set(e == null ? "" : requestText(e));
            response.set(e == null ? "" : responseText(e));
        });
    }

    public String webhookName() {
        return webhook.name();
    }

    public ObservableList<WebhookEvent> events() {
        return events;
    }

    public ObjectProperty<WebhookEvent> selectedProperty() {
        return selected;
    }

    /** What the last read found, or why it failed (ARM's code and message). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected event's request: method, URI, headers (as ARM shows them: secret values masked), content. */
    public ReadOnlyStringProperty requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** The selected event's response: status code, headers, content. */
    public ReadOnlyStringProperty responseProperty() {
        return response.getReadOnlyProperty();
    }

    /** Reads the log from ARM; the newest event is selected. */
    public CompletableFuture<List<WebhookEvent>> load() {
        Session s = context.session(webhook);
        if (s == null) {
            status.set("Offline: the event log is read from Azure when connected.");
            return CompletableFuture.completedFuture(List.of());
        }
        status.set("Reading the event log…");
        return context.background().submit(() -> new WebhookCallbacks(s.arm()).events(webhook.id()))
                .whenCompleteAsync((list, error) -> {
                    if (error != null) {
                        status.set("Could not read the event log: " + ArmErrors.describe(error));
                        return;
                    }
                    events.setAll(list);
                    selected.set(list.isEmpty() ? null : list.getFirst());
                    long delivered = list.stream().filter(WebhookEvent::delivered).count();
                    status.set(list.isEmpty() ? "No events yet: Ping sends one."
                            : list.size() + (list.size() == 1 ? " event" : " events") + ", " + delivered + " answered 2xx.");
                }, context.fx());
    }

    /**
     * Pings through the operations center and, once ARM has taken it, reads the log again: the ping is its newest
     * event (its answer may still be on its way: Read again shows it).
     */
    public CompletableFuture<Operation> ping() {
        Session s = context.session(webhook);
        if (s == null) {
            status.set("Offline: nothing can be sent.");
            return CompletableFuture.completedFuture(null);
        }
        status.set("Pinging…");
        return s.operations().submitAndWait(WebhookActions.ping(webhook.id(), webhook.tenantId()))
                .whenCompleteAsync((op, error) -> {
                    if (error != null || op.state() != Operation.State.Succeeded) {
                        status.set("Ping not sent: " + (error != null ? ArmErrors.describe(error)
                                : op.errorCode() + ": " + op.errorMessage()));
                    }
                }, context.fx());
    }

    /** getCallbackConfig, handed to {@code show} on the FX thread and kept nowhere. */
    public CompletableFuture<WebhookCallbacks.CallbackConfig> callback(Consumer<WebhookCallbacks.CallbackConfig> show) {
        Session s = context.session(webhook);
        if (s == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("offline"));
        }
        return context.background().submit(() -> {
            try {
                return new WebhookCallbacks(s.arm()).callbackConfig(webhook.id());
            } catch (RuntimeException e) {
                throw new IllegalStateException(ArmErrors.describe(e), e); // ARM's code and message, in one line
            }
        }).whenCompleteAsync((config, error) -> {
            if (error == null) {
                show.accept(config);
            } else {
                status.set("Could not read the callback: " + ArmErrors.describe(error));
            }
        }, context.fx());
    }

    static String requestText(WebhookEvent e) {
        StringBuilder b = new StringBuilder();
        b.append(e.method() == null ? "POST" : e.method()).append(' ').append(e.requestUri().reveal()).append('\n');
        headers(b, e.requestHeaders());
        if (e.requestContent() != null) {
            b.append('\n').append(e.requestContent());
        }
        return b.toString();
    }

    static String responseText(WebhookEvent e) {
        StringBuilder b = new StringBuilder("Status: ").append(e.outcome()).append('\n');
        headers(b, e.responseHeaders());
        if (e.responseContent() != null && !e.responseContent().isBlank()) {
            b.append('\n').append(e.responseContent());
        }
        return b.toString();
    }

    private static void headers(StringBuilder b, Map<String, String> headers) {
        headers.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
    }
}
