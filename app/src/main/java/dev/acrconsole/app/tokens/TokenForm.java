package dev.acrconsole.app.tokens;

import dev.acrconsole.app.forms.FieldErrors;

/** What the token dialog collects: name (on create), the scope map it grants, enabled or not. */
public record TokenForm(String registryId, String tenantId, boolean creating, String name, String scopeMapId,
                        boolean enabled) {
    public static final String NAME = "name";
    public static final String SCOPE_MAP = "scopeMap";

    public String id() {
        return registryId + "/tokens/" + name.strip();
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String nameProblem = creating ? TokenRules.tokenNameProblem(name == null ? null : name.strip()) : null;
        errors.check(nameProblem != null, NAME, nameProblem);
        errors.check(scopeMapId == null || scopeMapId.isBlank(), SCOPE_MAP,
                "Choose the scope map that says what the token may do.");
        errors.check(scopeMapId != null && !scopeMapId.isBlank()
                        && !scopeMapId.toLowerCase().startsWith(registryId.toLowerCase() + "/scopemaps/"), SCOPE_MAP,
                "Choose a scope map of this registry.");
        return errors;
    }
}
