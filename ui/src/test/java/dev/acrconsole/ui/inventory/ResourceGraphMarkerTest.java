package dev.acrconsole.ui.inventory;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.inventory.ResourceGraphInventory;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.details.DetailsViewModel;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Resource Graph filled and ARM has not confirmed says so where its freshness shows: a registry's replications
 * (a folder the refresh reads from ARM only once it is opened) and their details, until the folder's ARM read.
 */
class ResourceGraphMarkerTest {
    @TempDir
    Path dir;

    @Test
    void anUnopenedFolderFilledByResourceGraphSaysSoUntilArmReadsIt() {
        try (PageFixture f = PageFixture.sandbox(dir)) { // one whole refresh: Resource Graph first, then ARM
            String prod = f.sandboxRegistry("contosoprodacr").id();
            CollectionViewModel replications = new CollectionViewModel(f.context, prod, f.scope(), ReplicationKind.KIND);
            await(replications.load());
            assertThat(replications.rows()).isNotEmpty();
            assertThat(replications.statusProperty().get()).startsWith("Fetched ").endsWith(ResourceGraphInventory.LAG);

            Row replication = replications.rows().getFirst();
            DetailsViewModel details = new DetailsViewModel(f.context);
            await(details.show(DetailsViewModel.Target.resource(replication.id(), f.scope(), replication.name())));
            assertThat(details.fetchedProperty().get()).endsWith(ResourceGraphInventory.LAG);

            // The registry itself was confirmed by its subscription's ARM read: no mark.
            await(details.show(DetailsViewModel.Target.resource(prod, f.scope(), "contosoprodacr")));
            assertThat(details.fetchedProperty().get()).startsWith("Fetched ").doesNotContain("Resource Graph");
            assertThat(f.services.store().listingOf(f.scope(), prod).orElseThrow().kind()).isEqualTo(RegistryKind.KIND);

            // Opening the folder reads it from ARM: the mark goes from the page and from the replication's details.
            await(details.show(DetailsViewModel.Target.resource(replication.id(), f.scope(), replication.name())));
            await(replications.refresh());
            assertThat(replications.statusProperty().get()).startsWith("Fetched ").doesNotContain("Resource Graph");
            await(details.reload());
            assertThat(details.fetchedProperty().get()).startsWith("Fetched ").doesNotContain("Resource Graph");
        }
    }
}
