package dev.acrconsole.ui.cacherules;

import dev.acrconsole.app.cacherules.CacheRuleForm;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The dialogs of cache rules: create or edit, delete. */
final class CacheRuleDialogs {
    private CacheRuleDialogs() {}

    static FormDialog edit(ViewContext view, CacheRuleFormViewModel model) {
        TextField name = field(model.nameProperty(), "5-50 letters, digits and '-', e.g. nginx-cache");
        name.setDisable(!model.creating());
        TextField source = field(model.sourceProperty(), "docker.io/library/nginx, or docker.io/library/* for all below");
        source.setDisable(!model.creating());
        TextField target = field(model.targetProperty(), "docker/nginx, or hub/* for a wildcard rule");
        target.setDisable(!model.creating());
        ComboBox<CacheRuleFormViewModel.SetChoice> set = new ComboBox<>(model.credentialSets());
        set.valueProperty().bindBidirectional(model.credentialSetProperty());
        set.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label(model.creating()
                ? "Pulls of the target repository come from the upstream the first time, then from this registry."
                : "ARM keeps a rule's repositories: only its credential set changes. To cache another path, create a rule.");
        note.setWrapText(true);
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(CacheRuleForm.NAME), "cacherule-name")
                .add("Source repository", source, model.errorProperty(CacheRuleForm.SOURCE), "cacherule-source")
                .add("Target repository", target, model.errorProperty(CacheRuleForm.TARGET), "cacherule-target")
                .add("Credential set", set, model.errorProperty(CacheRuleForm.CREDENTIAL_SET), "cacherule-credential-set")
                .note(note);
        String verb = model.creating() ? "Create" : "Update";
        return new FormDialog(view.window(), "cacherule-form", verb + " cache rule",
                model.creating() ? "Create a cache rule in " + model.registryName() : "Update " + model.nameProperty().get(),
                form.node(), verb, model::submit).command(model.commandProperty());
    }

    private static TextField field(javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(36);
        return f;
    }

    static void delete(ViewContext view, Row rule) {
        Confirm.ask(view, "cacherule-delete-confirm", "Delete cache rule", "Delete cache rule " + rule.name()
                + "? Pulls of its target repository no longer come from the upstream.",
                () -> new CacheRuleCommands(view.page()).delete(rule));
    }
}
