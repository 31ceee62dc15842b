package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryForm;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryRules;
import dev.acrconsole.app.connectedregistries.SyncSettings;
import dev.acrconsole.ui.fx.FormRows;
import dev.acrconsole.ui.page.FormModel;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** The rows of {@link SyncFields}, as the wizard and the update dialog lay them out; ids are {@code <prefix>-<field>}. */
final class SyncRows {
    private SyncRows() {}

    /** Schedule (with its next syncs), sync window, message TTL. */
    static FormRows when(FormRows form, FormModel model, SyncFields f, String prefix) {
        TextField schedule = new TextField();
        schedule.setPromptText("* * * * * syncs continuously; 0 22 * * * at 22:00 UTC daily");
        schedule.textProperty().bindBidirectional(f.scheduleProperty());
        Label nextRuns = new Label();
        nextRuns.setId(prefix + "-next-runs");
        nextRuns.getStyleClass().add("field-hint");
        nextRuns.setWrapText(true);
        nextRuns.textProperty().bind(f.nextRunsProperty());
        TextField window = new TextField();
        window.setPromptText("PT3H to P7D; needed unless the schedule is continuous");
        window.textProperty().bindBidirectional(f.syncWindowProperty());
        TextField ttl = new TextField();
        ttl.setPromptText("P1D to P90D");
        ttl.textProperty().bindBidirectional(f.messageTtlProperty());
        return form.add("Sync schedule (cron, UTC)", schedule, model.errorProperty(SyncSettings.SCHEDULE), prefix + "-schedule")
                .note(nextRuns)
                .add("Sync window (ISO 8601)", window, model.errorProperty(SyncSettings.WINDOW), prefix + "-window")
                .add("Message TTL (ISO 8601)", ttl, model.errorProperty(SyncSettings.TTL), prefix + "-ttl");
    }

    /** Log level, audit log, notification patterns, client tokens. */
    static FormRows onSite(FormRows form, FormModel model, SyncFields f, String prefix) {
        ComboBox<String> level = new ComboBox<>(FXCollections.observableArrayList(ConnectedRegistryRules.LOG_LEVELS));
        level.valueProperty().bindBidirectional(f.logLevelProperty());
        CheckBox audit = new CheckBox("Keep audit logs on site");
        audit.selectedProperty().bindBidirectional(f.auditLogProperty());
        audit.setId(prefix + "-audit");
        TextArea notifications = new TextArea();
        notifications.setPromptText("One pattern a line: <repository>:<tag>[:<digest>], * as a wildcard, e.g. hello-world:*:*");
        notifications.setPrefRowCount(3);
        notifications.setWrapText(true);
        notifications.textProperty().bindBidirectional(f.notificationsProperty());
        ListView<TokenChoice> tokens = new ListView<>(f.clientTokens());
        tokens.setCellFactory(v -> new TokenCell());
        tokens.setPrefHeight(110);
        tokens.setPlaceholder(new Label("No tokens cached in this registry (open its Tokens folder to fetch them)."));
        return form.add("Log level", level, model.errorProperty(ConnectedRegistryForm.LOG_LEVEL), prefix + "-log-level")
                .note(audit)
                .add("Notifications", notifications, model.errorProperty(ConnectedRegistryForm.NOTIFICATIONS), prefix + "-notifications")
                .add("Client tokens", tokens, model.errorProperty("clientTokens"), prefix + "-client-tokens");
    }

    /** A token's check box, named by the token (a screen reader reads which one it ticks). */
    private static final class TokenCell extends javafx.scene.control.ListCell<TokenChoice> {
        private final CheckBox box = new CheckBox();
        private TokenChoice bound;

        @Override
        protected void updateItem(TokenChoice token, boolean empty) {
            super.updateItem(token, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.chosenProperty());
                bound = null;
            }
            setText(null);
            if (empty || token == null) {
                setGraphic(null);
                return;
            }
            bound = token;
            box.setText(token.toString());
            box.selectedProperty().bindBidirectional(token.chosenProperty());
            setGraphic(box);
        }
    }
}
