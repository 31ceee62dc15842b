package dev.acrconsole.ui.privateendpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.collection.CollectionViewModel;
import dev.acrconsole.ui.fx.ViewContext;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.page.RowAction;
import dev.acrconsole.ui.privateendpoints.ConnectionDecisionViewModel.Decision;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Approving and rejecting a private endpoint connection without the toolkit: when each is offered, the reason, the result. */
class ConnectionDecisionViewModelTest {
    @TempDir
    Path dir;

    private static Row connection(PageFixture f, Row registry, String privateEndpoint) {
        return f.context.children(registry, PrivateEndpointConnectionKind.KIND).stream()
                .filter(c -> c.details(PrivateEndpointConnectionDetails.class).privateEndpointName().equals(privateEndpoint))
                .findFirst().orElseThrow();
    }

    private static RowAction action(PageFixture f, Row registry, String id) {
        List<RowAction> actions = new PrivateEndpointConnectionUi().actions(new ViewContext(f.context, () -> null),
                new CollectionViewModel(f.context, registry.id(), f.scope(), PrivateEndpointConnectionKind.KIND));
        return actions.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static String status(PageFixture f, Row connection) {
        return f.row(connection.id()).details(PrivateEndpointConnectionDetails.class).status();
    }

    @Test
    void aPendingConnectionIsApprovedWithTheDefaultReasonAndIsThenNoLongerOfferedForApproval() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            Row pending = connection(f, registry, "pe-data-science-vnet");
            Row approved = connection(f, registry, "pe-aks-prod-eastus");
            RowAction approve = action(f, registry, "connection-approve");
            RowAction reject = action(f, registry, "connection-reject");
            assertThat(approve.enabledFor(pending)).isTrue();
            assertThat(reject.enabledFor(pending)).isTrue();
            assertThat(approve.enabledFor(approved)).as("already approved").isFalse();
            assertThat(reject.enabledFor(approved)).as("an approved one can still be refused").isTrue();

            ConnectionDecisionViewModel m = new ConnectionDecisionViewModel(f.context, pending, Decision.APPROVE);
            assertThat(m.details().privateEndpointName()).isEqualTo("pe-data-science-vnet");
            assertThat(m.descriptionProperty().get()).isEqualTo("Approved");
            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).startsWith("Approve private endpoint connection ").endsWith(" on contosoprodacr");
            assertThat(f.atArm(pending.id()).at("/properties/privateLinkServiceConnectionState/status").asText()).isEqualTo("Approved");
            assertThat(f.atArm(pending.id()).at("/properties/privateLinkServiceConnectionState/description").asText()).isEqualTo("Approved");
            assertThat(status(f, pending)).as("re-read into the cache").isEqualTo("Approved");
            assertThat(approve.enabledFor(f.row(pending.id()))).isFalse();
        }
    }

    @Test
    void aRejectionNeedsAReasonOfAtMost256CharactersAndIsThenFinal() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodweu");
            Row pending = connection(f, registry, "pe-analytics-weu");
            ConnectionDecisionViewModel m = new ConnectionDecisionViewModel(f.context, pending, Decision.REJECT);
            Messages shown = Messages.of(m, ConnectionActions.DESCRIPTION);
            int requests = f.sandbox().requestCount();
            assertThat(m.descriptionProperty().get()).isEmpty();
            assertThat(shown.of(ConnectionActions.DESCRIPTION)).as("nothing said before OK").isEmpty();

            assertThat(m.submit()).isNull();
            assertThat(shown.of(ConnectionActions.DESCRIPTION)).isEqualTo("Say why (the private endpoint's owner sees it), up to 256 characters.");
            m.descriptionProperty().set("x".repeat(257));
            assertThat(shown.of(ConnectionActions.DESCRIPTION)).isEqualTo("Use at most 256 characters (this is 257).");
            assertThat(m.submit()).isNull();
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);

            m.descriptionProperty().set("Not a network we peer with");
            Operation op = f.ended(m.submit());
            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(f.atArm(pending.id()).at("/properties/privateLinkServiceConnectionState/status").asText()).isEqualTo("Rejected");
            assertThat(status(f, pending)).isEqualTo("Rejected");
            Row rejected = f.row(pending.id());
            assertThat(action(f, registry, "connection-approve").enabledFor(rejected)).as("ARM will not approve it now").isFalse();
            assertThat(action(f, registry, "connection-reject").enabledFor(rejected)).isFalse();
        }
    }

    @Test
    void anApprovalWhoseReasonWasClearedIsRefusedToo() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosoprodacr");
            ConnectionDecisionViewModel m = new ConnectionDecisionViewModel(f.context, connection(f, registry, "pe-data-science-vnet"),
                    Decision.APPROVE);
            Messages shown = Messages.of(m, ConnectionActions.DESCRIPTION);
            m.descriptionProperty().set("   ");
            assertThat(shown.of(ConnectionActions.DESCRIPTION)).startsWith("Say why");
            assertThat(m.submit()).isNull();
            assertThat(f.services.journal().all()).isEmpty();
        }
    }
}
