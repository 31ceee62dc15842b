package dev.acrconsole.app.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;

/**
 * {@code settings.json} in the data dir. Written whole to a temporary file and moved into place, so a crash never
 * leaves half a file; readable by the user only where the file system has POSIX permissions. It never holds a
 * secret: the records it is made of have no field for one.
 */
public final class SettingsFile {
    public static final String FILE_NAME = "settings.json";
    /** The section of the file that holds the look (theme, zoom), beside the settings. */
    private static final String LOOK = "look";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or {@link Settings#EMPTY} when there are none yet. */
    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.EMPTY;
        }
        try {
            return MAPPER.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            throw new SettingsException("The settings file " + file + " cannot be read (" + firstLine(e.getMessage())
                    + "). Fix or move it aside; accounts will then have to be added again.", e);
        }
    }

    /**
     * Writes {@code settings}, keeping the Production marks already in the file: they change only through
     * {@link #saveProduction}, so a holder of older settings (the accounts) cannot undo a mark; and the refresh's.
     */
    public synchronized void save(Settings settings) {
        Settings saved = Files.exists(file) ? load() : settings;
        // The refresh settings likewise change only through saveRefresh.
        write(new Settings(settings.accounts(), settings.clouds(), settings.proxy(), settings.caCertificate(),
                saved.production(), saved.refresh()));
    }

    /** Replaces how a refresh reads (in-flight cap, the sandbox's "keep everything"), keeping the rest of the file. */
    public synchronized void saveRefresh(RefreshSettings refresh) {
        Settings s = load();
        write(new Settings(s.accounts(), s.clouds(), s.proxy(), s.caCertificate(), s.production(), refresh));
    }

    /** Replaces the Production marks, keeping the rest of the file. */
    public synchronized void saveProduction(Collection<String> ids) {
        Settings s = load();
        write(new Settings(s.accounts(), s.clouds(), s.proxy(), s.caCertificate(), List.copyOf(ids), s.refresh()));
    }

    private void write(Settings settings) {
        save(MAPPER.valueToTree(settings));
    }

    private synchronized void save(ObjectNode whole) {
        try {
            writeAtomically(file, keepOthers(whole));
        } catch (IOException e) {
            throw new SettingsException("Cannot save the settings to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} as JSON through a private temporary file and a move, so a crash leaves the old file whole. */
    static void writeAtomically(Path file, Object value) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            MAPPER.writeValue(tmp.toFile(), value);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems (network shares) cannot: a plain replace is the best they offer.
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads JSON written by {@link #writeAtomically}. */
    static <T> T read(Path file, Class<T> type) throws IOException {
        return MAPPER.readValue(file.toFile(), type);
    }

    /** The look, or {@link LookSettings#DEFAULT} when none is saved (or the saved one cannot be read: it is only looks). */
    public LookSettings loadLook() {
        try {
            JsonNode look = Files.exists(file) ? MAPPER.readTree(file.toFile()).get(LOOK) : null;
            return look == null || look.isNull() ? LookSettings.DEFAULT : MAPPER.treeToValue(look, LookSettings.class);
        } catch (IOException | IllegalArgumentException e) {
            return LookSettings.DEFAULT;
        }
    }

    /** Saves the look, keeping everything else in the file as it is. */
    public synchronized void saveLook(LookSettings look) {
        ObjectNode tree = MAPPER.valueToTree(load());
        tree.set(LOOK, MAPPER.valueToTree(look));
        save(tree);
    }

    /** Sections of the file that {@link Settings} does not hold (the look) survive a save of the settings. */
    private ObjectNode keepOthers(ObjectNode tree) {
        if (!Files.exists(file)) {
            return tree;
        }
        try {
            JsonNode old = MAPPER.readTree(file.toFile());
            old.properties().forEach(e -> {
                if (!tree.has(e.getKey())) {
                    tree.set(e.getKey(), e.getValue());
                }
            });
        } catch (IOException e) {
            // The old file is unreadable: what it held beyond the settings is lost with it.
        }
        return tree;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
