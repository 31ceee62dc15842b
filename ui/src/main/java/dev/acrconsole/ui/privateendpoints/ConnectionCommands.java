package dev.acrconsole.ui.privateendpoints;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.ui.page.PageContext;

/** What can be done with a private endpoint connection now, and the deletion (the decisions have their form). */
public final class ConnectionCommands {
    private final PageContext context;

    public ConnectionCommands(PageContext context) {
        this.context = context;
    }

    /** Only a pending request is approved: ARM will not approve a rejected one, and a disconnected one is gone. */
    public static boolean canApprove(Row c) {
        return "Pending".equals(status(c));
    }

    public static boolean canReject(Row c) {
        String status = status(c);
        return "Pending".equals(status) || "Approved".equals(status);
    }

    private static String status(Row c) {
        return c == null ? null : c.details(PrivateEndpointConnectionDetails.class).status();
    }

    public void delete(Row connection) {
        context.submit(connection.scope(), ConnectionActions.delete(connection.id(), connection.tenantId()));
    }
}
