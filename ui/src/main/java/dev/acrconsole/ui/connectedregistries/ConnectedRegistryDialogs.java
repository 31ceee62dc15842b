package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.FormDialog;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.fx.SecretDialog;
import dev.acrconsole.ui.fx.ViewContext;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Update, deactivate, delete and "Get connection string" for one connected registry. */
final class ConnectedRegistryDialogs {
    private ConnectedRegistryDialogs() {}

    static FormDialog update(ViewContext view, ConnectedRegistriesViewModel page, Row row) {
        UpdateConnectedRegistryViewModel model = new UpdateConnectedRegistryViewModel(view.page(), row);
        FormRows form = SyncRows.onSite(SyncRows.when(new FormRows(), model, model.fields(), "cr-update"), model,
                model.fields(), "cr-update");
        return new FormDialog(view.window(), "cr-update", "Update connected registry",
                "Update " + model.name(), form.node(), "Update", model::submit);
    }

    static void deactivate(ViewContext view, ConnectedRegistriesViewModel page, Row row) {
        confirm(view, "cr-deactivate-confirm", "Deactivate connected registry", "Deactivate " + row.name() + "?",
                "Its runtime on site stops syncing and is told it is no longer the active instance. What it holds on site "
                        + "and its settings, tokens and scope maps in the cloud stay. Deactivate it before deploying it again"
                        + " (e.g. on another machine); the new deployment activates it.",
                () -> page.deactivate(row));
    }

    static void delete(ViewContext view, ConnectedRegistriesViewModel page, Row row) {
        confirm(view, "cr-delete-confirm", "Delete connected registry", "Delete " + row.name() + "?",
                "Its runtime on site can no longer sync. Its sync token (" + ConnectedRegistriesViewModel.syncToken(row)
                        + ") and the token's scope map stay: delete them from the Tokens and Scope maps folders when they are"
                        + " no longer needed (ARM refuses to delete the token while the connected registry exists).",
                () -> page.delete(row));
    }

    /** Warns that a new password replaces the old, then shows the connection string once. */
    static void connectionString(ViewContext view, ConnectedRegistriesViewModel page, Row row) {
        confirm(view, "cr-connection-confirm", "Get connection string",
                "Generate a new password for " + ConnectedRegistriesViewModel.syncToken(row) + "?",
                "The connection string holds a password of the sync token. ARM shows a password only when it makes one, so "
                        + "this generates a new password1: a runtime that uses the old password1 stops syncing until it gets "
                        + "the new string. The string is shown once and the console does not keep it.",
                () -> page.connectionString(row).whenComplete((secret, error) -> {
                    if (error != null) {
                        page.notice("No connection string: " + page.describe(error));
                        return;
                    }
                    new SecretDialog(view.window(), "cr-connection-string", "Connection string",
                            "Connection string for " + row.name(), Map.of("Connection string", secret),
                            "Shown once: copy it into the runtime's deployment now. The console keeps no copy; getting "
                                    + "another generates a new password.").show();
                }));
    }

    private static void confirm(ViewContext view, String id, String title, String header, String text,
                                Runnable action) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(view.window());
        confirm.setTitle(title);
        confirm.setHeaderText(header);
        confirm.getDialogPane().setId(id);
        confirm.getDialogPane().setPrefWidth(560);
        confirm.resultProperty().addListener((obs, old, button) -> {
            if (button == ButtonType.OK) {
                action.run();
            }
        });
        confirm.show();
    }
}
