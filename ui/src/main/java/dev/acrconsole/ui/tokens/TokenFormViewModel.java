package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.tokens.TokenActions;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.app.tokens.TokenForm;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Creating or editing a token: its name (on create), the scope map that says what it may do, enabled or not. */
public final class TokenFormViewModel extends FormModel {

    /** A cached scope map of the registry, by name. */
    public record ScopeMapChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final PageContext context;
    private final Row registry;
    private final boolean creating;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ScopeMapChoice> scopeMap = new SimpleObjectProperty<>();
    private final BooleanProperty enabled = new SimpleBooleanProperty(true);
    private final ObservableList<ScopeMapChoice> scopeMaps = FXCollections.observableArrayList();

    public TokenFormViewModel(PageContext context, Row registry, Row token) {
        this.context = context;
        this.registry = registry;
        this.creating = token == null;
        watch(name, TokenForm.NAME);
        watch(scopeMap, TokenForm.SCOPE_MAP);
        String current = null;
        if (token != null) {
            TokenDetails d = token.details(TokenDetails.class);
            name.set(d.name());
            enabled.set(d.enabled());
            current = d.scopeMapId();
        }
        String wanted = current;
        context.background().submit(() -> context.children(registry, ScopeMapKind.KIND))
                .thenAcceptAsync(maps -> {
                    scopeMaps.setAll(maps.stream().map(m -> new ScopeMapChoice(m.id(), m.name())).toList());
                    scopeMaps.stream().filter(m -> wanted != null && m.id().equalsIgnoreCase(wanted)).findFirst()
                            .ifPresent(scopeMap::set);
                }, context.fx());
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

    public ObjectProperty<ScopeMapChoice> scopeMapProperty() {
        return scopeMap;
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public ObservableList<ScopeMapChoice> scopeMaps() {
        return scopeMaps;
    }

    public TokenForm form() {
        return new TokenForm(registry.id(), registry.tenantId(), creating, name.get(),
                scopeMap.get() == null ? null : scopeMap.get().id(), enabled.get());
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.tokens.TokenAzCommands.form(form());
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
        return context.submit(registry.scope(), creating ? TokenActions.create(form()) : TokenActions.update(form()));
    }
}
