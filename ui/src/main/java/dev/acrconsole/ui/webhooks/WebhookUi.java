package dev.acrconsole.ui.webhooks;

import dev.acrconsole.app.webhooks.WebhookKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.kind.UiKind;
import dev.acrconsole.ui.page.RowAction;
import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** A registry's webhooks: created, edited, pinged, their event log and callback read on demand, deleted. */
public final class WebhookUi extends UiKind {
    public WebhookUi() {
        super(WebhookKind.KIND, "WH", "#c2185b");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignW.WEBHOOK;
    }

    @Override
    public List<RowAction> actions(ViewContext view, CollectionViewModel collection) {
        return List.of(
                RowAction.onParent("Create…", "webhook-create", "Create a webhook",
                        registry -> WebhookDialogs.webhook(view, new WebhookFormViewModel(view.page(), registry, null)).show()),
                RowAction.onSelected("Edit…", "webhook-edit", "Change its actions, scope, status, URI or headers", w -> {
                    if (collection.parent() == null) {
                        view.page().notice().accept("The registry is not in the cache yet: wait for the refresh, then try again.");
                    } else {
                        WebhookDialogs.webhook(view, new WebhookFormViewModel(view.page(), collection.parent(), w)).show();
                    }
                }),
                RowAction.onSelected("Ping", "webhook-ping", "Post a ping event to its service now (see Events…)",
                        w -> new WebhookCommands(view.page()).ping(w)),
                RowAction.onSelected("Events…", "webhook-events", "What it posted and what the service answered",
                        w -> WebhookDialogs.events(view, new WebhookEventsViewModel(view.page(), w)).show()),
                RowAction.onSelected("Show callback…", "webhook-callback", "Its service URI and custom headers (secrets: shown once)",
                        w -> new WebhookEventsViewModel(view.page(), w).callback(c -> WebhookDialogs.showCallback(view, w, c))),
                RowAction.onSelected("Delete…", "webhook-delete", "Delete the webhook", w -> WebhookDialogs.delete(view, w)));
    }
}
