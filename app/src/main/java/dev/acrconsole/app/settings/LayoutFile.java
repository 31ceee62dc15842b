package dev.acrconsole.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code layout.json} beside {@code settings.json}: read once at start, written (whole, through a temporary file and a
 * move, so a crash leaves the old one) off the FX thread. A file that cannot be read is a layout not remembered, never
 * a window that does not open.
 */
public final class LayoutFile {
    public static final String FILE_NAME = "layout.json";
    private static final Logger LOG = Logger.getLogger(LayoutFile.class.getName());

    private final Path file;

    public LayoutFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Layout load() {
        if (!Files.isRegularFile(file)) {
            return Layout.EMPTY;
        }
        try {
            return SettingsFile.read(file, Layout.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The remembered layout in " + file + " cannot be read; starting with the default layout", e);
            return Layout.EMPTY;
        }
    }

    public synchronized void save(Layout layout) {
        try {
            SettingsFile.writeAtomically(file, layout);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot save the window's layout to " + file, e);
        }
    }
}
