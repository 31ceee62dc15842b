package dev.acrconsole.ui.fx;

import dev.acrconsole.app.concurrent.Background;
import org.kordamp.ikonli.javafx.IkonResolver;

/**
 * Loads the icon font ahead of the first icon, off the FX thread. Ikonli loads it when its resolver is first used: it
 * copies the 1 MB font out of its jar into a temporary file and registers it, and finds every icon set's handler. Done
 * by the first icon, that was disk work on the FX thread: a third of the tree's first layout in a first refresh
 * (docs/benchmarks.md).
 */
public final class IconFont {
    private static final System.Logger LOG = System.getLogger(IconFont.class.getName());

    private IconFont() {}

    /** Starts loading; an icon made before it is done waits for it (the resolver's class is initialised once). */
    public static void loadAhead(Background background) {
        background.run(() -> {
            IkonResolver.getInstance();
            ActionIcons.forLabel("Refresh"); // the action icons' sets, initialised with their table
        }).whenComplete((v, e) -> {
            if (e != null) { // the first icon made on the FX thread will fail the same way, and say so there
                LOG.log(System.Logger.Level.WARNING, "Loading the icon font ahead failed: " + e);
            }
        });
    }
}
