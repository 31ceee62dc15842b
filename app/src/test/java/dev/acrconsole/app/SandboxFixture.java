package dev.acrconsole.app;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.OperationJournal;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import java.nio.file.Path;

/** A sandbox, a real cache in {@code dir}, and the real SDK clients pointed at the sandbox over HTTPS. */
public final class SandboxFixture implements AutoCloseable {
    public final SandboxServer sandbox;
    public final Path dir;
    private CacheDatabase db;
    private ArmClients arm;

    public SandboxFixture(SandboxConfig config, Path dir) {
        this.sandbox = SandboxServer.start(config);
        this.dir = dir;
        open();
    }

    /** (Re)opens the cache and makes new SDK clients, as a restarted app would. */
    public void open() {
        db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy());
        arm = new ArmClients(new ArmSession("sandbox", ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()),
                new StaticTokenCredential(SandboxServer.token())));
    }

    /** Closes the cache, as a stopped app would; the sandbox keeps running. */
    public void closeCache() {
        db.close();
    }

    public ArmClients arm() {
        return arm;
    }

    public CacheDatabase db() {
        return db;
    }

    public ResourceStore store() {
        return new ResourceStore(db);
    }

    public OperationJournal journal() {
        return new OperationJournal(db);
    }

    @Override
    public void close() {
        sandbox.close();
        db.close();
    }
}
