package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.forms.Typed;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.app.settings.Settings;
import java.util.Optional;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * The proxy (the system's and HTTPS_PROXY/NO_PROXY, none, or an explicit one with credentials) and an extra trusted
 * CA certificate for TLS inspection. The password goes to the OS keyring (memory without one), never a file.
 */
final class NetworkDialog {
    /** What the dialog answered. */
    record Network(ProxySettings proxy, String password, String caCertificate) {
        @Override
        public String toString() {
            return "Network[" + proxy + "]"; // never the password
        }
    }

    private NetworkDialog() {}

    static Optional<Network> ask(Settings current, Window owner) {
        FormDialog<Network> form = new FormDialog<>("Network", "How ACR Console reaches Azure.", owner);
        ChoiceBox<ProxySettings.Mode> mode = form.row("Proxy", new ChoiceBox<>());
        mode.getItems().setAll(ProxySettings.Mode.values());
        mode.setValue(current.proxy().mode());
        TextField host = form.row("Proxy host", new TextField(nullToEmpty(current.proxy().host())));
        TextField port = form.row("Proxy port", new TextField(current.proxy().port() > 0 ? String.valueOf(current.proxy().port()) : ""));
        TextField user = form.row("User (optional)", new TextField(nullToEmpty(current.proxy().userName())));
        PasswordField password = form.row("Password", new PasswordField());
        password.setPromptText("unchanged if empty");
        TextField ca = form.row("Extra CA certificate", new TextField(nullToEmpty(current.caCertificate())));
        ca.setPromptText("PEM file, e.g. your company's TLS inspection root");
        return form.show(() -> {
            int p = 0;
            if (mode.getValue() == ProxySettings.Mode.MANUAL) {
                Typed<Integer> typed = Typed.wholeNumber(port.getText(), 1, 65535);
                if (!typed.ok()) {
                    throw new IllegalArgumentException("Proxy port: " + typed.problem());
                }
                p = typed.value();
            }
            ProxySettings proxy = new ProxySettings(mode.getValue(), FormDialog.text(host), p, FormDialog.text(user));
            return new Network(proxy, password.getText(), FormDialog.text(ca));
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
