package dev.acrconsole.ui.scopemaps;

import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.scopemaps.ScopeMapActions;
import dev.acrconsole.app.scopemaps.ScopeMapDetails;
import dev.acrconsole.app.scopemaps.ScopeMapForm;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.GatewayPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.RepositoryPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Creating or editing a scope map with the actions editor: a row per repository (content read/write/delete, metadata
 * read/write) and per connected registry gateway (config/message read/write); the actions ARM will get show as they
 * are ticked. Actions the editor does not know are kept unchanged.
 */
public final class ScopeMapFormViewModel extends FormModel {

    /**
     * One repository (permissions {@link RepositoryPermission}) or connected registry gateway ({@link GatewayPermission})
     * and which of its actions the token may take.
     */
    public static final class PermissionRow<P extends Enum<P>> {
        private final StringProperty name = new SimpleStringProperty("");
        private final Map<P, BooleanProperty> permissions;

        PermissionRow(Class<P> type, String name, Set<P> granted) {
            this.name.set(name);
            this.permissions = new EnumMap<>(type);
            for (P p : type.getEnumConstants()) {
                permissions.put(p, new SimpleBooleanProperty(granted.contains(p)));
            }
        }

        public StringProperty nameProperty() {
            return name;
        }

        public BooleanProperty permission(P p) {
            return permissions.get(p);
        }

        Set<P> granted() {
            return permissions.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    private final PageContext context;
    private final CacheScope scope;
    private final String registryId;
    private final String tenantId;
    private final boolean creating;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<PermissionRow<RepositoryPermission>> repositories = FXCollections.observableArrayList();
    private final ObservableList<PermissionRow<GatewayPermission>> gateways = FXCollections.observableArrayList();
    private final List<String> others;
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");

    /** A new scope map in {@code registry}. */
    public ScopeMapFormViewModel(PageContext context, Row registry) {
        this(context, registry.scope(), registry.id(), registry.tenantId(), true, "", "", ScopeMapPermissions.fromActions(List.of()));
        addRepository();
    }

    /** Editing {@code scopeMap} (its name is fixed). */
    public static ScopeMapFormViewModel edit(PageContext context, Row scopeMap) {
        ScopeMapDetails d = scopeMap.details(ScopeMapDetails.class);
        return new ScopeMapFormViewModel(context, scopeMap.scope(), ArmIds.parent(scopeMap.id()), scopeMap.tenantId(), false, d.name(), d.description() == null ? "" : d.description(),
                ScopeMapPermissions.fromActions(d.actions()));
    }

    private ScopeMapFormViewModel(PageContext context, CacheScope scope, String registryId, String tenantId, boolean creating, String name,
                                  String description, ScopeMapPermissions permissions) {
        this.context = context;
        this.scope = scope;
        this.registryId = registryId;
        this.tenantId = tenantId;
        this.creating = creating;
        this.name.set(name);
        this.description.set(description);
        this.others = permissions.others();
        watch(this.name, ScopeMapForm.NAME);
        watch(this.description, ScopeMapForm.DESCRIPTION);
        permissions.repositories().forEach(r -> add(repositories, new PermissionRow<>(RepositoryPermission.class,
                r.repository(), r.permissions())));
        permissions.gateways().forEach(g -> add(gateways, new PermissionRow<>(GatewayPermission.class,
                g.connectedRegistry(), g.permissions())));
        updatePreview();
    }

    public boolean creating() {
        return creating;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<PermissionRow<RepositoryPermission>> repositories() {
        return repositories;
    }

    public ObservableList<PermissionRow<GatewayPermission>> gateways() {
        return gateways;
    }

    /** Actions kept as they are because the editor cannot show them. */
    public List<String> others() {
        return others;
    }

    /** The actions ARM will get, one a line, as they are ticked. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public void addRepository() {
        add(repositories, new PermissionRow<>(RepositoryPermission.class, "", RepositoryPermission.readOnly()));
    }

    public void addGateway() {
        add(gateways, new PermissionRow<>(GatewayPermission.class, "", EnumSet.allOf(GatewayPermission.class)));
    }

    public <P extends Enum<P>> void remove(PermissionRow<P> row) {
        repositories.remove(row);
        gateways.remove(row);
        changed();
    }

    private <P extends Enum<P>> void add(ObservableList<PermissionRow<P>> rows, PermissionRow<P> row) {
        rows.add(row);
        watch(row.name, ScopeMapPermissions.ACTIONS);
        row.name.addListener((o, a, b) -> updatePreview());
        row.permissions.values().forEach(p -> {
            watch(p, ScopeMapPermissions.ACTIONS);
            p.addListener((o, a, b) -> updatePreview());
        });
        changed();
    }

    private void changed() {
        updatePreview();
        refreshErrors();
    }

    private void updatePreview() {
        preview.set(String.join("\n", permissions().actions()));
    }

    private ScopeMapPermissions permissions() {
        return new ScopeMapPermissions(
                repositories.stream().map(r -> new ScopeMapPermissions.RepositoryRule(r.name.get(), r.granted())).toList(),
                gateways.stream().map(g -> new ScopeMapPermissions.GatewayRule(g.name.get(), g.granted())).toList(), others);
    }

    public ScopeMapForm form() {
        return new ScopeMapForm(registryId, tenantId, creating, name.get(), description.get(), permissions());
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
        return context.submit(scope, creating ? ScopeMapActions.create(form()) : ScopeMapActions.update(form()));
    }
}
