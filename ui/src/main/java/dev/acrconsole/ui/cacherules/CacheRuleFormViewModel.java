package dev.acrconsole.ui.cacherules;

import dev.acrconsole.app.cacherules.CacheRuleActions;
import dev.acrconsole.app.cacherules.CacheRuleDetails;
import dev.acrconsole.app.cacherules.CacheRuleForm;
import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.app.credentialsets.CredentialSetDetails;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.FormModel;
import dev.acrconsole.ui.page.PageContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Creating or editing a cache rule: its name, source and target repositories (on create), and the credential set it
 * signs in with, picked from the registry's cached ones (or none, to pull anonymously). The targets of the other cached
 * rules are known, so a target already served is refused where it is typed.
 */
public final class CacheRuleFormViewModel extends FormModel {

    /** A cached credential set of the registry, or {@link #NONE}. */
    public record SetChoice(String id, String name, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static final SetChoice NONE = new SetChoice(null, null, "(none: pull anonymously)");

    private final PageContext context;
    private final Row registry;
    private final boolean creating;
    private final String ruleId;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<SetChoice> credentialSet = new SimpleObjectProperty<>(NONE);
    private final ObservableList<SetChoice> credentialSets = FXCollections.observableArrayList(NONE);
    private volatile List<String> otherTargets = List.of();

    public CacheRuleFormViewModel(PageContext context, Row registry, Row rule) {
        this.context = context;
        this.registry = registry;
        this.creating = rule == null;
        this.ruleId = rule == null ? null : rule.id();
        String current = null;
        if (rule != null) {
            CacheRuleDetails d = rule.details(CacheRuleDetails.class);
            name.set(d.name());
            source.set(d.sourceRepository() == null ? "" : d.sourceRepository());
            target.set(d.targetRepository() == null ? "" : d.targetRepository());
            current = d.credentialSetId();
        }
        watch(name, CacheRuleForm.NAME);
        watch(source, CacheRuleForm.SOURCE);
        watch(target, CacheRuleForm.TARGET);
        watch(credentialSet, CacheRuleForm.CREDENTIAL_SET);
        source.addListener((obs, old, now) -> refreshErrors()); // the target's wildcard follows the source's
        String wanted = current;
        context.background().submit(() -> new Cached(context.children(registry, CredentialSetKind.KIND),
                        context.children(registry, CacheRuleKind.KIND)))
                .thenAcceptAsync(cached -> {
                    List<SetChoice> choices = new ArrayList<>();
                    choices.add(NONE);
                    cached.sets().forEach(s -> choices.add(choice(s)));
                    credentialSets.setAll(choices);
                    credentialSets.stream().filter(c -> wanted != null && c.id() != null && c.id().equalsIgnoreCase(wanted))
                            .findFirst().ifPresent(credentialSet::set);
                    otherTargets = cached.rules().stream().filter(r -> !r.id().equalsIgnoreCase(ruleId == null ? "" : ruleId))
                            .map(r -> r.details(CacheRuleDetails.class).targetRepository()).toList();
                    refreshErrors();
                }, context.fx());
    }

    private record Cached(List<Row> sets, List<Row> rules) {}

    private static SetChoice choice(Row set) {
        CredentialSetDetails d = set.details(CredentialSetDetails.class);
        return new SetChoice(set.id(), set.name(), set.name() + " (" + d.loginServer() + (d.unhealthy() ? ", UNHEALTHY" : "") + ")");
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

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<SetChoice> credentialSetProperty() {
        return credentialSet;
    }

    /** None first, then the registry's cached credential sets (an unhealthy one says so). */
    public ObservableList<SetChoice> credentialSets() {
        return credentialSets;
    }

    public CacheRuleForm form() {
        SetChoice set = credentialSet.get();
        return new CacheRuleForm(registry.id(), registry.tenantId(), creating, name.get(), source.get(), target.get(),
                set == null ? null : set.id(), otherTargets);
    }

    @Override
    protected String azCommand() {
        return dev.acrconsole.app.cacherules.CacheRuleAzCommands.form(form());
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
        return context.submit(registry.scope(), creating ? CacheRuleActions.create(form()) : CacheRuleActions.update(form()));
    }
}
