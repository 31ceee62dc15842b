package dev.acrconsole.ui.cacherules;

import dev.acrconsole.app.cacherules.CacheRuleActions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.page.PageContext;

/** Deleting a cache rule (creating and editing have their form). */
public final class CacheRuleCommands {
    private final PageContext context;

    public CacheRuleCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row cacheRule) {
        context.submit(cacheRule.scope(), CacheRuleActions.delete(cacheRule.id(), cacheRule.tenantId()));
    }
}
