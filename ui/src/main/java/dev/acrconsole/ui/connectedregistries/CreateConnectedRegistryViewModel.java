package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.arm.ArmErrors;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryActions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryForm;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryNames;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryRules;
import dev.acrconsole.app.connectedregistries.CreateConnectedRegistryFlow.Step;
import dev.acrconsole.app.connectedregistries.CreateConnectedRegistryFlow;
import dev.acrconsole.app.connectedregistries.ParentRegistry;
import dev.acrconsole.app.forms.CronSchedule;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.NavigationRow;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.NameCheck;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create wizard, one page at a time: where (a Premium registry with its data endpoint on, a free name, a mode),
 * what and when it syncs, how it runs on site, then the three operations of {@link CreateConnectedRegistryFlow}.
 * Each page is checked before the next opens; nothing is sent until Create (the name check and enabling the data
 * endpoint aside, both on request of a valid page).
 */
public final class CreateConnectedRegistryViewModel extends FormModel {
    public static final List<String> PAGE_TITLES = List.of("Where it syncs from", "What and when it syncs", "On site",
            "Create");
    public static final int CREATE_PAGE = 3;

    /** A cached registry to choose as the parent. */
    public record RegistryChoice(CacheScope scope, String id, String name, String sku, String group, String tenantId) {
        @Override
        public String toString() {
            return name + "  (" + (sku == null ? "?" : sku) + ", " + group + ")";
        }
    }

    private final PageContext context;
    private final ObservableList<RegistryChoice> registries = FXCollections.observableArrayList();
    private final ObjectProperty<RegistryChoice> registry = new SimpleObjectProperty<>();
    private final ObjectProperty<ParentRegistry> parent = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty mode = new SimpleStringProperty("Registry");
    private final StringProperty repositories = new SimpleStringProperty("");
    private final SyncFields fields = new SyncFields(CronSchedule.CONTINUOUS, "", "P1D", "Information", false, List.of());
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final NameCheck nameCheck;
    private final ReadOnlyStringWrapper parentVerdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper enabling = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper(false);
    private CreateConnectedRegistryFlow flow;
    /** The chosen registry's settings and tokens, being read (for {@link #load}'s caller). */
    private CompletableFuture<Void> parentRead = CompletableFuture.completedFuture(null);

    public CreateConnectedRegistryViewModel(PageContext context) {
        this.context = context;
        this.nameCheck = new NameCheck(context.background(), context.fx(), this::refreshErrors);
        watch(registry, ConnectedRegistryForm.PARENT);
        watch(parent, ConnectedRegistryForm.PARENT);
        watch(name, ConnectedRegistryForm.NAME);
        watch(mode, ConnectedRegistryForm.MODE);
        watch(repositories, ConnectedRegistryForm.REPOSITORIES);
        fields.watch(this::watch);
        registry.addListener((obs, old, r) -> loadParent(r));
        parent.addListener((obs, old, p) -> {
            parentVerdict.set(p == null || p.problem() == null ? "" : p.problem());
            scheduleNameCheck(name.get());
        });
        name.addListener((obs, old, n) -> scheduleNameCheck(n));
    }

    /**
     * Reads the cached registries to choose from, preferring {@code registryId}; completes on the FX thread once the
     * chosen one's settings and tokens are read too.
     */
    public CompletableFuture<Void> load(String registryId) {
        CacheScope scope = context.scope();
        return context.background().submit(() -> context.store().navigationRows(scope).stream()
                        .filter(r -> r.kind() == RegistryKind.KIND && r.id() != null).map(CreateConnectedRegistryViewModel::choice).toList())
                .thenAcceptAsync(list -> {
                    registries.setAll(list);
                    list.stream().filter(r -> r.id().equalsIgnoreCase(registryId)).findFirst()
                            .or(() -> list.stream().filter(r -> "Premium".equals(r.sku())).findFirst())
                            .ifPresent(registry::set);
                }, context.fx())
                .thenCompose(v -> parentRead);
    }

    private static RegistryChoice choice(NavigationRow r) {
        String group = r.parentKey() == null ? "" : r.parentKey().substring(r.parentKey().lastIndexOf('/') + 1);
        return new RegistryChoice(r.scope(), r.id(), r.name(), r.sku(), group, r.tenantId());
    }

    private void loadParent(RegistryChoice r) {
        parent.set(null);
        fields.clientTokens().clear();
        if (r == null) {
            parentRead = CompletableFuture.completedFuture(null);
            return;
        }
        parentRead = CompletableFuture.allOf(
                context.background().submit(() -> context.store().get(r.scope(), r.id()).map(ParentRegistry::of).orElse(null))
                        .thenAcceptAsync(p -> {
                            if (registry.get() == r) {
                                parent.set(p);
                            }
                        }, context.fx()),
                ClientTokens.read(context, r.scope(), r.id(), List.of(), null).thenAcceptAsync(tokens -> {
                    if (registry.get() == r) { // not another registry's, read before the user chose this one
                        fields.clientTokens().setAll(tokens);
                    }
                }, context.fx()));
    }

    /** The session of the chosen registry's account and tenant; null offline. */
    private Session session() {
        RegistryChoice r = registry.get();
        return r == null ? null : context.session(r.scope(), r.tenantId());
    }

    public ObservableList<RegistryChoice> registries() {
        return registries;
    }

    public ObjectProperty<RegistryChoice> registryProperty() {
        return registry;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty modeProperty() {
        return mode;
    }

    public StringProperty repositoriesProperty() {
        return repositories;
    }

    /** Schedule, window, TTL, logging, notifications and client tokens. */
    public SyncFields fields() {
        return fields;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    /** Why the chosen registry cannot hold connected registries (shown at once), or empty. */
    public ReadOnlyStringProperty parentVerdictProperty() {
        return parentVerdict.getReadOnlyProperty();
    }

    /** Premium with its data endpoint off: the wizard can turn it on (an operation). */
    public ObservableValue<Boolean> canEnableDataEndpointProperty() {
        return parent.map(ParentRegistry::needsDataEndpoint).orElse(false);
    }

    public ReadOnlyBooleanProperty enablingProperty() {
        return enabling.getReadOnlyProperty();
    }

    /** "Checking…", "Available", or empty; a taken name shows as the name's error instead. */
    public ReadOnlyStringProperty nameCheckProperty() {
        return nameCheck.statusProperty();
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    /** How the creation (or the removal) ended, in words. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** After a failed step: what was made can be removed. */
    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canRemove.getReadOnlyProperty();
    }

    public ConnectedRegistryForm form() {
        return new ConnectedRegistryForm(parent.get(), name.get().strip(), mode.get(), SyncText.items(repositories.get()),
                fields.settings(), fields.logLevelProperty().get(), fields.auditLogProperty().get(), fields.notificationList(),
                fields.chosenTokens());
    }

    /** The checks of the pages seen so far (later pages' fields are not judged before they are shown). */
    @Override
    protected FieldErrors validate() {
        FieldErrors all = form().validate();
        if (registry.get() != null && parent.get() == null) {
            all.add(ConnectedRegistryForm.PARENT, registry.get().name() + " is not in the cache: refresh it first.");
        }
        String taken = parent.get() == null ? null : nameCheck.taken(parent.get().id() + "/" + name.get().strip());
        if (taken != null) {
            all.add(ConnectedRegistryForm.NAME, taken);
        }
        FieldErrors shown = new FieldErrors();
        for (int p = 0; p <= Math.min(page.get(), ConnectedRegistryForm.PAGES.size() - 1); p++) {
            Set<String> fields = ConnectedRegistryForm.PAGES.get(p);
            all.all().forEach((field, message) -> {
                if (fields.contains(field)) {
                    shown.add(field, message);
                }
            });
        }
        return shown;
    }

    /** Opens the next page if this one is right; false (its messages showing) if not. Sends nothing. */
    public boolean next() {
        if (page.get() >= CREATE_PAGE || !check()) {
            return false;
        }
        page.set(page.get() + 1);
        return true;
    }

    public void back() {
        if (page.get() > 0 && !started.get()) {
            page.set(page.get() - 1);
        }
    }

    /** What Create will make, for the last page. */
    public String summary() {
        ConnectedRegistryForm f = form();
        if (!f.validate().isEmpty()) {
            return "";
        }
        String sched = f.sync().continuous() ? "continuously" : "on '" + f.sync().schedule().strip() + "' for "
                + f.sync().syncWindow().strip() + " each time";
        return "In " + f.parent().name() + ", three operations, in order:\n"
                + "  1. scope map " + ConnectedRegistryActions.syncScopeMapName(f.name()) + ": "
                + ConnectedRegistryActions.syncPermissions(f).actions().size() + " actions on " + String.join(", ", f.repositories())
                + " and its gateway\n"
                + "  2. token " + ConnectedRegistryActions.syncTokenName(f.name()) + " with that scope map\n"
                + "  3. connected registry " + f.name() + " (" + f.mode() + "), syncing " + sched + ", messages kept "
                + f.sync().messageTtl().strip() + ", log level " + f.logLevel()
                + (f.clientTokenIds().isEmpty() ? "" : ", " + f.clientTokenIds().size() + " client token(s)") + ".";
    }

    /** Starts the three operations; each shows in the operations panel. Refused (false) when something is wrong. */
    public boolean create() {
        Session s = session();
        page.set(CREATE_PAGE);
        if (started.get() || s == null || !check()) {
            if (s == null) {
                outcome.set("Offline: nothing can be created.");
            }
            return false;
        }
        started.set(true);
        working.set(true);
        flow = new CreateConnectedRegistryFlow(form(), s.operations()::submitAndWait,
                list -> context.fx().execute(() -> steps.setAll(list)));
        steps.setAll(flow.steps());
        flow.start().whenCompleteAsync((result, error) -> {
            working.set(false);
            outcome.set(error != null ? "Stopped: " + ArmErrors.describe(error) : result.succeeded()
                    ? result.message() + " It stays Inactive until its runtime is deployed on site: select it and use"
                    + " Get connection string." : result.message());
            canRemove.set(!flow.made().isEmpty() && (error != null || !result.succeeded()));
        }, context.fx());
        return true;
    }

    /** Deletes what a failed creation made, newest first, each an operation. */
    public void removeMade() {
        if (flow == null || working.get()) {
            return;
        }
        working.set(true);
        canRemove.set(false);
        flow.removeMade().whenCompleteAsync((result, error) -> {
            working.set(false);
            outcome.set(error != null ? "Stopped: " + ArmErrors.describe(error) : result.message());
            canRemove.set(!flow.made().isEmpty());
        }, context.fx());
    }

    /** Turns the chosen registry's data endpoint on (an operation), then reads the registry again. */
    public void enableDataEndpoint() {
        Session s = session();
        ParentRegistry p = parent.get();
        if (s == null || p == null || !p.needsDataEndpoint() || enabling.get()) {
            return;
        }
        enabling.set(true);
        RegistryChoice chosen = registry.get();
        s.operations().submitAndWait(RegistryActions.enableDataEndpoint(p.id(), p.tenantId()))
                .whenCompleteAsync((op, error) -> {
                    enabling.set(false);
                    if (error != null || op.state() != Operation.State.Succeeded) {
                        parentVerdict.set("Could not enable the data endpoint: "
                                + (error != null ? ArmErrors.describe(error) : op.errorCode() + ": " + op.errorMessage()));
                    } else if (registry.get() == chosen) {
                        loadParent(chosen);
                    }
                }, context.fx());
    }

    private void scheduleNameCheck(String typed) {
        Session session = session();
        ParentRegistry p = parent.get();
        String candidate = typed.strip();
        if (session == null || p == null || p.problem() != null || ConnectedRegistryRules.nameProblem(candidate) != null) {
            nameCheck.clear();
            return;
        }
        nameCheck.check(p.id() + "/" + candidate, () -> new ConnectedRegistryNames(session.arm().http()).taken(p.id(), candidate));
    }
}
