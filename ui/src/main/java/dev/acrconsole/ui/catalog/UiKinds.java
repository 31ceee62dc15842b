package dev.acrconsole.ui.catalog;

import dev.acrconsole.ui.agentpools.AgentPoolUi;
import dev.acrconsole.ui.cacherules.CacheRuleUi;
import dev.acrconsole.ui.connectedregistries.ConnectedRegistryUi;
import dev.acrconsole.ui.credentialsets.CredentialSetUi;
import dev.acrconsole.ui.iotinstances.IotInstanceUi;
import dev.acrconsole.ui.kind.UiCatalog;
import dev.acrconsole.ui.manifests.ManifestUi;
import dev.acrconsole.ui.privateendpoints.PrivateEndpointConnectionUi;
import dev.acrconsole.ui.registries.RegistryUi;
import dev.acrconsole.ui.registryendpoints.RegistryEndpointUi;
import dev.acrconsole.ui.replications.ReplicationUi;
import dev.acrconsole.ui.repositories.RepositoryUi;
import dev.acrconsole.ui.resourcegroups.ResourceGroupUi;
import dev.acrconsole.ui.runs.RunUi;
import dev.acrconsole.ui.scopemaps.ScopeMapUi;
import dev.acrconsole.ui.subscriptions.SubscriptionUi;
import dev.acrconsole.ui.tags.TagUi;
import dev.acrconsole.ui.taskruns.TaskRunUi;
import dev.acrconsole.ui.tasks.TaskUi;
import dev.acrconsole.ui.tenants.TenantUi;
import dev.acrconsole.ui.tokens.TokenUi;
import dev.acrconsole.ui.webhooks.WebhookUi;
import java.util.List;

/**
 * The window's kind registry: one line per kind, beside the app's ({@code dev.acrconsole.app.catalog.Kinds}). The
 * window (and tests) hand {@link #CATALOG} to the tree and the pages; nothing else imports this package.
 */
public final class UiKinds {
    public static final UiCatalog CATALOG = new UiCatalog(List.of(
            new TenantUi(),
            new SubscriptionUi(),
            new ResourceGroupUi(),
            new RegistryUi(),
            new IotInstanceUi(),
            new RepositoryUi(),
            new TagUi(),
            new ManifestUi(),
            new PrivateEndpointConnectionUi(),
            new ConnectedRegistryUi(),
            new ScopeMapUi(),
            new TokenUi(),
            new ReplicationUi(),
            new WebhookUi(),
            new CacheRuleUi(),
            new CredentialSetUi(),
            new TaskUi(),
            new RunUi(),
            new TaskRunUi(),
            new AgentPoolUi(),
            new RegistryEndpointUi()));

    private UiKinds() {}
}
