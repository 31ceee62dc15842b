package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.accounts.ServicePrincipalInput;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.CloudSettings;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
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
        cloud.setId("add-cloud");
        cloud.getItems().setAll(clouds);
        cloud.getItems().add(CUSTOM);
        cloud.setValue(clouds.isEmpty() ? CUSTOM : clouds.getFirst());
        Node customCloud = form.section();
        TextField cloudName = form.row("Cloud name", new TextField());
        TextField arm = form.row("ARM endpoint", new TextField());
        arm.setPromptText("https://management.example.com/");
        TextField authority = form.row("Authority", new TextField());
        authority.setPromptText("https://login.example.com/");
        TextField audience = form.row("Audience", new TextField());
        audience.setPromptText("https://management.core.example.com/");
        form.section();
        TextField tenant = form.row(sp ? "Tenant" : "Tenant (optional)", new TextField());
        tenant.setPromptText(sp ? "tenant id or contoso.onmicrosoft.com" : "home tenant if empty");
        tenant.setId("add-tenant");
        Node credentials = form.section();
        TextField clientId = form.row("Client id", new TextField());
        clientId.setId("add-client-id");
        PasswordField secret = form.row("Client secret", new PasswordField());
        secret.setId("add-secret");
        TextField certificate = form.row("or certificate", new TextField());
        certificate.setId("add-certificate");
        certificate.setPromptText(".pem (certificate + key) or .pfx; its password goes in Client secret");
        form.show(credentials, sp);
        form.show(customCloud, CUSTOM.equals(cloud.getValue()));
        cloud.valueProperty().addListener((obs, old, v) -> form.show(customCloud, CUSTOM.equals(v)));
        return form.show(() -> {
            CloudSettings custom = CUSTOM.equals(cloud.getValue())
                    ? new CloudSettings(String.valueOf(FormDialog.text(cloudName)), FormDialog.text(arm), FormDialog.text(authority),
                    FormDialog.text(audience))
                    : null;
            String cloudChoice = custom != null ? custom.name() : cloud.getValue();
            String cert = FormDialog.text(certificate);
            AccountKind chosen = sp && cert != null ? AccountKind.SERVICE_PRINCIPAL_CERTIFICATE : kind;
            if (sp) {
                ServicePrincipalInput.checkFields(tenant.getText(), clientId.getText(), secret.getText(), cert);
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
