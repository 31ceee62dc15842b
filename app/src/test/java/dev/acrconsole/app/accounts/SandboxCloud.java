package dev.acrconsole.app.accounts;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The sandbox as a custom cloud: ARM at its base URL, sign-in at its identity endpoint, and its certificate as
 * the user's extra trusted CA (the same setting a corporate TLS-inspection root uses).
 */
final class SandboxCloud implements AutoCloseable {
    final SandboxServer sandbox;
    final Path certificate;
    final CloudSettings cloud;

    private SandboxCloud(SandboxServer sandbox, Path certificate) {
        this.sandbox = sandbox;
        this.certificate = certificate;
        this.cloud = new CloudSettings("Sandbox", sandbox.baseUrl().toString(), sandbox.identityUrl().toString(),
                sandbox.baseUrl().toString());
    }

    static SandboxCloud start(Path dir) {
        SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults());
        try {
            Path pem = Files.writeString(dir.resolve("sandbox-ca.pem"), sandbox.certificatePem());
            return new SandboxCloud(sandbox, pem);
        } catch (IOException e) {
            sandbox.close();
            throw new UncheckedIOException(e);
        }
    }

    SandboxData data() {
        return sandbox.data();
    }

    /** Accounts on {@code dataDir} that know this cloud and trust it; no proxy from the environment. */
    Accounts accounts(Path dataDir, ResourceStore store) {
        return accounts(dataDir, store, Map.of());
    }

    Accounts accounts(Path dataDir, ResourceStore store, Map<String, String> env) {
        return accounts(dataDir, store, env, Keyring.probe(dataDir));
    }

    /** Accounts over {@code keyring}: two of them sharing one keyring are the app before and after a restart. */
    Accounts accounts(Path dataDir, ResourceStore store, Map<String, String> env, Keyring keyring) {
        Accounts accounts = new Accounts(dataDir, store, Kinds.CATALOG, Clock.systemUTC(), env, keyring);
        accounts.addCloud(cloud);
        accounts.saveNetwork(ProxySettings.SYSTEM, null, certificate.toString());
        return accounts;
    }

    static ResourceStore store(CacheDatabase db) {
        return new ResourceStore(db);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
