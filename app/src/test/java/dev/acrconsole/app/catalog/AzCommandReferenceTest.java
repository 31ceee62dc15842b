package dev.acrconsole.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.ContentIds;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * One test per kind: the exact line each action gives, as the az reference named in the test writes that command
 * (learn.microsoft.com/cli/azure/...). {@link AzCommandsTest} checks every line's options against az's; these pin the
 * values each takes from the row. A kind or action not here has no az command, and offers none.
 */
class AzCommandReferenceTest {
    private static final String REGISTRY = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/contoso";

    private static Row row(String kind, String id) {
        return row(kind, id, id.substring(id.lastIndexOf('/') + 1));
    }

    private static Row row(String kind, String id, String name) {
        return new Row(new CachedResource(new CacheScope("t", "AzureCloud"), id, ResourceKind.of(kind), name, "type", "t",
                "s", "rg", "eastus", null, "Succeeded", null, "{}", Instant.EPOCH), null);
    }

    private static Map<String, Function<Row, String>> commands(String kind) {
        return Kinds.CATALOG.of(ResourceKind.of(kind)).azCommands();
    }

    private static final Row REGISTRY_ROW = row("registry", REGISTRY);

    @Test
    void registriesFollowAzAcr() { // learn.microsoft.com/cli/azure/acr (create, update, delete, import, login, credential show)
        Map<String, Function<Row, String>> c = commands("registry");
        assertThat(c.get("registry-delete").apply(REGISTRY_ROW)).isEqualTo("az acr delete --name contoso --resource-group rg --yes");
        assertThat(c.get("registry-import").apply(REGISTRY_ROW))
                .isEqualTo("az acr import --name contoso --source <source-image> --image <repository:tag>");
        assertThat(c.get("registry-admin-credentials").apply(REGISTRY_ROW))
                .isEqualTo("az acr credential show --name contoso --resource-group rg");
    }

    @Test
    void repositoriesTagsAndManifestsFollowAzAcrRepository() { // learn.microsoft.com/cli/azure/acr/repository (delete, update)
        String repository = ContentIds.repository(REGISTRY, "apps/web");
        assertThat(commands("repository").get("repository-unlock").apply(row("repository", repository, "apps/web")))
                .isEqualTo("az acr repository update --name contoso --repository apps/web --write-enabled true --delete-enabled true");
        assertThat(commands("tag").get("tag-lock").apply(row("tag", ContentIds.tag(repository, "v1"))))
                .isEqualTo("az acr repository update --name contoso --image apps/web:v1 --write-enabled false --delete-enabled false");
        String digest = "sha256:" + "a".repeat(64);
        assertThat(commands("manifest").get("manifest-delete").apply(row("manifest", ContentIds.manifest(repository, digest))))
                .isEqualTo("az acr repository delete --name contoso --image apps/web@" + digest + " --yes");
    }

    @Test
    void replicationsFollowAzAcrReplication() { // learn.microsoft.com/cli/azure/acr/replication
        assertThat(commands("replication").get("replication-delete").apply(row("replication", REGISTRY + "/replications/westus")))
                .isEqualTo("az acr replication delete --registry contoso --name westus");
    }

    @Test
    void webhooksFollowAzAcrWebhook() { // learn.microsoft.com/cli/azure/acr/webhook
        assertThat(commands("webhook").get("webhook-create").apply(REGISTRY_ROW))
                .isEqualTo("az acr webhook create --registry contoso --name <name> --uri <service-uri> --actions push");
    }

    @Test
    void tokensFollowAzAcrTokenAndTokenCredential() { // learn.microsoft.com/cli/azure/acr/token, .../acr/token/credential
        assertThat(commands("token").get("token-generate").apply(row("token", REGISTRY + "/tokens/ci")))
                .isEqualTo("az acr token credential generate --registry contoso --name ci --password1");
    }

    @Test
    void cacheRulesFollowAzAcrCache() { // learn.microsoft.com/cli/azure/acr/cache
        Map<String, Function<Row, String>> c = commands("cacherule");
        assertThat(c.get("cacherule-create").apply(REGISTRY_ROW)).isEqualTo("az acr cache create --registry contoso --name <name>"
                + " --source-repo <source-repository> --target-repo <target-repository>");
        assertThat(c.get("cacherule-delete").apply(row("cacherule", REGISTRY + "/cacheRules/hub")))
                .isEqualTo("az acr cache delete --registry contoso --name hub --yes");
    }

    @Test
    void credentialSetsFollowAzAcrCredentialSet() { // learn.microsoft.com/cli/azure/acr/credential-set
        assertThat(commands("credentialset").get("credentialset-create").apply(REGISTRY_ROW))
                .isEqualTo("az acr credential-set create --registry contoso --name <name> --login-server <login-server>"
                        + " --username-id <username-secret-id> --password-id <password-secret-id>");
    }

    @Test
    void connectedRegistriesFollowAzAcrConnectedRegistry() { // learn.microsoft.com/cli/azure/acr/connected-registry
        Map<String, Function<Row, String>> c = commands("connectedRegistry");
        Row edge = row("connectedRegistry", REGISTRY + "/connectedRegistries/edge1");
        assertThat(c.get("cr-deactivate-button").apply(edge))
                .isEqualTo("az acr connected-registry deactivate --registry contoso --name edge1 --yes");
        assertThat(c.get("cr-connection-string-button").apply(edge)).isEqualTo("az acr connected-registry get-settings"
                + " --registry contoso --name edge1 --parent-protocol https --generate-password 1 --yes");
        assertThat(c).as("resync: no az command in that reference").doesNotContainKey("cr-resync-button");
    }

    @Test
    void agentPoolsFollowAzAcrAgentpool() { // learn.microsoft.com/cli/azure/acr/agentpool
        assertThat(commands("agentPool").get("pool-scale").apply(row("agentPool", REGISTRY + "/agentPools/pool1")))
                .isEqualTo("az acr agentpool update --registry contoso --name pool1 --count <count>");
    }

    @Test
    void tasksAndRunsFollowAzAcrTask() { // learn.microsoft.com/cli/azure/acr/task (run, cancel-run, update-run, logs)
        assertThat(commands("task").get("task-run").apply(row("task", REGISTRY + "/tasks/nightly")))
                .isEqualTo("az acr task run --registry contoso --name nightly");
        assertThat(commands("task").get("task-disable").apply(row("task", REGISTRY + "/tasks/nightly")))
                .isEqualTo("az acr task update --registry contoso --name nightly --status Disabled");
        Row run = row("run", REGISTRY + "/runs/ca1");
        assertThat(commands("run").get("run-cancel").apply(run)).isEqualTo("az acr task cancel-run --registry contoso --run-id ca1");
        assertThat(commands("run").get("run-archive").apply(run))
                .isEqualTo("az acr task update-run --registry contoso --run-id ca1 --no-archive false");
    }

    @Test
    void taskRunsFollowAzAcrTaskrunWhichOnlyDeletes() { // learn.microsoft.com/cli/azure/acr/taskrun
        Map<String, Function<Row, String>> c = commands("taskRun");
        assertThat(c.get("taskrun-delete").apply(row("taskRun", REGISTRY + "/taskRuns/tr1")))
                .isEqualTo("az acr taskrun delete --registry contoso --name tr1 --yes");
        assertThat(c).as("az creates and updates no task run").containsOnlyKeys("taskrun-delete");
    }

    @Test
    void scopeMapsFollowAzAcrScopeMap() { // learn.microsoft.com/cli/azure/acr/scope-map
        assertThat(commands("scopeMap").get("scope-map-delete").apply(row("scopeMap", REGISTRY + "/scopeMaps/pull")))
                .isEqualTo("az acr scope-map delete --registry contoso --name pull --yes");
    }

    @Test
    void privateEndpointConnectionsFollowAzAcrPrivateEndpointConnection() { // learn.microsoft.com/cli/azure/acr/private-endpoint-connection
        Row connection = row("privateEndpointConnection", REGISTRY + "/privateEndpointConnections/pe1");
        Map<String, Function<Row, String>> c = commands("privateEndpointConnection");
        assertThat(c.get("connection-approve").apply(connection)).isEqualTo(
                "az acr private-endpoint-connection approve --registry-name contoso --name pe1 --description <description>");
        assertThat(c.get("pending-reject").apply(connection)).startsWith("az acr private-endpoint-connection reject ");
    }

    @Test
    void iotOperationsRegistryEndpointsFollowAzIotOpsRegistry() { // learn.microsoft.com/cli/azure/iot/ops/registry (azure-iot-ops extension)
        Row endpoint = row("registryEndpoint",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.IoTOperations/instances/plant1/registryEndpoints/acr1");
        assertThat(commands("registryEndpoint").get("endpoint-delete-button").apply(endpoint))
                .isEqualTo("az iot ops registry delete --instance plant1 --resource-group rg --name acr1 --yes");
    }
}
