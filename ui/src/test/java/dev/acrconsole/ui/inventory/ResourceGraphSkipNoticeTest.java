package dev.acrconsole.ui.inventory;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.util.Context;
import com.azure.resourcemanager.resourcegraph.ResourceGraphManager;
import com.azure.resourcemanager.resourcegraph.models.QueryRequest;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a refresh skips Resource Graph (its quota is spent), the window says so, and the ARM reads fill the tree. */
class ResourceGraphSkipNoticeTest {
    @TempDir
    Path dir;

    @Test
    void aSpentQuotaIsSaidAndTheTreeStillFills() throws Exception {
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dir,
                CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), SandboxConfig.defaults())) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start()); // starts the sandbox and refreshes: Resource Graph first
            SandboxServer sandbox = services.sandbox().orElseThrow();
            assertThat(main.noticeProperty().get()).as("nothing to say when Resource Graph answered").isNull();
            Thread.sleep(5_100); // past the quota window that refresh opened

            // Another tool of the same user spends a new window's quota, all at once: nearly 5 s are left of it.
            ArmClients other = new ArmClients(new ArmSession("other", ArmEndpoint.sandbox(sandbox.baseUrl(),
                    sandbox.certificate()), new StaticTokenCredential(SandboxServer.token())));
            ResourceGraphManager graph = ResourceGraphManager.configure().withHttpClient(other.httpClient())
                    .authenticate(other.session().credential(), other.profile(null));
            ExecutorService pool = Executors.newFixedThreadPool(15);
            try {
                IntStream.range(0, 15).mapToObj(i -> CompletableFuture.runAsync(() -> graph.resourceProviders()
                        .resources(new QueryRequest().withQuery("resources | project id | limit 1")), pool))
                        .toList().forEach(CompletableFuture::join);
            } finally {
                pool.shutdown();
            }
            services.store().replaceListing(services.viewScope(), new RegistryKind().listingUnder(
                    sandbox.data().registries().getFirst().subscriptionId()), RegistryKind.KIND, java.util.List.of(),
                    java.time.Instant.now()); // a subscription's registries gone from the cache: the refresh brings them back

            await(main.refresh());

            assertThat(main.noticeProperty().get()).isNotNull();
            assertThat(main.noticeProperty().get().text()).startsWith("Resource Graph's quota is spent for ")
                    .endsWith("the per-subscription ARM reads fill the tree");
            assertThat(services.store().resources(services.viewScope(), RegistryKind.KIND))
                    .hasSameSizeAs(sandbox.data().registries());
        }
    }
}
