package dev.acrconsole.ui.registryendpoints;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.iotinstances.ExtendedLocation;
import dev.acrconsole.app.iotinstances.IotInstance;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.registryendpoints.AuthenticationMethod;
import dev.acrconsole.app.registryendpoints.EndpointAuthentication;
import dev.acrconsole.app.registryendpoints.EndpointForm;
import dev.acrconsole.app.registryendpoints.RegistryEndpoint;
import dev.acrconsole.app.registryendpoints.RegistryEndpointActions;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The create / edit form of one IoT Operations registry endpoint: name, host (a cached registry's login server or any
 * registry host), and one of the four authentication methods with the fields that method needs. Every field is checked
 * as it is typed (app's {@link EndpointForm} rules); nothing is sent while a message shows.
 */
public final class RegistryEndpointFormViewModel extends FormModel {
    private final PageContext context;
    private final Row instance;
    private final RegistryEndpoint existing;
    private final ExtendedLocation extendedLocation;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final ObjectProperty<AuthenticationMethod> method = new SimpleObjectProperty<>();
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty identityTenantId = new SimpleStringProperty("");
    private final StringProperty scope = new SimpleStringProperty("");
    private final StringProperty secretRef = new SimpleStringProperty("");
    private final ObservableList<String> loginServers = FXCollections.observableArrayList();
    private final ObservableList<String> secretRefs = FXCollections.observableArrayList();

    /** {@code endpoint}: the cached endpoint to edit, or null to create one in {@code instance}. */
    public RegistryEndpointFormViewModel(PageContext context, Row instance, Row endpoint) {
        this.context = context;
        this.instance = instance;
        this.existing = endpoint == null ? null : endpoint.details(RegistryEndpoint.class);
        // An endpoint keeps the location it was made on (ARM allows no change); a new one runs where its instance does.
        this.extendedLocation = existing != null && existing.extendedLocation() != null ? existing.extendedLocation()
                : instance.details(IotInstance.class).extendedLocation();
        watch(name, EndpointForm.NAME);
        watch(host, EndpointForm.HOST);
        watch(method, EndpointForm.METHOD);
        watch(clientId, EndpointForm.CLIENT_ID);
        watch(identityTenantId, EndpointForm.TENANT_ID);
        watch(secretRef, EndpointForm.SECRET_REF);
        if (existing != null) {
            fillFrom(existing);
        }
    }

    private void fillFrom(RegistryEndpoint e) {
        name.set(e.name());
        host.set(Objects.requireNonNullElse(e.host(), ""));
        method.set(e.authentication().method()); // an unknown method leaves the choice to the user
        switch (e.authentication()) {
            case EndpointAuthentication.UserAssigned ua -> {
                clientId.set(Objects.requireNonNullElse(ua.clientId(), ""));
                identityTenantId.set(Objects.requireNonNullElse(ua.tenantId(), ""));
                scope.set(Objects.requireNonNullElse(ua.scope(), ""));
            }
            case EndpointAuthentication.ArtifactPullSecret ps -> secretRef.set(Objects.requireNonNullElse(ps.secretRef(), ""));
            default -> { }
        }
    }

    /** Reads the choices (cached login servers, this instance's secret references) in the background. */
    public CompletableFuture<Void> load() {
        ResourceStore store = context.store();
        CacheScope s = instance.scope();
        return context.background().submit(() -> new Choices(
                        store.distinctJsonValues(s, RegistryKind.KIND, "$.properties.loginServer"),
                        context.children(instance, RegistryEndpointKind.KIND).stream()
                                .map(r -> r.details(RegistryEndpoint.class).authentication())
                                .filter(a -> a instanceof EndpointAuthentication.ArtifactPullSecret)
                                .map(a -> ((EndpointAuthentication.ArtifactPullSecret) a).secretRef())
                                .filter(Objects::nonNull).distinct().sorted().toList()))
                .thenAcceptAsync(c -> {
                    loginServers.setAll(c.loginServers());
                    secretRefs.setAll(c.secretRefs());
                }, context.fx());
    }

    private record Choices(List<String> loginServers, List<String> secretRefs) {}

    public boolean editing() {
        return existing != null;
    }

    public String instanceName() {
        return instance.name();
    }

    /** Where the endpoint runs: the instance's custom location. */
    public String customLocation() {
        return extendedLocation == null ? "(none)" : extendedLocation.shortName();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public ObjectProperty<AuthenticationMethod> methodProperty() {
        return method;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty identityTenantIdProperty() {
        return identityTenantId;
    }

    public StringProperty scopeProperty() {
        return scope;
    }

    public StringProperty secretRefProperty() {
        return secretRef;
    }

    public ObservableList<String> loginServers() {
        return loginServers;
    }

    public ObservableList<String> secretRefs() {
        return secretRefs;
    }

    /** True while {@code m} is the chosen method: its fields show. */
    public BooleanBinding chosen(AuthenticationMethod m) {
        return Bindings.createBooleanBinding(() -> method.get() == m, method);
    }

    public EndpointForm form() {
        return new EndpointForm(instance.id(), instance.tenantId(), extendedLocation, name.get().strip(), host.get().strip(),
                method.get(), clientId.get().strip(), identityTenantId.get().strip(), scope.get().strip(), secretRef.get().strip(),
                existing != null && existing.authentication() instanceof EndpointAuthentication.SystemAssigned sa ? sa.audience() : null,
                existing == null ? List.of() : existing.codeSigningCas());
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
        return context.submit(instance.scope(), RegistryEndpointActions.createOrUpdate(form(), editing()));
    }
}
