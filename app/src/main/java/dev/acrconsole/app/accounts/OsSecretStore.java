package dev.acrconsole.app.accounts;

import com.microsoft.aad.msal4jextensions.persistence.CacheFileAccessor;
import com.microsoft.aad.msal4jextensions.persistence.ICacheAccessor;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import com.microsoft.aad.msal4jextensions.persistence.mac.KeyChainAccessor;
import com.sun.jna.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The OS credential store through the same accessors azure-identity's token cache uses (msal4j's persistence
 * extension): the login keyring through libsecret on Linux, the Keychain on macOS, and on Windows a file encrypted
 * for the user by DPAPI. Each secret is one entry named by its key.
 */
public final class OsSecretStore implements SecretStore {
    static final String SERVICE = "dev.acrconsole";
    private final Path dir;

    OsSecretStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public Optional<String> read(String key) {
        byte[] data = accessor(key).read();
        return data == null || data.length == 0 ? Optional.empty() : Optional.of(new String(data, StandardCharsets.UTF_8));
    }

    @Override
    public void write(String key, String secret) {
        accessor(key).write(secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void delete(String key) {
        accessor(key).delete();
    }

    @Override
    public boolean persistent() {
        return true;
    }

    private ICacheAccessor accessor(String key) {
        String stamp = dir.resolve("keyring-" + Integer.toHexString(key.hashCode()) + ".stamp").toString();
        if (Platform.isMac()) {
            return new KeyChainAccessor(stamp, SERVICE, key);
        }
        if (Platform.isWindows()) {
            // CacheFileAccessor encrypts with DPAPI on Windows only; on other systems it would write plain text.
            return new CacheFileAccessor(dir.resolve("secret-" + Integer.toHexString(key.hashCode()) + ".dpapi").toString());
        }
        if (Platform.isLinux()) {
            return new KeyRingAccessor(stamp, "default", SERVICE, "ACR Console secret", "service", SERVICE, "key", key);
        }
        throw new UnsupportedOperationException("No OS credential store on " + System.getProperty("os.name"));
    }
}
