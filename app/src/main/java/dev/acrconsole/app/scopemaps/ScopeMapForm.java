package dev.acrconsole.app.scopemaps;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.tokens.TokenRules;

/**
 * What the scope map dialog collects. On update the name is fixed ({@code creating} false).
 *
 * @param registryId the registry the scope map belongs to
 */
public record ScopeMapForm(String registryId, String tenantId, boolean creating, String name, String description,
                           ScopeMapPermissions permissions) {
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    /** ARM's limit on a scope map's description. */
    public static final int MAX_DESCRIPTION = 256;

    public String id() {
        return registryId + "/scopeMaps/" + name.strip();
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String nameProblem = creating ? TokenRules.scopeMapNameProblem(name == null ? null : name.strip()) : null;
        errors.check(nameProblem != null, NAME, nameProblem);
        errors.check(name != null && name.strip().startsWith("_"), NAME,
                "Names starting with '_' are ACR's own (_repositories_pull, ...): choose another.");
        errors.check(description != null && description.length() > MAX_DESCRIPTION, DESCRIPTION,
                "Use at most " + MAX_DESCRIPTION + " characters.");
        permissions.validate().all().forEach(errors::add);
        return errors;
    }
}
