package dev.acrconsole.ui.privateendpoints;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pending-approvals inbox without the toolkit: every pending connection across the cached registries. */
class PendingApprovalsViewModelTest {
    @TempDir
    Path dir;

    private static List<String> ids(PendingApprovalsViewModel inbox) {
        return List.copyOf(inbox.rows()).stream().map(Row::id).toList();
    }

    @Test
    void thePendingConnectionsOfEveryRegistryShowAndOneApprovedLeavesTheInbox() {
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0);
        try (PageFixture f = PageFixture.sandbox(dir, quick, new DirectBackground())) {
            SandboxData.PrivateEndpointConnection prod = f.connection("contosoprodacr", "Pending");
            SandboxData.PrivateEndpointConnection weu = f.connection("contosoprodweu", "Pending");
            PendingApprovalsViewModel inbox = new PendingApprovalsViewModel(f.context);
            int listeners = f.context.feed().listeners();
            inbox.activate();

            assertThat(ids(inbox)).containsExactlyInAnyOrder(prod.id(), weu.id());
            assertThat(inbox.summaryProperty().get())
                    .startsWith("2 private endpoint connections wait for approval. Oldest data fetched ");
            assertThat(inbox.online()).isTrue();
            Row waiting = inbox.rows().stream().filter(r -> r.id().equals(weu.id())).findFirst().orElseThrow();
            inbox.selectedProperty().set(waiting);
            // Its subscription by the name the tree shows, not its GUID.
            String subscriptionName = f.sandbox().data().subscriptions().stream()
                    .filter(s -> s.subscriptionId().equalsIgnoreCase(waiting.subscriptionId())).findFirst().orElseThrow().displayName();
            assertThat(inbox.subscription(waiting)).isEqualTo(subscriptionName).isNotEqualTo(waiting.subscriptionId());

            Operation op = await(f.context.submit(f.scope(), ConnectionActions.approve(prod.id(),
                    f.row(prod.registryId()).tenantId(), "Approved for the data science VNet")));
            waitFor("the approved one leaves the inbox", () -> ids(inbox).equals(List.of(weu.id())));

            assertThat(f.services.journal().get(op.id()).orElseThrow().state()).isEqualTo(Operation.State.Succeeded);
            assertThat(inbox.summaryProperty().get()).startsWith("1 private endpoint connection waits for approval.");
            assertThat(inbox.selectedProperty().get()).as("the selection stays with its row").extracting(Row::id)
                    .isEqualTo(weu.id());

            inbox.openRegistry(inbox.selectedProperty().get());
            assertThat(f.revealed).containsExactly("row " + weu.id() + " " + PrivateEndpointConnectionKind.KIND.code());
            inbox.deactivate();
            assertThat(f.context.feed().listeners()).isEqualTo(listeners);
        }
    }

    @Test
    void offlineWithNothingCachedNothingWaits() {
        try (PageFixture f = PageFixture.offline(dir)) {
            PendingApprovalsViewModel inbox = new PendingApprovalsViewModel(f.context);
            inbox.activate();
            assertThat(inbox.rows()).isEmpty();
            assertThat(inbox.summaryProperty().get()).isEqualTo("Nothing waits for approval in the cached registries.");
            assertThat(inbox.online()).isFalse();
            inbox.deactivate();
        }
    }
}
