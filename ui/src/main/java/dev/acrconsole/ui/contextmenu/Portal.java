package dev.acrconsole.ui.contextmenu;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.ui.fx.Clipboards;
import dev.acrconsole.ui.fx.ViewContext;
import java.awt.Desktop;
import java.net.URI;

/** Open in Portal: the row's page in its account's cloud's portal, in the desktop's browser. */
public final class Portal {
    private Portal() {}

    /**
     * Asks the desktop to browse to it, off the FX thread (it may wait on the OS); where there is no browser to ask, the
     * link goes on the clipboard and the user is told.
     */
    public static void open(ViewContext view, Row row) {
        String url = PortalLink.of(view.page(), row);
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
