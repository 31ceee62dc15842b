package dev.acrconsole.ui.connectedregistries;

import dev.acrconsole.app.connectedregistries.ConnectedRegistryForm;
import dev.acrconsole.app.connectedregistries.SyncSettings;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the create wizard and the update dialog both edit: when it syncs (schedule, window, message TTL) and how it
 * runs on site (log level, audit log, notification patterns, client tokens).
 */
public final class SyncFields {
    private final StringProperty schedule = new SimpleStringProperty();
    private final StringProperty syncWindow = new SimpleStringProperty();
    private final StringProperty messageTtl = new SimpleStringProperty();
    private final StringProperty logLevel = new SimpleStringProperty();
    private final BooleanProperty auditLog = new SimpleBooleanProperty();
    private final StringProperty notifications = new SimpleStringProperty();
    private final ObservableList<TokenChoice> clientTokens = FXCollections.observableArrayList();

    SyncFields(String schedule, String syncWindow, String messageTtl, String logLevel, boolean auditLog,
               List<String> notifications) {
        this.schedule.set(schedule);
        this.syncWindow.set(syncWindow);
        this.messageTtl.set(messageTtl);
        this.logLevel.set(logLevel);
        this.auditLog.set(auditLog);
        this.notifications.set(String.join("\n", notifications));
    }

    /** Has the form re-check each field's messages as it changes ({@code watch} is the form's own). */
    void watch(BiConsumer<ObservableValue<?>, String> watch) {
        watch.accept(schedule, SyncSettings.SCHEDULE);
        watch.accept(schedule, SyncSettings.WINDOW); // a window is needed or not by the schedule
        watch.accept(syncWindow, SyncSettings.WINDOW);
        watch.accept(messageTtl, SyncSettings.TTL);
        watch.accept(notifications, ConnectedRegistryForm.NOTIFICATIONS);
    }

    public StringProperty scheduleProperty() {
        return schedule;
    }

    public StringProperty syncWindowProperty() {
        return syncWindow;
    }

    public StringProperty messageTtlProperty() {
        return messageTtl;
    }

    public StringProperty logLevelProperty() {
        return logLevel;
    }

    public BooleanProperty auditLogProperty() {
        return auditLog;
    }

    public StringProperty notificationsProperty() {
        return notifications;
    }

    public ObservableList<TokenChoice> clientTokens() {
        return clientTokens;
    }

    /** The next times the schedule typed syncs, as it is typed. */
    public ObservableValue<String> nextRunsProperty() {
        return schedule.map(SyncText::nextRuns);
    }

    SyncSettings settings() {
        return new SyncSettings(schedule.get(), syncWindow.get(), messageTtl.get());
    }

    List<String> notificationList() {
        return SyncText.items(notifications.get());
    }

    List<String> chosenTokens() {
        return clientTokens.stream().filter(t -> t.chosenProperty().get()).map(TokenChoice::id).toList();
    }
}
