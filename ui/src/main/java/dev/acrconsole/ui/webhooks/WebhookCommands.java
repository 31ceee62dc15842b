package dev.acrconsole.ui.webhooks;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.webhooks.WebhookActions;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;

/** Deleting and pinging a webhook (creating and editing have their form). */
public final class WebhookCommands {
    private final PageContext context;

    public WebhookCommands(PageContext context) {
        this.context = context;
    }

    public CompletableFuture<Operation> delete(Row webhook) {
        return context.submit(webhook.scope(), WebhookActions.delete(webhook.id(), webhook.tenantId()));
    }

    /** ARM posts a ping event now; the service's answer shows in the event log. */
    public CompletableFuture<Operation> ping(Row webhook) {
        return context.submit(webhook.scope(), WebhookActions.ping(webhook.id(), webhook.tenantId()));
    }
}
