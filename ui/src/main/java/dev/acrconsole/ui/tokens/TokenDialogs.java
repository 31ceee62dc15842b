package dev.acrconsole.ui.tokens;

import dev.acrconsole.app.tokens.GeneratedPasswords;
import dev.acrconsole.app.tokens.ScopeMapForm;
import dev.acrconsole.app.tokens.ScopeMapPermissions;
import dev.acrconsole.app.tokens.ScopeMapPermissions.GatewayPermission;
import dev.acrconsole.app.tokens.ScopeMapPermissions.RepositoryPermission;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.app.tokens.TokenForm;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.main.PageContext;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dialogs of scope maps (with the actions editor) and tokens (create, edit, delete, generate passwords). */
public final class TokenDialogs {
    private TokenDialogs() {}

    public static FormDialog scopeMap(PageContext context, ScopeMapFormViewModel model) {
        TextField name = new TextField();
        name.setPromptText("5-50 letters, digits, '-' and '_', e.g. site-readers");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setDisable(!model.creating());
        TextField description = new TextField();
        description.textProperty().bindBidirectional(model.descriptionProperty());
        VBox repositories = new VBox(4);
        rebuild(repositories, model.repositories(), r -> {
            Node row = permissionRow(model, r, RepositoryPermission.values(), p -> p.action, "repository, e.g. hello-world, apps/*");
            row.getStyleClass().add("scope-map-repository");
            return row;
        });
        VBox gateways = new VBox(4);
        rebuild(gateways, model.gateways(), g -> permissionRow(model, g, GatewayPermission.values(), p -> p.action,
                "connected registry"));
        Button addRepository = new Button("Add repository");
        addRepository.setId("scope-map-add-repository");
        addRepository.setOnAction(e -> model.addRepository());
        Button addGateway = new Button("Add gateway");
        addGateway.setId("scope-map-add-gateway");
        addGateway.setOnAction(e -> model.addGateway());
        TextArea preview = new TextArea();
        preview.setEditable(false);
        preview.setPrefRowCount(4);
        preview.textProperty().bind(model.previewProperty());
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(ScopeMapForm.NAME), "scope-map-name")
                .add("Description", description, model.errorProperty(ScopeMapForm.DESCRIPTION), "scope-map-description")
                .note(header("Repositories", "what the token may do in each"))
                .note(repositories).note(addRepository)
                .note(header("Connected registry gateways", "for connected registries' sync tokens"))
                .note(gateways).note(addGateway)
                .add("Actions sent to ARM", preview, model.errorProperty(ScopeMapPermissions.ACTIONS), "scope-map-actions");
        if (!model.others().isEmpty()) {
            form.note(new Label("Kept as they are (the editor cannot show them): " + String.join(", ", model.others())));
        }
        String verb = model.creating() ? "Create" : "Update";
        FormDialog dialog = new FormDialog(context.owner().get(), "scope-map-form", verb + " scope map",
                model.creating() ? "Create a scope map" : "Update " + model.nameProperty().get(), form.node(), verb, model::submit);
        dialog.dialog().getDialogPane().setPrefWidth(880); // a row of five actions, their names in full
        return dialog;
    }

    public static FormDialog token(PageContext context, TokenFormViewModel model) {
        TextField name = new TextField();
        name.setPromptText("5-50 letters, digits and '-', e.g. site-client-token");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setDisable(!model.creating());
        ComboBox<TokenFormViewModel.ScopeMapChoice> scopeMap = new ComboBox<>(model.scopeMaps());
        scopeMap.valueProperty().bindBidirectional(model.scopeMapProperty());
        scopeMap.setMaxWidth(Double.MAX_VALUE);
        CheckBox enabled = new CheckBox("Enabled (a disabled token cannot sign in)");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        enabled.setId("token-enabled");
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(TokenForm.NAME), "token-name")
                .add("Scope map", scopeMap, model.errorProperty(TokenForm.SCOPE_MAP), "token-scope-map")
                .note(enabled)
                .note(new Label("Passwords are not set here: use Generate passwords once the token exists."));
        String verb = model.creating() ? "Create" : "Update";
        return new FormDialog(context.owner().get(), "token-form", verb + " token",
                model.creating() ? "Create a token in " + model.registryName() : "Update " + model.nameProperty().get(),
                form.node(), verb, model::submit);
    }

    public static FormDialog generatePasswords(PageContext context, GeneratePasswordsViewModel model) {
        ComboBox<TokenCredentials.Which> which = new ComboBox<>(FXCollections.observableArrayList(TokenCredentials.Which.values()));
        which.valueProperty().bindBidirectional(model.whichProperty());
        DatePicker expiry = new DatePicker();
        expiry.valueProperty().bindBidirectional(model.expiryProperty());
        expiry.setPromptText("No expiry");
        Label note = new Label("A new password replaces the one of the same name: whatever signs in with the old one stops"
                + " working. The passwords are shown once; the console does not keep them.");
        note.setWrapText(true);
        FormRows form = new FormRows()
                .add("Password", which, model.errorProperty("which"), "token-password-which")
                .add("Expires (UTC, optional)", expiry, model.errorProperty(TokenCredentials.EXPIRY), "token-password-expiry")
                .note(note);
        return new FormDialog(context.owner().get(), "token-passwords", "Generate passwords",
                "Generate passwords for " + model.tokenName(), form.node(), "Generate",
                () -> model.submit(p -> showPasswords(context, p)));
    }

    private static void showPasswords(PageContext context, GeneratedPasswords passwords) {
        Map<String, Secret> shown = new LinkedHashMap<>();
        shown.put("User name", new Secret(passwords.username()));
        for (GeneratedPasswords.Password p : passwords.passwords()) {
            shown.put(p.name() + (p.expiry() == null ? "" : " (expires " + p.expiry().toLocalDate() + ")"), p.value());
        }
        new SecretDialog(context.owner().get(), "token-passwords-shown", "New passwords",
                "New passwords for " + passwords.username(), shown,
                "Shown once: copy them now. The console keeps no copy; to see a password again, generate a new one.").show();
    }

    public static void delete(PageContext context, String what, CachedResource resource, Runnable send) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + what + " " + resource.name() + "? "
                + ("token".equals(what) ? "Whatever signs in with it stops working."
                : "Tokens that use it lose what it allowed."), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(context.owner().get());
        confirm.setHeaderText("Delete " + what);
        confirm.getDialogPane().setId(what.replace(' ', '-') + "-delete-confirm");
        confirm.resultProperty().addListener((obs, old, button) -> {
            if (button == ButtonType.OK) {
                send.run();
            }
        });
        confirm.show();
    }

    private static Node header(String title, String legend) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        Label l = new Label(legend);
        l.getStyleClass().add("details-kind");
        HBox box = new HBox(12, t, l);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private static <T> void rebuild(VBox box, javafx.collections.ObservableList<T> rows, java.util.function.Function<T, Node> view) {
        box.getChildren().setAll(rows.stream().map(view).toList());
        rows.addListener((ListChangeListener<T>) c -> box.getChildren().setAll(rows.stream().map(view).toList()));
    }

    private static <P extends Enum<P>> Node permissionRow(ScopeMapFormViewModel model,
                                                          ScopeMapFormViewModel.PermissionRow<P> row, P[] permissions,
                                                          java.util.function.Function<P, String> action, String prompt) {
        TextField name = new TextField();
        name.setPromptText(prompt);
        name.setPrefColumnCount(14);
        name.textProperty().bindBidirectional(row.nameProperty());
        name.setAccessibleText(prompt);
        HBox box = new HBox(6, name);
        for (P p : permissions) {
            box.getChildren().add(tick(action.apply(p), row.permission(p)));
        }
        box.getChildren().add(removeButton(() -> model.remove(row)));
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE); // the dialog widens rather than cut the actions' names short
        return box;
    }

    private static CheckBox tick(String action, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(action);
        box.selectedProperty().bindBidirectional(value);
        box.setAccessibleText(action);
        box.setTooltip(new javafx.scene.control.Tooltip(action));
        return box;
    }

    private static Button removeButton(Runnable remove) {
        Button b = new Button("✕");
        b.setAccessibleText("Remove this line");
        b.setOnAction(e -> remove.run());
        return b;
    }
}
