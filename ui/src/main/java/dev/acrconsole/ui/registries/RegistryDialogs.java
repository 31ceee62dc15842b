package dev.acrconsole.ui.registries;

import dev.acrconsole.app.registries.RegistryAccess;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.app.registries.RegistryRules;
import dev.acrconsole.app.registries.RegistryUpdate;
import dev.acrconsole.app.tokens.AdminCredentials;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.NumberField;
import dev.acrconsole.ui.fx.SecretDialog;
import dev.acrconsole.ui.fx.ViewContext;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The create, update and delete dialogs of a registry. */
final class RegistryDialogs {
    private RegistryDialogs() {}

    /** {@code groupId}: the resource group to preselect (the one selected in the tree), or null. */
    static FormDialog create(ViewContext view, String groupId) {
        CreateRegistryViewModel model = new CreateRegistryViewModel(view.page());
        ComboBox<CreateRegistryViewModel.GroupChoice> group = new ComboBox<>(model.groups());
        group.valueProperty().bindBidirectional(model.groupProperty());
        group.setMaxWidth(Double.MAX_VALUE);
        TextField name = new TextField();
        name.setPromptText("5-50 letters and digits, e.g. contosoprod01");
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameCheck = new Label();
        nameCheck.setId("registry-name-check");
        nameCheck.getStyleClass().add("field-hint");
        nameCheck.textProperty().bind(model.nameCheckProperty());
        ComboBox<String> location = new ComboBox<>(FXCollections.observableArrayList(CreateRegistryViewModel.LOCATIONS));
        location.setEditable(true);
        location.setMaxWidth(Double.MAX_VALUE);
        location.valueProperty().bindBidirectional(model.locationProperty());
        ComboBox<String> sku = new ComboBox<>(FXCollections.observableArrayList(RegistryRules.SKUS));
        sku.valueProperty().bindBidirectional(model.skuProperty());
        VBox features = new VBox(4,
                check("Admin user (username and password access)", model.adminUserProperty(), "registry-admin"),
                check("Public network access", model.publicAccessProperty(), "registry-public"),
                check("Zone redundancy (Premium)", model.zoneRedundancyProperty(), "registry-zone"),
                check("Dedicated data endpoint (Premium)", model.dataEndpointProperty(), "registry-data-endpoint"));
        FormRows form = new FormRows()
                .add("Resource group", group, model.errorProperty(RegistryForm.RESOURCE_GROUP), "registry-group")
                .add("Name", name, model.errorProperty(RegistryForm.NAME), "registry-name")
                .note(nameCheck)
                .add("Location", location, model.errorProperty(RegistryForm.LOCATION), "registry-location")
                .add("SKU", sku, model.errorProperty(RegistryForm.SKU), "registry-sku");
        form.note(features).note(FormRows.errorLabel(model.errorProperty(RegistryForm.FEATURES), "registry-features-error"));
        model.load(groupId);
        return new FormDialog(view.window(), "create-registry", "Create container registry",
                "Create a container registry", form.node(), "Create", model::submit).command(model.commandProperty());
    }

    static FormDialog update(ViewContext view, UpdateRegistryViewModel model) {
        ComboBox<String> sku = new ComboBox<>(FXCollections.observableArrayList(RegistryRules.SKUS));
        sku.valueProperty().bindBidirectional(model.skuProperty());
        NumberField days = new NumberField(model.retentionDaysProperty(), 0, RegistryUpdate.MAX_RETENTION_DAYS);
        days.disableProperty().bind(model.retentionProperty().not());
        ComboBox<String> defaultAction = new ComboBox<>(FXCollections.observableArrayList(RegistryAccess.DEFAULT_ACTIONS));
        defaultAction.valueProperty().bindBidirectional(model.defaultActionProperty());
        TextArea ipRules = new TextArea();
        ipRules.setPromptText("One a line: 203.0.113.5 or 203.0.113.0/24 (Premium)");
        ipRules.setPrefRowCount(3);
        ipRules.textProperty().bindBidirectional(model.ipRulesProperty());
        Label abacWarning = new Label("Warning: " + RegistryAccess.ABAC_WARNING);
        abacWarning.setWrapText(true);
        abacWarning.setId("update-abac-warning");
        abacWarning.getStyleClass().add("field-error");
        abacWarning.visibleProperty().bind(model.abacWarningProperty());
        abacWarning.managedProperty().bind(model.abacWarningProperty());
        FormRows form = new FormRows()
                .note(section("Plan"))
                .add("SKU", sku, model.errorProperty(RegistryUpdate.SKU), "update-sku")
                .note(section("Sign-in"))
                .add("Admin user", check("Enabled", model.adminUserProperty(), null),
                        new SimpleStringProperty(""), "update-admin")
                .add("Entra tokens with the ARM audience", check("Accepted", model.entraAuthAsArmProperty(), null),
                        new SimpleStringProperty(""), "update-entra-arm")
                .add("Role assignment mode", check("ABAC repository permissions", model.abacProperty(), null),
                        new SimpleStringProperty(""), "update-abac")
                .note(abacWarning)
                .add("", check("I understand: switch to ABAC", model.abacConfirmedProperty(), null),
                        model.errorProperty(RegistryAccess.ROLE_ASSIGNMENT_MODE), "update-abac-confirm", model.abacWarningProperty())
                .note(section("Network"))
                .add("Public network access", check("Enabled", model.publicAccessProperty(), null),
                        model.errorProperty(RegistryUpdate.PUBLIC_ACCESS), "update-public")
                .add("Anonymous pull", check("Enabled (Standard, Premium)", model.anonymousPullProperty(), null),
                        model.errorProperty(RegistryAccess.ANONYMOUS_PULL), "update-anonymous")
                .add("Other networks", defaultAction, model.errorProperty(RegistryAccess.NETWORK), "update-default-action")
                .add("IP rules (allowed)", ipRules, model.errorProperty(RegistryAccess.IP_RULES), "update-ip-rules")
                .add("Trusted Azure services", check("Bypass the network rules", model.bypassAzureServicesProperty(), null),
                        new SimpleStringProperty(""), "update-bypass")
                .note(section("Policies"))
                .add("Retention of untagged manifests", check("Enabled (Premium)", model.retentionProperty(), null),
                        new SimpleStringProperty(""), "update-retention")
                .add("Keep untagged manifests (days)", days, model.errorProperty(RegistryUpdate.RETENTION_DAYS), "update-retention-days")
                .add("Quarantine policy", check("Enabled", model.quarantineProperty(), null), new SimpleStringProperty(""), "update-quarantine")
                .add("Content trust", check("Enabled (Premium)", model.trustProperty(), null),
                        model.errorProperty(RegistryAccess.TRUST), "update-trust")
                .add("Export policy", check("Enabled", model.exportProperty(), null), model.errorProperty(RegistryUpdate.EXPORT), "update-export");
        // The form is taller than a laptop's screen: it scrolls, the buttons stay in view.
        ScrollPane scroll = new ScrollPane(form.node());
        scroll.setId("update-registry-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(520);
        scroll.setMinViewportWidth(600); // the labels and the fields' least width: no field is cut on the right
        return new FormDialog(view.window(), "update-registry", "Update container registry",
                "Update " + model.name(), scroll, "Update", model::submit);
    }

    static FormDialog adminCredentials(ViewContext view, AdminCredentialsViewModel model) {
        ComboBox<AdminCredentialsViewModel.What> what = new ComboBox<>(
                FXCollections.observableArrayList(AdminCredentialsViewModel.What.values()));
        what.valueProperty().bindBidirectional(model.whatProperty());
        what.setMaxWidth(Double.MAX_VALUE);
        Label note = new Label("The passwords are shown once, to copy; the console keeps no copy of them. A regenerated "
                + "password replaces the old one: whatever signs in with the old one stops working.");
        note.setWrapText(true);
        FormRows form = new FormRows()
                .add("Do", what, model.errorProperty(AdminCredentialsViewModel.WHAT), "admin-credentials-what")
                .note(note);
        return new FormDialog(view.window(), "admin-credentials", "Admin user credentials",
                "Admin user of " + model.name(), form.node(), "OK", () -> model.submit(c -> showCredentials(view, c)));
    }

    private static void showCredentials(ViewContext view, AdminCredentials.Shown credentials) {
        Map<String, Secret> shown = new LinkedHashMap<>();
        shown.put("User name", new Secret(credentials.username()));
        shown.put("password", credentials.password());
        shown.put("password2", credentials.password2());
        shown.values().removeIf(java.util.Objects::isNull);
        new SecretDialog(view.window(), "admin-credentials-shown", "Admin user credentials",
                "Admin user of " + credentials.username(), shown,
                "Shown once: copy them now. The console keeps no copy; to see them again, ask ARM again.").show();
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    static FormDialog delete(ViewContext view, DeleteRegistryViewModel model) {
        TextField typed = new TextField();
        typed.setPromptText(model.name());
        typed.textProperty().bindBidirectional(model.typedProperty());
        Label warning = new Label("Deleting " + model.name() + " removes every image, tag, token, scope map, webhook "
                + "and replication in it. This cannot be undone.\nType the registry's name to confirm.");
        warning.setWrapText(true);
        FormRows form = new FormRows().note(warning)
                .add("Registry name", typed, model.errorProperty(DeleteRegistryViewModel.CONFIRM), "delete-registry-name");
        return new FormDialog(view.window(), "delete-registry", "Delete container registry",
                "Delete " + model.name() + "?", form.node(), "Delete", model::submit);
    }

    static FormDialog login(ViewContext view, RegistryLoginViewModel model) {
        TextField user = new TextField();
        user.textProperty().bindBidirectional(model.usernameProperty());
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox keep = check("Keep it in the OS keyring", model.rememberProperty(), "registry-login-keep");
        keep.setDisable(!model.canRemember());
        Label note = new Label("Reach " + model.loginServer() + "'s contents with a scope-map token (its name and a "
                + "password) or the admin user (the registry's name and a password) instead of your account."
                + (model.canRemember() ? "" : " No OS keyring here: it is kept until the console stops."));
        note.setWrapText(true);
        FormRows form = new FormRows().note(note)
                .add("User name", user, model.errorProperty(dev.acrconsole.app.dataplane.RegistryLogin.USERNAME), "registry-login-user")
                .add("Password", password, model.errorProperty(dev.acrconsole.app.dataplane.RegistryLogin.PASSWORD), "registry-login-password")
                .add("", keep, new SimpleStringProperty(""), "registry-login-keep-row");
        return new FormDialog(view.window(), "registry-login", "Registry login", "Sign in to " + model.loginServer(),
                form.node(), "Sign in", model::submit);
    }

    static FormDialog useAccount(ViewContext view, RegistryLoginViewModel model) {
        Label note = new Label("Reach " + model.loginServer() + "'s contents with your account again. A registry login "
                + "given for it is forgotten, and taken out of the OS keyring if it was kept there.");
        note.setWrapText(true);
        return new FormDialog(view.window(), "registry-use-account", "Use my account", "Use your account for "
                + model.loginServer(), new FormRows().note(note).node(), "Use my account", model::useAccount);
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty value, String id) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(value);
        if (id != null) {
            box.setId(id);
        }
        return box;
    }
}
