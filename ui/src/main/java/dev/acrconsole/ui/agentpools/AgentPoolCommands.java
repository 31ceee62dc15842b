package dev.acrconsole.ui.agentpools;

import dev.acrconsole.app.agentpools.AgentPoolActions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.page.PageContext;

/** Deleting an agent pool (its forms create and change it). */
public final class AgentPoolCommands {
    private final PageContext context;

    public AgentPoolCommands(PageContext context) {
        this.context = context;
    }

    /** What the deletion will be called, to head the question before it. */
    public static String deleteTitle(Row pool) {
        return AgentPoolActions.delete(pool.id(), pool.tenantId()).title();
    }

    public void delete(Row pool) {
        context.submit(pool.scope(), AgentPoolActions.delete(pool.id(), pool.tenantId()));
    }
}
