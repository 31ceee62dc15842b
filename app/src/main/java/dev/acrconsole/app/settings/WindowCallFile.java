package dev.acrconsole.app.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code acr-console.window} in the data dir: where the window open on it answers a second launch (ADR 0022), the
 * loopback port and the token a caller must send. Written whole and owner-only, as {@code settings.json} is: the token
 * is what keeps other local users from calling the window.
 */
public final class WindowCallFile {
    public static final String FILE_NAME = "acr-console.window";

    /** The window's loopback port and its token. */
    public record Address(int port, String token) {}

    private final Path file;

    public WindowCallFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public void write(Address address) throws IOException {
        SettingsFile.writeAtomically(file, address);
    }

    /** The address written, or empty when there is none, or the file is not one (a stale file is read as written). */
    public Optional<Address> read() {
        try {
            Address a = SettingsFile.read(file, Address.class);
            return a == null || a.token() == null ? Optional.empty() : Optional.of(a);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
