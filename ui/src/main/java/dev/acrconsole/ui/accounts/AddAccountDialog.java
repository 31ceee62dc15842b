package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.CloudSettings;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Add an account: the cloud (a built-in one, or a custom ARM endpoint + authority + audience), an optional tenant,
 * and for a service principal its client id with a secret or a certificate file. The secret goes no further than
 * the request: app puts it in the OS keyring, or in memory when there is none.
 */
final class AddAccountDialog {
    static final String CUSTOM = "Custom cloud…";

    private AddAccountDialog() {}

    static Optional<AddAccountRequest> ask(AccountKind kind, List<String> clouds, Window owner) {
        boolean sp = kind.servicePrincipal();
        FormDialog<AddAccountRequest> form = new FormDialog<>("Add account", header(kind), owner);
        ChoiceBox<String> cloud = form.row("Cloud", new ChoiceBox<>());
        cloud.getItems().setAll(clouds);
        cloud.getItems().add(CUSTOM);
        cloud.setValue(clouds.isEmpty() ? CUSTOM : clouds.getFirst());
        TextField cloudName = form.row("Cloud name", new TextField());
        TextField arm = form.row("ARM endpoint", new TextField());
        arm.setPromptText("https://management.example.com/");
        TextField authority = form.row("Authority", new TextField());
        authority.setPromptText("https://login.example.com/");
        TextField audience = form.row("Audience", new TextField());
        audience.setPromptText("https://management.core.example.com/");
        TextField tenant = form.row(sp ? "Tenant" : "Tenant (optional)", new TextField());
        tenant.setPromptText(sp ? "tenant id or contoso.onmicrosoft.com" : "home tenant if empty");
        TextField clientId = form.row("Client id", new TextField());
        PasswordField secret = form.row("Client secret", new PasswordField());
        TextField certificate = form.row("or certificate", new TextField());
        certificate.setPromptText(".pem (certificate + key) or .pfx; its password goes in Client secret");
        for (TextField f : List.of(clientId, secret, certificate)) {
            f.setVisible(sp);
        }
        form.dialog().setOnShown(e -> {
            for (TextField f : List.of(cloudName, arm, authority, audience)) {
                form.showRow(f, CUSTOM.equals(cloud.getValue()));
            }
            for (TextField f : List.of(clientId, secret, certificate)) {
                form.showRow(f, sp);
            }
        });
        cloud.valueProperty().addListener((obs, old, v) -> {
            for (TextField f : List.of(cloudName, arm, authority, audience)) {
                form.showRow(f, CUSTOM.equals(v));
            }
        });
        return form.show(() -> {
            CloudSettings custom = CUSTOM.equals(cloud.getValue())
                    ? new CloudSettings(String.valueOf(FormDialog.text(cloudName)), FormDialog.text(arm), FormDialog.text(authority),
                    FormDialog.text(audience))
                    : null;
            String cloudChoice = custom != null ? custom.name() : cloud.getValue();
            String cert = FormDialog.text(certificate);
            AccountKind chosen = sp && cert != null ? AccountKind.SERVICE_PRINCIPAL_CERTIFICATE : kind;
            if (sp && FormDialog.text(clientId) == null) {
                throw new IllegalArgumentException("Client id: the app registration's application (client) id, a GUID");
            }
            return new AddAccountRequest(chosen, cloudChoice, custom, FormDialog.text(tenant), FormDialog.text(clientId),
                    secret.getText(), cert);
        });
    }

    private static String header(AccountKind kind) {
        return switch (kind) {
            case BROWSER -> "Sign in with your browser. Your default browser opens Microsoft's sign-in page.";
            case DEVICE_CODE -> "Sign in on any device: the app shows a code and a web address to enter it at.";
            case AZURE_CLI -> "Use the account you signed in to with 'az login' (the Azure CLI must be installed).";
            default -> "A service principal: an app registration's client id with a client secret or a certificate.";
        };
    }
}
