package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.forms.FieldErrors;
import java.util.List;

/** What the update dialog changes: when it syncs, its logging, notifications and client tokens. */
public record ConnectedRegistryUpdate(String id, String tenantId, SyncSettings sync, String logLevel, boolean auditLog,
                                      List<String> notifications, List<String> clientTokenIds) {
    public ConnectedRegistryUpdate {
        notifications = List.copyOf(notifications);
        clientTokenIds = List.copyOf(clientTokenIds);
    }

    public FieldErrors validate() {
        FieldErrors errors = sync.validate();
        errors.check(logLevel == null || !ConnectedRegistryRules.LOG_LEVELS.contains(logLevel), ConnectedRegistryForm.LOG_LEVEL,
                "Choose Debug, Information, Warning, Error or None.");
        for (String pattern : notifications) {
            String problem = ConnectedRegistryRules.notificationProblem(pattern);
            errors.check(problem != null, ConnectedRegistryForm.NOTIFICATIONS, problem);
        }
        return errors;
    }
}
