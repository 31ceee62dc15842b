package dev.acrconsole.app.kind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An operation's row and details offer the az command of the action it came from, filled in from its target. */
class OperationCommandsTest {
    private static final String REGISTRY = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso";

    private static Operation op(String kind, String targetId, String targetKind) {
        return Operation.pending("1", new CacheScope("sandbox", "Sandbox"), kind, "t", targetId, ResourceKind.of(targetKind),
                "t", "PUT", targetId, "{}", Operation.After.refresh, null, Instant.EPOCH);
    }

    @Test
    void anOperationGetsItsActionsCommandWithTheNameItCreatedFilledIn() {
        assertThat(OperationCommands.of(op("registry.delete", REGISTRY, "registry"), Kinds.CATALOG))
                .hasValue("az acr delete --name contoso --resource-group rg --yes");
        assertThat(OperationCommands.of(op("replication.update", REGISTRY + "/replications/westus", "replication"), Kinds.CATALOG))
                .hasValue("az acr replication update --registry contoso --name westus");
        assertThat(OperationCommands.of(op("token.create", REGISTRY + "/tokens/ci", "token"), Kinds.CATALOG))
                .hasValue("az acr token create --registry contoso --name ci --scope-map <scope-map>");
        String repository = ContentIds.repository(REGISTRY, "apps/web");
        assertThat(OperationCommands.of(op("repository.lock", repository, "repository"), Kinds.CATALOG))
                .hasValue("az acr repository update --name contoso --repository apps/web --write-enabled false --delete-enabled false");
        assertThat(OperationCommands.of(op("tag.delete", ContentIds.tag(repository, "v1"), "tag"), Kinds.CATALOG))
                .hasValue("az acr repository delete --name contoso --image apps/web:v1 --yes");
    }

    @Test
    void anActionAzHasNoCommandForOffersNone() {
        assertThat(OperationCommands.of(op("registry.enableDataEndpoint", REGISTRY, "registry"), Kinds.CATALOG))
                .hasValue("az acr update --name contoso --resource-group rg --data-endpoint-enabled true");
        assertThat(OperationCommands.of(op("cleanup.run", REGISTRY, "registry"), Kinds.CATALOG))
                .as("a clean-up is an acr purge run, which this does not spell out").isEmpty();
        assertThat(OperationCommands.actions("agentPool.update")).contains("pool-update", "pool-edit");
    }
}
