package dev.acrconsole.ui.registries;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.app.registries.RegistryRules;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.NameCheck;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create-registry form: where it goes (a cached resource group), name, location, SKU and features. The name is
 * checked as it is typed against ACR's rule, then (after a pause) against ARM's checkNameAvailability.
 */
public final class CreateRegistryViewModel extends FormModel {
    /** Regions offered in the list; any other Azure region name may be typed. */
    public static final List<String> LOCATIONS = List.of("eastus", "eastus2", "westus2", "westus3", "centralus",
            "northeurope", "westeurope", "uksouth", "germanywestcentral", "southeastasia", "australiaeast", "japaneast");

    /** A resource group a registry can be created in, with its subscription. */
    public record GroupChoice(CacheScope scope, String subscriptionId, String subscriptionName, String tenantId, String group,
                              String location) {
        @Override
        public String toString() {
            return group + "  (" + subscriptionName + ")";
        }
    }

    private final PageContext context;
    private final ObservableList<GroupChoice> groups = FXCollections.observableArrayList();
    private final ObjectProperty<GroupChoice> group = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty sku = new SimpleStringProperty("Standard");
    private final BooleanProperty adminUser = new SimpleBooleanProperty(false);
    private final BooleanProperty publicAccess = new SimpleBooleanProperty(true);
    private final BooleanProperty zoneRedundancy = new SimpleBooleanProperty(false);
    private final BooleanProperty dataEndpoint = new SimpleBooleanProperty(false);
    private final NameCheck nameCheck;

    public CreateRegistryViewModel(PageContext context) {
        this.context = context;
        this.nameCheck = new NameCheck(context.background(), context.fx(), this::refreshErrors);
        watch(name, RegistryForm.NAME);
        watch(group, RegistryForm.RESOURCE_GROUP);
        watch(location, RegistryForm.LOCATION);
        watch(sku, RegistryForm.SKU);
        for (var feature : List.of(publicAccess, zoneRedundancy, dataEndpoint)) {
            watch(feature, RegistryForm.FEATURES);
        }
        group.addListener((obs, old, g) -> {
            if (g != null && (location.get().isBlank() || old != null && location.get().equals(old.location()))) {
                location.set(g.location()); // a new registry usually lives where its group does
            }
        });
        name.addListener((obs, old, n) -> scheduleNameCheck(n));
    }

    /** Reads the cached resource groups to choose from; completes on the FX thread. */
    public CompletableFuture<Void> load(String preferredGroupId) {
        CacheScope scope = context.scope();
        ResourceStore store = context.store();
        return context.background().submit(() -> choices(store.navigationRows(scope)))
                .thenAcceptAsync(list -> {
                    groups.setAll(list);
                    list.stream().filter(g -> preferredGroupId != null && ("/subscriptions/" + g.subscriptionId()
                            + "/resourcegroups/" + g.group()).equalsIgnoreCase(preferredGroupId))
                            .findFirst().or(() -> list.stream().findFirst()).ifPresent(group::set);
                }, context.fx());
    }

    private static List<GroupChoice> choices(List<NavigationRow> rows) {
        Map<String, NavigationRow> subscriptions = new HashMap<>();
        rows.stream().filter(r -> r.kind() == SubscriptionKind.KIND).forEach(r -> subscriptions.put(r.id().toLowerCase(), r));
        return rows.stream().filter(r -> r.kind() == ResourceGroupKind.KIND).map(r -> {
            NavigationRow sub = subscriptions.get(r.parentKey());
            String subscriptionId = r.parentKey().substring(r.parentKey().lastIndexOf('/') + 1);
            return new GroupChoice(r.scope(), subscriptionId, sub == null ? subscriptionId : sub.name(),
                    sub == null ? null : sub.tenantId(), r.name(), r.location());
        }).toList();
    }

    public ObservableList<GroupChoice> groups() {
        return groups;
    }

    public ObjectProperty<GroupChoice> groupProperty() {
        return group;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public BooleanProperty adminUserProperty() {
        return adminUser;
    }

    public BooleanProperty publicAccessProperty() {
        return publicAccess;
    }

    public BooleanProperty zoneRedundancyProperty() {
        return zoneRedundancy;
    }

    public BooleanProperty dataEndpointProperty() {
        return dataEndpoint;
    }

    /** "Checking…", "Available", or empty; a taken name shows as the name field's error instead. */
    public ReadOnlyStringProperty nameCheckProperty() {
        return nameCheck.statusProperty();
    }

    public RegistryForm form() {
        GroupChoice g = group.get();
        return new RegistryForm(g == null ? null : g.subscriptionId(), g == null ? null : g.tenantId(),
                g == null ? null : g.group(), name.get().strip(), location.get().strip(), sku.get(), adminUser.get(),
                publicAccess.get(), zoneRedundancy.get(), dataEndpoint.get());
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.registries.RegistryAzCommands.create(form());
    }

    @Override
    protected FieldErrors validate() {
        FieldErrors errors = form().validate();
        String taken = nameCheck.taken(name.get().strip());
        return taken == null ? errors : errors.add(RegistryForm.NAME, taken);
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(group.get().scope(), RegistryActions.create(form()));
    }

    private void scheduleNameCheck(String typed) {
        GroupChoice g = group.get();
        Session session = g == null ? null : context.session(g.scope(), g.tenantId());
        String candidate = typed.strip();
        if (session == null || g == null || RegistryRules.nameProblem(candidate) != null) {
            nameCheck.clear();
            return;
        }
        nameCheck.check(candidate, () -> session.registries().nameTaken(g.subscriptionId(), candidate));
    }
}
