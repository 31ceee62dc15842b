package dev.acrconsole.ui.webhooks;

import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.Secret;
import dev.acrconsole.app.webhooks.WebhookCallbacks;
import dev.acrconsole.app.webhooks.WebhookEvent;
import dev.acrconsole.app.webhooks.WebhookForm;
import dev.acrconsole.app.webhooks.WebhookRules;
import dev.acrconsole.ui.fx.Confirm;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.SecretDialog;
import dev.acrconsole.ui.fx.ViewContext;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;

/** The dialogs of webhooks: create, edit, delete, the event log, the callback (shown once, on demand). */
final class WebhookDialogs {
    private WebhookDialogs() {}

    static FormDialog webhook(ViewContext view, WebhookFormViewModel model) {
        TextField name = new TextField();
        name.setPromptText("5-50 letters and digits, e.g. buildnotify");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setDisable(!model.creating());
        TextField uri = new TextField();
        uri.setPromptText(model.creating() ? "https://hooks.example.com/acr" : "empty: keep the one it has");
        uri.textProperty().bindBidirectional(model.serviceUriProperty());
        TextArea headers = new TextArea();
        headers.setPrefRowCount(3);
        headers.setPromptText(model.creating() ? "Name: value, one a line (optional)" : "empty: keep the ones it has");
        headers.textProperty().bindBidirectional(model.headersProperty());
        CheckBox clearHeaders = new CheckBox("Remove every header");
        clearHeaders.selectedProperty().bindBidirectional(model.clearHeadersProperty());
        FlowPane actions = new FlowPane(12, 6);
        for (String a : WebhookRules.ACTIONS) {
            CheckBox box = new CheckBox(a);
            box.setMnemonicParsing(false); // "chart_push" keeps its underscore
            box.setId("webhook-action-" + a);
            box.selectedProperty().bindBidirectional(model.actionProperty(a));
            actions.getChildren().add(box);
        }
        TextField scope = new TextField();
        scope.setPromptText("empty: every repository; e.g. apps/web:v1*, apps/*:*");
        scope.textProperty().bindBidirectional(model.scopeProperty());
        CheckBox enabled = new CheckBox("Enabled (a disabled webhook posts nothing)");
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());
        enabled.setId("webhook-enabled");
        Label secret = new Label("The service URI and headers can hold secrets: they are sent to Azure and kept nowhere"
                + " by the console. Show callback… reads them back when needed.");
        secret.setWrapText(true);
        FormRows form = new FormRows()
                .add("Name", name, model.errorProperty(WebhookForm.NAME), "webhook-name")
                .add("Service URI", uri, model.errorProperty(WebhookForm.SERVICE_URI), "webhook-uri")
                .add("Custom headers", headers, model.errorProperty(WebhookForm.HEADERS), "webhook-headers")
                // Under the headers, in their column: editing only (a new webhook has none to remove).
                .add("", clearHeaders, new javafx.beans.property.SimpleStringProperty(""), "webhook-clear-headers",
                        new javafx.beans.property.SimpleBooleanProperty(!model.creating()))
                .note(actions)
                .note(FormRows.errorLabel(model.errorProperty(WebhookForm.ACTIONS), "webhook-actions-error"))
                .add("Scope", scope, model.errorProperty(WebhookForm.SCOPE), "webhook-scope")
                .note(enabled)
                .note(secret);
        String verb = model.creating() ? "Create" : "Update";
        return new FormDialog(view.window(), "webhook-form", verb + " webhook",
                model.creating() ? "Create a webhook in " + model.registryName() : "Update " + model.nameProperty().get(),
                form.node(), verb, model::submit).command(model.commandProperty());
    }

    static void delete(ViewContext view, Row webhook) {
        Confirm.ask(view, "webhook-delete-confirm", "Delete webhook", "Delete webhook " + webhook.name()
                + "? Its service is no longer told of pushes and deletes.", () -> new WebhookCommands(view.page()).delete(webhook));
    }

    /** The event log: the events (newest first), the selected one's request and response; read again on demand. */
    static Dialog<Void> events(ViewContext view, WebhookEventsViewModel model) {
        TableView<WebhookEvent> table = new TableView<>(model.events());
        table.setId("webhook-events-table");
        table.setPrefHeight(180);
        table.getColumns().add(column("Time", e -> e.timestamp() == null ? "" : Format.instant(e.timestamp().toInstant()), 170));
        table.getColumns().add(column("Action", WebhookEvent::action, 90));
        table.getColumns().add(column("Status", WebhookEvent::outcome, 260));
        table.getColumns().add(column("Event id", WebhookEvent::id, 260));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                model.selectedProperty().set(e);
            }
        });
        model.selectedProperty().addListener((obs, old, e) -> {
            if (e != null && table.getSelectionModel().getSelectedItem() != e) {
                table.getSelectionModel().select(e);
            }
        });
        TextArea request = text("webhook-event-request");
        request.textProperty().bind(model.requestProperty());
        TextArea response = text("webhook-event-response");
        response.textProperty().bind(model.responseProperty());
        SplitPane messages = new SplitPane(new VBox(4, new Label("Request"), request), new VBox(4, new Label("Response"), response));
        VBox.setVgrow(request, Priority.ALWAYS);
        VBox.setVgrow(response, Priority.ALWAYS);
        Label status = new Label();
        status.setId("webhook-events-status");
        status.textProperty().bind(model.statusProperty());
        Button reload = new Button("Read again");
        reload.setId("webhook-events-reload");
        reload.setOnAction(e -> model.load());
        Button ping = new Button("Ping");
        ping.setId("webhook-events-ping");
        ping.setOnAction(e -> model.ping().thenRun(model::load));
        HBox bar = new HBox(8, ping, reload, status);
        VBox content = new VBox(8, bar, table, messages);
        VBox.setVgrow(messages, Priority.ALWAYS);
        content.setPrefSize(860, 560);
        Dialog<Void> dialog = new Dialog<>();
        if (view.window() != null) {
            dialog.initOwner(view.window());
        }
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.setTitle("Webhook events");
        dialog.setHeaderText("Events of " + model.webhookName() + " (read from Azure; not kept)");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("webhook-events");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnHidden(e -> model.events().clear());
        model.load();
        return dialog;
    }

    static void showCallback(ViewContext view, Row webhook, WebhookCallbacks.CallbackConfig config) {
        Map<String, Secret> shown = new LinkedHashMap<>();
        shown.put("Service URI", config.serviceUri());
        config.customHeaders().forEach((name, value) -> shown.put("Header " + name, value));
        new SecretDialog(view.window(), "webhook-callback", "Webhook callback", "Where " + webhook.name() + " posts",
                shown, "Read from Azure now and kept nowhere: the URI and headers can hold secrets.").show();
    }

    private static TableColumn<WebhookEvent, String> column(String title, java.util.function.Function<WebhookEvent, String> value,
                                                            double width) {
        TableColumn<WebhookEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TextArea text(String id) {
        TextArea a = new TextArea();
        a.setEditable(false);
        a.setWrapText(true);
        a.setId(id);
        a.setStyle("-fx-font-family: monospace");
        return a;
    }
}
