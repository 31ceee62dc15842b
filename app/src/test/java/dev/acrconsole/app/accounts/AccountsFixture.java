package dev.acrconsole.app.accounts;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxData;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox cloud, a real SQLite cache in a data dir, and the accounts of that data dir. */
abstract class AccountsFixture {
    @TempDir
    Path dir;

    SandboxCloud cloud;
    CacheDatabase db;
    ResourceStore store;
    Accounts accounts;
    /** Contoso Production (Contoso tenant) and Fabrikam Edge Sites (Fabrikam tenant) of the default sample. */
    SandboxData.Subscription prod;
    SandboxData.Subscription edge;

    @BeforeEach
    void startSandboxCloud() {
        cloud = SandboxCloud.start(dir);
        db = CacheDatabase.open(dataDir(), Kinds.CATALOG.cachePolicy());
        store = new ResourceStore(db);
        accounts = cloud.accounts(dataDir(), store);
        prod = cloud.data().subscriptions().getFirst();
        edge = cloud.data().subscriptions().get(2);
    }

    @AfterEach
    void stopSandboxCloud() {
        db.close();
        cloud.close();
    }

    Path dataDir() {
        return dir.resolve("data");
    }
}
