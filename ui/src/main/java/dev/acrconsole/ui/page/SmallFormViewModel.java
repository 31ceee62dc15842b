package dev.acrconsole.ui.page;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form of a few text fields whose rules and request come from app (task runs, agent pools): the fields by name,
 * checked as they change, sent only when the rules find nothing wrong.
 */
public final class SmallFormViewModel extends FormModel {
    private final Map<String, StringProperty> fields = new java.util.LinkedHashMap<>();
    private final Function<Map<String, String>, FieldErrors> rules;
    private final Function<Map<String, String>, OperationRequest> request;

    private final PageContext context;
    private final CacheScope scope;

    /** {@code scope}: the account whose resource the form changes. */
    public SmallFormViewModel(PageContext context, CacheScope scope, Map<String, String> initial,
                              Function<Map<String, String>, FieldErrors> rules,
                              Function<Map<String, String>, OperationRequest> request) {
        this.context = context;
        this.scope = scope;
        this.rules = rules;
        this.request = request;
        initial.forEach((field, value) -> {
            StringProperty p = new SimpleStringProperty(value);
            fields.put(field, p);
            watch(p, field);
        });
    }

    public StringProperty field(String name) {
        return fields.get(name);
    }

    private Map<String, String> values() {
        Map<String, String> out = new java.util.HashMap<>();
        fields.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    @Override
    protected FieldErrors validate() {
        return rules.apply(values());
    }

    /** Null when the form refused to send (its messages show), else the operation being journaled. */
    public CompletableFuture<Operation> submit() {
        if (!check()) {
            return null;
        }
        return context.submit(scope, request.apply(values()));
    }
}
