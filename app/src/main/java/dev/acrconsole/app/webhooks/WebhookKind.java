package dev.acrconsole.app.webhooks;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.TableColumn;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A registry's webhooks: what it posts where when images are pushed, deleted or quarantined. */
public final class WebhookKind extends KindDescriptor<WebhookDetails> {
    public static final ResourceKind KIND = ResourceKind.of("webhook");

    public WebhookKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries/webhooks", "Webhooks", "Webhook",
                new Listing.Children(RegistryKind.KIND, "webhooks", ApiVersions.REGISTRY, Listing.When.ONCE_OPENED));
    }

    @Override
    protected WebhookDetails details(CachedResource resource) {
        return WebhookDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, WebhookDetails d) {
        return d.fields();
    }

    @Override
    public List<TableColumn> columns() {
        return List.of(
                new TableColumn("Name", Row::name),
                column("Status", d -> Format.enumValue(d.status())),
                column("Actions", WebhookDetails::actionsText),
                column("Scope", WebhookDetails::scopeText),
                new TableColumn("Provisioning", Row::provisioningState));
    }

    @Override
    public List<Watched> watched() {
        return List.of(
                new Watched("Status", "properties.status"),
                new Watched("Actions", "properties.actions[*]"),
                new Watched("Scope", "properties.scope"),
                Watched.PROVISIONING);
    }

    /** Where it posts and with which headers: secrets (a URI's token, an Authorization header), never kept. */
    @Override
    public Set<String> secretFields() {
        return Set.of("serviceUri", "customHeaders");
    }

    @Override
    public boolean readsMore() {
        return true;
    }

    /**
     * The service URI's host, read from ARM (getCallbackConfig) when a webhook is selected and kept nowhere: the rest
     * of the answer (the URI's path and query, the headers) is dropped here; Show callback… shows it on demand.
     */
    @Override
    public List<DetailField> readMore(ReadContext reads, Row row) {
        List<DetailField> fields = new ArrayList<>(describe(row).fields());
        fields.add(1, new DetailField("Service URI host", new WebhookCallbacks(reads.arm()).host(row.id())));
        return fields;
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return WebhookAzCommands.BY_ACTION;
    }
}
