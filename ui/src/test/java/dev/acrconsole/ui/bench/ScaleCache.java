package dev.acrconsole.ui.bench;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshReport;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.sandbox.Scale;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;

/** The benchmarks' dataset: the sandbox at scale, refreshed into a real cache the way the app does. */
final class ScaleCache {
    static final Scale SCALE = new Scale(10, 1000);
    /** ARM pages registry lists in the hundreds; so does the sandbox here. */
    static final int PAGE_SIZE = 100;

    private ScaleCache() {}

    static SandboxConfig sandboxConfig() {
        return sandboxConfig(SCALE);
    }

    static SandboxConfig sandboxConfig(Scale scale) {
        return SandboxConfig.defaults().withScale(scale).withPageSize(PAGE_SIZE);
    }

    /** Fills {@code dataDir} with the scale dataset under the sandbox account; returns the resource count. */
    static int fill(Path dataDir) {
        return fill(dataDir, SCALE);
    }

    /** As {@link #fill(Path)}, with the sandbox's scale data of another size. */
    static int fill(Path dataDir, Scale scale) {
        try (SandboxServer sandbox = SandboxServer.start(sandboxConfig(scale));
             CacheDatabase db = CacheDatabase.open(dataDir, Kinds.CATALOG.cachePolicy())) {
            ArmSession session = new ArmSession(AppServices.SANDBOX_ACCOUNT,
                    ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()),
                    new StaticTokenCredential(SandboxServer.token()));
            ResourceStore store = new ResourceStore(db);
            RefreshReport report = new RefreshService(new ArmClients(session), store, Kinds.CATALOG, Clock.systemUTC())
                    .refreshAll(RefreshListener.NONE);
            if (!report.complete()) {
                throw new IllegalStateException("scale refresh failed: " + report.failures());
            }
            return store.count();
        }
    }
}
