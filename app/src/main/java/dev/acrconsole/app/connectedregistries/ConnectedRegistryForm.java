package dev.acrconsole.app.connectedregistries;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import java.util.List;
import java.util.Set;

/**
 * What the create wizard collects. Field names double as the keys of {@link FieldErrors}; {@link #PAGES} says which
 * fields each page of the wizard shows, so a page can be checked on its own before the next one opens.
 *
 * @param repositories   what it syncs (the sync scope map's repository actions)
 * @param clientTokenIds tokens clients use to pull from (and push to) it on site
 */
public record ConnectedRegistryForm(ParentRegistry parent, String name, String mode, List<String> repositories,
                                    SyncSettings sync, String logLevel, boolean auditLog, List<String> notifications,
                                    List<String> clientTokenIds) {
    public static final String PARENT = "parent";
    public static final String NAME = "name";
    public static final String MODE = "mode";
    public static final String REPOSITORIES = "repositories";
    public static final String LOG_LEVEL = "logLevel";
    public static final String NOTIFICATIONS = "notifications";
    public static final List<Set<String>> PAGES = List.of(
            Set.of(PARENT, NAME, MODE),
            Set.of(REPOSITORIES, SyncSettings.SCHEDULE, SyncSettings.WINDOW, SyncSettings.TTL),
            Set.of(LOG_LEVEL, NOTIFICATIONS));

    public ConnectedRegistryForm {
        repositories = List.copyOf(repositories);
        notifications = List.copyOf(notifications);
        clientTokenIds = List.copyOf(clientTokenIds);
    }

    public String id() {
        return parent.id() + "/connectedRegistries/" + name;
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        errors.check(parent == null, PARENT, "Choose the registry it syncs with.");
        String parentProblem = parent == null ? null : parent.problem();
        errors.check(parentProblem != null, PARENT, parentProblem);
        String nameProblem = ConnectedRegistryRules.nameProblem(name);
        errors.check(nameProblem != null, NAME, nameProblem);
        errors.check(mode == null || !ConnectedRegistryRules.MODES.contains(mode), MODE,
                "Choose Registry or Mirror (or ReadWrite / ReadOnly).");
        errors.check(repositories.isEmpty(), REPOSITORIES, "Name at least one repository to sync, e.g. hello-world.");
        for (String repo : repositories) {
            String problem = dev.acrconsole.app.scopemaps.ScopeMapPermissions.repositoryProblem(repo);
            errors.check(problem != null, REPOSITORIES, problem);
        }
        sync.validate().all().forEach(errors::add);
        errors.check(logLevel == null || !ConnectedRegistryRules.LOG_LEVELS.contains(logLevel), LOG_LEVEL,
                "Choose Debug, Information, Warning, Error or None.");
        for (String pattern : notifications) {
            String problem = ConnectedRegistryRules.notificationProblem(pattern);
            errors.check(problem != null, NOTIFICATIONS, problem);
        }
        return errors;
    }
}
