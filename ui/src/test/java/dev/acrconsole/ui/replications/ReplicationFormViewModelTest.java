package dev.acrconsole.ui.replications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.replications.ReplicationDetails;
import dev.acrconsole.app.replications.ReplicationForm;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replication form without the toolkit: the regions offered leave out the home region and those replicated; a
 * region not offered, the home region, one already replicated, bad tags and a non-Premium registry are refused where
 * they are typed with nothing sent to ARM; a good one is created and edited and lands in the cache.
 */
class ReplicationFormViewModelTest {
    @TempDir
    Path dir;

    @Test
    void badRegionsAndTagsAreRefusedInlineAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosoprodacr");
            f.fetch(registry, ReplicationKind.KIND);
            ReplicationFormViewModel m = new ReplicationFormViewModel(f.context, registry, null);
            Messages shown = Messages.of(m, ReplicationForm.REGION, ReplicationForm.TAGS, ReplicationForm.REGISTRY);
            assertThat(m.regions()).contains("westeurope", "northeurope").doesNotContain("eastus");
            int requests = f.sandbox().requestCount();
            var command = m.commandProperty();
            assertThat(command.get()).startsWith("az acr replication create --registry contosoprodacr --location <location>");
            m.regionProperty().set("westeurope");
            assertThat(command.get()).as("the equivalent command follows the form")
                    .startsWith("az acr replication create --registry contosoprodacr --location westeurope");

            m.regionProperty().set("atlantis");
            assertThat(shown.of(ReplicationForm.REGION)).isEqualTo(
                    "'atlantis' is not a region Container Registry is offered in. Choose one from the list.");
            m.regionProperty().set("East US");
            assertThat(shown.of(ReplicationForm.REGION)).isEqualTo("This is the registry's home region: it is replicated there already.");
            m.tagsProperty().set("team");
            assertThat(shown.of(ReplicationForm.TAGS)).isEqualTo("Write each tag as name=value, one a line or separated by commas.");
            assertThat(m.submit()).isNull();
            assertThat(m.regionProperty().get()).as("what was typed is kept").isEqualTo("East US");
            assertThat(shown.of(ReplicationForm.REGISTRY)).isEmpty();
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();

            Row standard = f.registry("contosoreleases");
            ReplicationFormViewModel onStandard = new ReplicationFormViewModel(f.context, standard, null);
            Messages standardShown = Messages.of(onStandard, ReplicationForm.REGISTRY);
            onStandard.regionProperty().set("westeurope");
            assertThat(onStandard.submit()).isNull();
            assertThat(standardShown.of(ReplicationForm.REGISTRY)).startsWith("Geo-replication needs the Premium SKU: this registry is Standard.");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
        }
    }

    @Test
    void aReplicaIsCreatedThenOfferedNoMoreAndEditedLeavingItsRegion() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            f.fetch(registry, ReplicationKind.KIND);
            ReplicationFormViewModel create = new ReplicationFormViewModel(f.context, registry, null);
            create.regionProperty().set("North Europe");
            create.tagsProperty().set("team=platform");
            Operation made = f.ended(create.submit());
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            String id = registry.id() + "/replications/northeurope";
            assertThat(f.row(id).details(ReplicationDetails.class).displayStatus()).as("in the cache without a refresh").isEqualTo("Ready");

            ReplicationFormViewModel again = new ReplicationFormViewModel(f.context, registry, null);
            Messages shown = Messages.of(again, ReplicationForm.REGION);
            assertThat(again.regions()).doesNotContain("northeurope", "eastus");
            int requests = f.sandbox().requestCount();
            again.regionProperty().set("northeurope");
            assertThat(shown.of(ReplicationForm.REGION)).isEqualTo("The registry already has a replication in northeurope.");
            assertThat(again.submit()).isNull();
            assertThat(f.sandbox().requestCount()).isEqualTo(requests);

            ReplicationFormViewModel edit = new ReplicationFormViewModel(f.context, registry, f.row(id));
            assertThat(edit.creating()).isFalse();
            assertThat(edit.regionProperty().get()).isEqualTo("northeurope");
            assertThat(edit.tagsProperty().get()).isEqualTo("team=platform");
            edit.regionEndpointEnabledProperty().set(false);
            Operation changed = f.ended(edit.submit());
            assertThat(changed.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(changed.method()).isEqualTo("PATCH");
            assertThat(f.atArm(id).at("/properties/regionEndpointEnabled").asBoolean()).isFalse();
            assertThat(f.row(id).details(ReplicationDetails.class).endpointEnabled()).isFalse();
        }
    }
}
