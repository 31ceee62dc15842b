package dev.acrconsole.ui.registries;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Deleting a registry: confirmed by typing its name exactly. */
public final class DeleteRegistryViewModel extends FormModel {
    public static final String CONFIRM = "confirm";

    private final PageContext context;
    private final Row registry;
    private final StringProperty typed = new SimpleStringProperty("");

    public DeleteRegistryViewModel(PageContext context, Row registry) {
        this.context = context;
        this.registry = registry;
        watch(typed, CONFIRM);
    }

    public String name() {
        return registry.name();
    }

    public StringProperty typedProperty() {
        return typed;
    }

    @Override
    protected FieldErrors validate() {
        return new FieldErrors().check(!registry.name().equals(typed.get()), CONFIRM,
                "Type " + registry.name() + " exactly (letters and case as shown) to confirm.");
    }

    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(registry.scope(), RegistryActions.delete(registry.id(), registry.tenantId(), typed.get()));
    }
}
