package dev.acrconsole.ui.registryendpoints;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registryendpoints.AuthenticationMethod;
import dev.acrconsole.app.registryendpoints.EndpointForm;
import dev.acrconsole.app.registryendpoints.RegistryEndpoint;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.ViewContext;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;

/** The dialogs that create, edit and delete an IoT Operations registry endpoint. */
final class RegistryEndpointDialogs {
    /** What each method means for the person choosing it: the fields below it change with it. */
    private static final Map<AuthenticationMethod, String> HINTS = Map.of(
            AuthenticationMethod.ANONYMOUS, "No sign-in: for public registries (and registries with anonymous pull enabled).",
            AuthenticationMethod.SYSTEM_ASSIGNED, "The IoT Operations Arc extension's own identity signs in; give it AcrPull on the registry.",
            AuthenticationMethod.USER_ASSIGNED, "A user-assigned managed identity federated with the cluster signs in; give it AcrPull on the registry.",
            AuthenticationMethod.ARTIFACT_PULL_SECRET, "A Kubernetes secret on the cluster holds the pull credentials (e.g. synced from Key Vault); "
                    + "only its name is stored here.");

    private RegistryEndpointDialogs() {}

    static FormDialog edit(ViewContext view, RegistryEndpointFormViewModel model) {
        TextField name = text(model.nameProperty(), "3-63 lower-case letters, digits and '-', e.g. factory-images");
        name.setDisable(model.editing()); // the name is the resource's: a new name is a new endpoint
        ComboBox<String> host = editableChoice(model.loginServers(), model.hostProperty(), "contoso.azurecr.io or registry.example.com:5000");
        ComboBox<AuthenticationMethod> method = new ComboBox<>(FXCollections.observableArrayList(AuthenticationMethod.values()));
        method.valueProperty().bindBidirectional(model.methodProperty());
        method.setMaxWidth(Double.MAX_VALUE);
        method.setPromptText("Choose how IoT Operations signs in");
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // wrapped onto a second line rather than cut short
        hint.getStyleClass().add("details-kind");
        hint.textProperty().bind(model.methodProperty().map(HINTS::get).orElse(""));
        ComboBox<String> secret = editableChoice(model.secretRefs(), model.secretRefProperty(), "an existing secret, or a new secret's name");

        FormRows form = new FormRows()
                .note(new Label("Instance " + model.instanceName() + ", on custom location " + model.customLocation() + "."))
                .add("Name", name, model.errorProperty(EndpointForm.NAME), "endpoint-name")
                .add("Registry host", host, model.errorProperty(EndpointForm.HOST), "endpoint-host")
                .add("Authentication", method, model.errorProperty(EndpointForm.METHOD), "endpoint-method")
                .note(hint)
                .add("Client ID", text(model.clientIdProperty(), "GUID of the user-assigned identity"),
                        model.errorProperty(EndpointForm.CLIENT_ID), "endpoint-client-id", model.chosen(AuthenticationMethod.USER_ASSIGNED))
                .add("Tenant ID", text(model.identityTenantIdProperty(), "GUID of the identity's tenant"),
                        model.errorProperty(EndpointForm.TENANT_ID), "endpoint-tenant-id", model.chosen(AuthenticationMethod.USER_ASSIGNED))
                .add("Scope (optional)", text(model.scopeProperty(), "https://containerregistry.azure.net/.default"),
                        model.errorProperty("scope"), "endpoint-scope", model.chosen(AuthenticationMethod.USER_ASSIGNED))
                .add("Secret reference", secret, model.errorProperty(EndpointForm.SECRET_REF), "endpoint-secret-ref",
                        model.chosen(AuthenticationMethod.ARTIFACT_PULL_SECRET));
        model.load();
        String verb = model.editing() ? "Update" : "Create";
        return new FormDialog(view.window(), "endpoint-dialog", verb + " registry endpoint",
                model.editing() ? "Update " + model.nameProperty().get() + " on " + model.instanceName()
                        : "Point " + model.instanceName() + " at a container registry", form.node(), verb, model::submit);
    }

    /** Deleting needs a confirmation: the instance stops pulling from that registry through this endpoint. */
    static void delete(ViewContext view, Row endpoint) {
        RegistryEndpoint e = endpoint.details(RegistryEndpoint.class);
        Confirm.ask(view, "endpoint-delete", "Delete registry endpoint", "Delete registry endpoint " + e.name() + " of "
                        + e.instanceName() + "? Connectors and dataflow graphs that pull from " + e.host()
                        + " through it will fail to start.",
                () -> new EndpointCommands(view.page()).delete(endpoint));
    }

    private static TextField text(StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A list to pick from that also takes any typed value: what is typed is the value. */
    private static ComboBox<String> editableChoice(ObservableList<String> items, StringProperty value, String prompt) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(prompt);
        box.getEditor().textProperty().bindBidirectional(value);
        return box;
    }
}
