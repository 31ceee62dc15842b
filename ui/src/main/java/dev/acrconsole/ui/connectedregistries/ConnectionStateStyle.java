package dev.acrconsole.ui.connectedregistries;

import java.util.Locale;
import javafx.scene.Node;

/** The colour of a connection state (console.css: green Online, blue Syncing, grey Offline, red Unhealthy). */
public final class ConnectionStateStyle {
    private ConnectionStateStyle() {}

    public static String styleClass(String state) {
        return state == null ? "state-offline" : "state-" + state.toLowerCase(Locale.ROOT);
    }

    /** Replaces whatever state colour {@code node} had with {@code state}'s. */
    public static void apply(Node node, String state) {
        node.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-chip"));
        if (state != null) {
            node.getStyleClass().add(styleClass(state));
        }
    }
}
