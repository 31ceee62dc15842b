package dev.acrconsole.ui.accounts;

import dev.acrconsole.app.accounts.AccountOverview;
import dev.acrconsole.app.accounts.DeviceCodePrompt;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.ui.fx.FxBridge;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The accounts panel: add (browser, device code, Azure CLI, service principal), network settings, the keyring
 * notice, a pending device code with its URL and a Cancel button, and one card per account with its tenants and the
 * subscription filter.
 */
public final class AccountsView {
    public static final double WIDTH = 340;

    private final AccountsViewModel model;
    private final VBox cards = new VBox(10);
    private final VBox root;

    public AccountsView(AccountsViewModel model) {
        this.model = model;
        Label title = new Label("Accounts");
        title.getStyleClass().add("accounts-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, addMenu(), networkButton());
        header.setAlignment(Pos.CENTER_LEFT);

        Label notice = wrapped("accounts-notice", "accounts-notice");
        notice.textProperty().bind(model.noticeProperty());
        Label status = wrapped("accounts-status", "accounts-status");
        status.textProperty().bind(model.statusProperty());
        Label error = wrapped("accounts-error", "accounts-error");
        error.textProperty().bind(model.errorProperty());

        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("accounts-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(8, header, notice, deviceCodeBox(), status, error, scroll);
        root.setId("accounts-panel");
        root.getStyleClass().add("accounts-panel");
        root.setPadding(new Insets(10));
        root.setPrefWidth(WIDTH);
        root.setMinWidth(WIDTH);

        model.accountsProperty().addListener((ListChangeListener<AccountOverview>) c -> render());
        render();
    }

    public Node node() {
        return root;
    }

    private MenuButton addMenu() {
        MenuButton add = new MenuButton("Add account");
        add.setId("add-account");
        for (AccountKind kind : new AccountKind[] {AccountKind.BROWSER, AccountKind.DEVICE_CODE, AccountKind.AZURE_CLI,
                AccountKind.SERVICE_PRINCIPAL_SECRET}) {
            MenuItem item = new MenuItem(switch (kind) {
                case BROWSER -> "Sign in with a browser…";
                case DEVICE_CODE -> "Sign in with a device code…";
                case AZURE_CLI -> "Use the Azure CLI (az login)…";
                default -> "Service principal…";
            });
            item.setOnAction(e -> AddAccountDialog.ask(kind, model.cloudsProperty(), root.getScene().getWindow())
                    .ifPresent(model::add));
            add.getItems().add(item);
        }
        if (model.signInAllowed()) {
            add.disableProperty().bind(model.signingInProperty());
        } else { // --offline (or --sandbox): nothing is signed in, so adding would only be refused after the dialog
            add.setDisable(true);
            add.setTooltip(new javafx.scene.control.Tooltip("Started offline: start without --offline to add an account"));
        }
        return add;
    }

    private Button networkButton() {
        Button network = new Button("Network…");
        network.setId("network-settings");
        network.setOnAction(e -> model.settings().thenAcceptAsync(settings -> NetworkDialog.ask(settings, root.getScene().getWindow())
                .ifPresent(n -> model.saveNetwork(n.proxy(), n.password(), n.caCertificate())), dev.acrconsole.ui.fx.FxBridge.executor()));
        return network;
    }

    /** The code in large type (selectable, with Copy), the URL to open, and Cancel. Shown only while one waits. */
    private Node deviceCodeBox() {
        Label intro = new Label("To sign in, open this page on any device:");
        TextField url = new TextField();
        url.setId("device-code-url");
        url.setEditable(false);
        intro.setLabelFor(url);
        Label enter = new Label("and enter the code:");
        TextField code = new TextField();
        code.setId("device-code");
        code.setEditable(false);
        code.getStyleClass().add("device-code");
        code.setAccessibleText("Device code");
        Button copy = new Button("Copy code");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button cancel = new Button("Cancel");
        cancel.setId("device-code-cancel");
        cancel.setOnAction(e -> model.cancelSignIn());
        HBox buttons = new HBox(8, copy, cancel);
        VBox box = new VBox(6, intro, url, enter, code, buttons);
        box.setId("device-code-box");
        box.getStyleClass().add("device-code-box");
        box.setPadding(new Insets(8));
        model.deviceCodeProperty().addListener((obs, old, p) -> show(p, url, code));
        show(model.deviceCodeProperty().get(), url, code); // the panel may be opened while a code waits
        box.visibleProperty().bind(model.deviceCodeProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static void show(DeviceCodePrompt p, TextField url, TextField code) {
        url.setText(p == null ? "" : p.url());
        code.setText(p == null ? "" : p.code());
    }

    private void render() {
        cards.getChildren().clear();
        if (model.accountsProperty().isEmpty()) {
            Label none = wrapped("accounts-empty", "accounts-empty");
            none.setText(model.signInAllowed()
                    ? "No accounts yet. Add one: a browser sign-in, a device code (for remote sessions), your Azure CLI "
                    + "login, or a service principal. Browsing needs the Reader role on a subscription."
                    : "No accounts. Started with --offline or --sandbox: accounts cannot be added now.");
            cards.getChildren().add(none);
            return;
        }
        for (AccountOverview account : model.accountsProperty()) {
            cards.getChildren().add(new AccountCard(account, model, this::confirmRemove, this::askSecret).node());
        }
    }

    /** Remove: and the cached data too? The user chooses; Cancel does nothing. */
    private void confirmRemove(AccountOverview account) {
        ButtonType deleteData = new ButtonType("Remove and delete cached data", ButtonBar.ButtonData.YES);
        ButtonType keepData = new ButtonType("Remove, keep cached data", ButtonBar.ButtonData.NO);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Remove account");
        dialog.setHeaderText("Remove " + account.settings().id() + "?");
        dialog.setContentText("Its cached subscriptions, resource groups and registries can be deleted too, or kept for "
                + "reading offline. Its stored secret is deleted either way.");
        dialog.getDialogPane().getButtonTypes().setAll(deleteData, keepData, ButtonType.CANCEL);
        dialog.showAndWait().ifPresent(choice -> {
            if (choice == deleteData || choice == keepData) {
                model.remove(account.settings().key(), choice == deleteData);
            }
        });
    }

    private void askSecret(AccountOverview account) {
        SecretDialog.ask(account.settings().id(), root.getScene().getWindow())
                .ifPresent(secret -> model.enterSecret(account.settings().key(), secret));
    }

    static Label wrapped(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.visibleProperty().bind(Bindings.isNotEmpty(l.textProperty()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
