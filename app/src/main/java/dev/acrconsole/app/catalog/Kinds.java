package dev.acrconsole.app.catalog;

import dev.acrconsole.app.agentpools.AgentPoolKind;
import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.iotinstances.IotInstanceKind;
import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.app.taskruns.TaskRunKind;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.app.webhooks.WebhookKind;
import java.util.List;

/**
 * The kind registry: every kind the console knows, one line each. The order is the order of a parent's folders in the
 * tree and of a refresh's per-subscription reads. Composition roots (the window, the command line, tests) hand
 * {@link #CATALOG} to the services; nothing else imports this package.
 */
public final class Kinds {
    public static final KindCatalog CATALOG = new KindCatalog(List.of(
            new TenantKind(),
            new SubscriptionKind(),
            new ResourceGroupKind(),
            new RegistryKind(),
            new IotInstanceKind(),
            new RepositoryKind(),
            new TagKind(),
            new ManifestKind(),
            new PrivateEndpointConnectionKind(),
            new ConnectedRegistryKind(),
            new ScopeMapKind(),
            new TokenKind(),
            new ReplicationKind(),
            new WebhookKind(),
            new CacheRuleKind(),
            new CredentialSetKind(),
            new TaskKind(),
            new RunKind(),
            new TaskRunKind(),
            new AgentPoolKind(),
            new RegistryEndpointKind()));

    private Kinds() {}
}
