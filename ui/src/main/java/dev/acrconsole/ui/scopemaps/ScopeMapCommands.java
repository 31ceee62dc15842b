package dev.acrconsole.ui.scopemaps;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.scopemaps.ScopeMapActions;
import dev.acrconsole.app.scopemaps.ScopeMapDetails;
import dev.acrconsole.ui.page.PageContext;

/** What can be done with a scope map now, and its deletion (creating and editing have their form). */
public final class ScopeMapCommands {
    private final PageContext context;

    public ScopeMapCommands(PageContext context) {
        this.context = context;
    }

    /** ACR's own {@code _repositories_*} scope maps cannot be changed or deleted. */
    public static boolean userDefined(Row scopeMap) {
        return !scopeMap.details(ScopeMapDetails.class).systemDefined();
    }

    public void delete(Row scopeMap) {
        context.submit(scopeMap.scope(), ScopeMapActions.delete(scopeMap.id(), scopeMap.tenantId()));
    }
}
