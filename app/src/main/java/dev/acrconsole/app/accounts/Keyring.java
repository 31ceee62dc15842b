package dev.acrconsole.app.accounts;

import com.sun.jna.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds out once whether the OS credential store works, by writing, reading and deleting a probe entry. On Linux
 * without a keyring msal4j's accessors fail with Errors (UnsatisfiedLinkError, NoClassDefFoundError), not
 * Exceptions, so the probe catches those too. When it fails, secrets and tokens stay in memory and the user is
 * told so in one line; nothing is ever written in clear text.
 *
 * @param store  where secrets go
 * @param notice empty when the OS store works; else the line to show
 */
public record Keyring(SecretStore store, Optional<String> notice) {
    public static final String MEMORY_ONLY = "No OS keyring available: sign-ins and secrets are kept in memory only "
            + "and asked for again next start";

    public boolean persistent() {
        return notice.isEmpty();
    }

    /**
     * Probes the OS store. Its small files (Windows' DPAPI-encrypted secrets, the keyring's lock stamps) live in
     * {@code dataDir}/secrets, which is removed again when the store does not work.
     */
    public static Keyring probe(Path dataDir) {
        Path dir = dataDir.resolve("secrets");
        Keyring keyring = probe(() -> {
            Files.createDirectories(dir);
            return new OsSecretStore(dir);
        });
        if (!keyring.persistent()) {
            try {
                Files.deleteIfExists(dir); // only if empty: a failed probe leaves nothing behind
            } catch (java.io.IOException e) {
                // not empty or not ours to remove
            }
        }
        return keyring;
    }

    /** Probes {@code candidate}; any failure, Error or Exception, means memory only. */
    static Keyring probe(StoreOpener candidate) {
        try {
            SecretStore os = candidate.open();
            String key = "probe";
            os.write(key, "probe-" + ProcessHandle.current().pid());
            boolean readBack = os.read(key).filter(v -> v.startsWith("probe-")).isPresent();
            os.delete(key);
            if (readBack) {
                return new Keyring(os, Optional.empty());
            }
            return memoryOnly("the OS credential store did not keep a test entry");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return memoryOnly(reason(e));
        }
    }

    static Keyring memoryOnly(String why) {
        System.getLogger(Keyring.class.getName()).log(System.Logger.Level.DEBUG, "OS credential store unavailable: " + why);
        return new Keyring(new MemorySecretStore(), Optional.of(MEMORY_ONLY));
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String msg = String.valueOf(root.getMessage());
        int nl = msg.indexOf('\n');
        return (Platform.isLinux() ? "libsecret: " : "") + root.getClass().getSimpleName() + ": " + (nl < 0 ? msg : msg.substring(0, nl));
    }

    /** Opens the OS store (may fail in any way). */
    @FunctionalInterface
    interface StoreOpener {
        SecretStore open() throws Exception;
    }
}
