package dev.acrconsole.ui.replications;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.replications.ReplicationActions;
import dev.acrconsole.ui.page.PageContext;

/** Deleting a replication (creating and editing have their form). */
public final class ReplicationCommands {
    private final PageContext context;

    public ReplicationCommands(PageContext context) {
        this.context = context;
    }

    public void delete(Row replication) {
        context.submit(replication.scope(), ReplicationActions.delete(replication.id(), replication.tenantId()));
    }

    /** ACR's replica in the registry's home region goes only with the registry itself. */
    public static boolean notHome(Row replication, Row registry) {
        return registry == null || !replication.location().replace(" ", "").equalsIgnoreCase(registry.location().replace(" ", ""));
    }
}
