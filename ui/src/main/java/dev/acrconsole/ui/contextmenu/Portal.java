package dev.acrconsole.ui.contextmenu;

import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.portal.PortalLinks;
import dev.acrconsole.ui.fx.Clipboards;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.Session;
import java.awt.Desktop;
import java.net.URI;

/** Open in Portal: the row's page in its account's cloud's portal, in the desktop's browser. */
public final class Portal {
    private Portal() {}

    /** The link of {@code row} for the cloud of the account that reads it (the public portal offline). */
    public static String url(ViewContext view, Row row) {
        Session session = view.page().session(row);
        ArmEndpoint endpoint = session == null ? null : session.arm().session().endpoint();
        String host = endpoint == null ? PortalLinks.PUBLIC
                : PortalLinks.portalHost(endpoint.cloudName(), endpoint.resourceManager());
        return PortalLinks.url(host, row.tenantId(), row.id());
    }

    /**
     * Asks the desktop to browse to it, off the FX thread (it may wait on the OS); where there is no browser to ask, the
     * link goes on the clipboard and the user is told.
     */
    public static void open(ViewContext view, Row row) {
        String url = url(view, row);
        view.page().background().submit(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                return false;
            }
            Desktop.getDesktop().browse(URI.create(url));
            return true;
        }).whenCompleteAsync((opened, error) -> {
            if (error != null || !Boolean.TRUE.equals(opened)) {
                Clipboards.put(url);
                view.page().notice().accept("No browser could be opened: the portal link is on the clipboard (" + url + ").");
            }
        }, view.page().fx());
    }
}
