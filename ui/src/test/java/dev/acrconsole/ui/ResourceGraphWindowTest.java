package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.inventory.ResourceGraphInventory;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.sandbox.SandboxData;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder Resource Graph filled and nobody opened (a registry's replications) says so on its page, offline too, where
 * no ARM read can confirm it.
 */
class ResourceGraphWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @Test
    void anUnopenedFolderFilledByResourceGraphSaysSoOffline() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxData.Registry prod = services.sandbox().orElseThrow().data().registries().stream()
                .filter(r -> r.name().equals("contosoprodacr")).findFirst().orElseThrow();
        String replications = ListingKeys.children(prod.id(), ReplicationKind.KIND);
        waitUntil("Resource Graph filled the replications", () -> services.store().listing(services.viewScope(), replications)
                .map(l -> l.fromResourceGraph()).orElse(false));
        waitUntil("the refresh is over", () -> text("#status-freshness").startsWith("Last complete refresh"));
        closeWindow();

        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);
        selectInTree("Replications", "contosoprodacr");
        waitUntil("the replications page shows", () -> "Replications".equals(text("#child-title")));
        waitUntil("its freshness says Resource Graph's", () -> text("#child-status").endsWith(ResourceGraphInventory.LAG));
        assertThat(text("#child-status")).startsWith("Fetched ");
        shoot("replications-from-resource-graph");
    }
}
