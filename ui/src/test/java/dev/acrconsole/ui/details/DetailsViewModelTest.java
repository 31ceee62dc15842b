package dev.acrconsole.ui.details;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.details.DetailsViewModel.Target;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details pane without the toolkit: a resource's fields from the cache, and re-reads of that resource only. */
class DetailsViewModelTest {
    @TempDir
    Path dir;

    private static Target target(SandboxData.Registry r) {
        return Target.resource(r.id(), null, r.name());
    }

    @Test
    void aRegistrysFieldsShowFromTheCache() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            SandboxData.Registry prod = f.sandboxRegistry("contosoprodacr");
            DetailsViewModel details = new DetailsViewModel(f.context);
            assertThat(details.messageProperty().get()).isEqualTo("Select a subscription, resource group or registry.");

            details.show(target(prod));

            assertThat(details.detailsProperty().get().title()).isEqualTo("contosoprodacr");
            assertThat(details.detailsProperty().get().kindLabel()).isEqualTo("Container registry");
            assertThat(details.detailsProperty().get().fields()).contains(
                    DetailField.copyable("Login server", "contosoprodacr.azurecr.io"),
                    new DetailField("SKU", "Premium"),
                    new DetailField("Location", "eastus"),
                    new DetailField("Public network access", "Disabled"),
                    DetailField.copyable("Resource ID", prod.id()));
            assertThat(details.rowProperty().get().id()).isEqualTo(prod.id());
        }
    }

    @Test
    void aMessageOrNothingSelectedShowsNoDetails() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            DetailsViewModel details = new DetailsViewModel(f.context);
            details.show(target(f.sandboxRegistry("contosoprodacr")));

            details.show(Target.say("Account alice. Sign-in is in the Accounts panel."));
            assertThat(details.detailsProperty().get()).isNull();
            assertThat(details.rowProperty().get()).isNull();
            assertThat(details.messageProperty().get()).isEqualTo("Account alice. Sign-in is in the Accounts panel.");

            details.show(Target.resource("/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/gone",
                    null, "gone"));
            assertThat(details.messageProperty().get()).isEqualTo("gone is no longer in the cache.");
            assertThat(details.detailsProperty().get()).isNull();

            details.show(null);
            assertThat(details.messageProperty().get()).isEqualTo("Select a subscription, resource group or registry.");
        }
    }

    @Test
    void itReadsAgainWhenItsResourceChangesInTheCacheAndNotWhenAnotherDoes() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            SandboxData.Registry prod = f.sandboxRegistry("contosoprodacr");
            DetailsViewModel details = new DetailsViewModel(f.context);
            int listeners = f.context.feed().listeners();
            details.show(target(prod));
            assertThat(f.context.feed().listeners()).isEqualTo(listeners + 1);
            int loads = details.loads();

            // Other resources written: the hub's tokens, the registry's own runs (below it, not it).
            f.services.session().orElseThrow().refresh()
                    .refreshChildren(f.registry("fabrikamedgehub").resource(), TokenKind.KIND, RefreshListener.NONE);
            new RunListing(f.services.session().orElseThrow().arm(), f.services.store(), Clock.systemUTC())
                    .first(f.row(prod.id()).resource(), RunQuery.all(), 5);
            assertThat(details.loads()).isEqualTo(loads);

            f.sandbox().state().change(prod.id(), json -> ((ObjectNode) json.get("properties")).put("publicNetworkAccess", "Enabled"));
            f.refresh();

            assertThat(details.loads()).isGreaterThan(loads);
            assertThat(details.detailsProperty().get().fields()).contains(new DetailField("Public network access", "Enabled"));

            // Another resource shown: the first one's subscription is released.
            details.show(target(f.sandboxRegistry("contosoreleases")));
            assertThat(f.context.feed().listeners()).isEqualTo(listeners + 1);
            details.show(null);
            assertThat(f.context.feed().listeners()).isEqualTo(listeners);
        }
    }

    @Test
    void aRegistryDeletedWhileShownIsNoLongerInTheCache() {
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0);
        try (PageFixture f = PageFixture.sandbox(dir, quick, new DirectBackground())) {
            SandboxData.Registry releases = f.sandboxRegistry("contosoreleases");
            DetailsViewModel details = new DetailsViewModel(f.context);
            details.show(target(releases));
            assertThat(details.detailsProperty().get()).isNotNull();

            Operation op = await(f.context.submit(f.scope(), RegistryActions.delete(releases.id(),
                    f.row(releases.id()).tenantId(), releases.name())));
            waitFor("the delete ends", () -> f.services.journal().get(op.id()).orElseThrow().state().terminal());

            waitFor("the pane says it is gone", () -> details.messageProperty().get()
                    .equals("contosoreleases is no longer in the cache."));
            assertThat(details.detailsProperty().get()).isNull();
            assertThat(details.rowProperty().get()).isNull();
        }
    }
}
