package dev.acrconsole.ui.replications;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.replications.ReplicationActions;
import dev.acrconsole.app.replications.ReplicationDetails;
import dev.acrconsole.app.replications.ReplicationForm;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.app.replications.ReplicationRules;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Creating a replication (a region offered by Container Registry, not the registry's home region nor one it has) or
 * editing one (its regional endpoint and tags). The regions it already has are the cached replications.
 */
public final class ReplicationFormViewModel extends FormModel {
    private final PageContext context;
    private final Row registry;
    private final Row replication;
    private final StringProperty region = new SimpleStringProperty("");
    private final BooleanProperty zoneRedundant = new SimpleBooleanProperty(false);
    private final BooleanProperty regionEndpointEnabled = new SimpleBooleanProperty(true);
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private volatile List<String> replicated = List.of();

    public ReplicationFormViewModel(PageContext context, Row registry, Row replication) {
        this.context = context;
        this.registry = registry;
        this.replication = replication;
        watch(region, ReplicationForm.REGION);
        watch(tags, ReplicationForm.TAGS);
        if (replication != null) {
            ReplicationDetails d = replication.details(ReplicationDetails.class);
            region.set(d.location());
            zoneRedundant.set("Enabled".equalsIgnoreCase(d.zoneRedundancy()));
            regionEndpointEnabled.set(d.endpointEnabled());
            tags.set(String.join("\n", d.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        regions.setAll(offered(List.of()));
        context.background().submit(() -> context.children(registry, ReplicationKind.KIND))
                .thenAcceptAsync(rows -> {
                    replicated = rows.stream().map(Row::location).toList();
                    regions.setAll(offered(replicated));
                    refreshErrors();
                }, context.fx());
    }

    private List<String> offered(List<String> taken) {
        String home = ReplicationRules.normalized(registry.location());
        return ReplicationRules.REGIONS.stream().filter(r -> !r.equals(home))
                .filter(r -> taken.stream().map(ReplicationRules::normalized).noneMatch(r::equals)).toList();
    }

    public boolean creating() {
        return replication == null;
    }

    public String registryName() {
        return registry.name();
    }

    /** The region as chosen or typed ("westeurope", "West Europe"). */
    public StringProperty regionProperty() {
        return region;
    }

    public BooleanProperty zoneRedundantProperty() {
        return zoneRedundant;
    }

    public BooleanProperty regionEndpointEnabledProperty() {
        return regionEndpointEnabled;
    }

    /** {@code name=value}, one a line or comma-separated. */
    public StringProperty tagsProperty() {
        return tags;
    }

    /** The regions it can be replicated to: Container Registry's, less its home region and those it has. */
    public ObservableList<String> regions() {
        return regions;
    }

    public ReplicationForm form() {
        return new ReplicationForm(registry.id(), registry.tenantId(), creating(), registry.sku(), registry.location(),
                replicated, region.get(), zoneRedundant.get(), regionEndpointEnabled.get(), tags.get());
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.replications.ReplicationAzCommands.form(form());
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
        return context.submit(registry.scope(), creating() ? ReplicationActions.create(form())
                : ReplicationActions.update(replication.id(), replication.tenantId(), form()));
    }
}
