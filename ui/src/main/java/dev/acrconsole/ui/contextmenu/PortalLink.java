package dev.acrconsole.ui.contextmenu;

import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.portal.PortalLinks;
import dev.acrconsole.ui.page.PageContext;
import dev.acrconsole.ui.page.Session;

/** Which portal page a row opens: plain Java, beside the view that opens it ({@link Portal}). */
public final class PortalLink {
    private PortalLink() {}

    /** The link of {@code row} in the portal of the cloud of the account that reads it (offline, the cloud the cache has it under). */
    public static String of(PageContext context, Row row) {
        Session session = context.session(row);
        ArmEndpoint endpoint = session == null ? null : session.arm().session().endpoint();
        // Offline there is no session: the cache's scope still names the account's cloud.
        String host = endpoint == null ? PortalLinks.portalHost(row.scope().cloud(), null)
                : PortalLinks.portalHost(endpoint.cloudName(), endpoint.resourceManager());
        return PortalLinks.url(host, row.tenantId(), row.id());
    }
}
