package dev.acrconsole.app.registries;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;

/** Container registries (Registries_List per subscription), nodes of the tree under their resource groups. */
public final class RegistryKind extends KindDescriptor<RegistryDetails> {
    public static final ResourceKind KIND = ResourceKind.of("registry");

    public RegistryKind() {
        super(KIND, "Microsoft.ContainerRegistry/registries", "Registries", "Container registry",
                new Listing.PerSubscription("/providers/Microsoft.ContainerRegistry/registries", ApiVersions.REGISTRY,
                "registries"));
    }

    @Override
    public boolean inTree() {
        return true;
    }

    @Override
    public List<Watched> watched() {
        // What a registry's owner or auditor must hear about: who can get in, from where, what it costs, how data is kept.
        return List.of(
                new Watched("SKU", "sku.name"),
                Watched.PROVISIONING,
                new Watched("Admin user", "properties.adminUserEnabled"),
                new Watched("Anonymous pull", "properties.anonymousPullEnabled"),
                new Watched("Public network access", "properties.publicNetworkAccess"),
                new Watched("Network default action", "properties.networkRuleSet.defaultAction"),
                new Watched("IP rules", "properties.networkRuleSet.ipRules[*].value"),
                new Watched("Trusted services bypass", "properties.networkRuleBypassOptions"),
                new Watched("Data endpoint", "properties.dataEndpointEnabled"),
                new Watched("Quarantine policy", "properties.policies.quarantinePolicy.status"),
                new Watched("Content trust policy", "properties.policies.trustPolicy.status"),
                new Watched("Retention policy", "properties.policies.retentionPolicy.status"),
                new Watched("Retention days", "properties.policies.retentionPolicy.days"),
                new Watched("Export policy", "properties.policies.exportPolicy.status"),
                new Watched("Entra auth as ARM", "properties.policies.azureADAuthenticationAsArmPolicy.status"),
                new Watched("Soft delete policy", "properties.policies.softDeletePolicy.status"),
                new Watched("Encryption", "properties.encryption.status"),
                new Watched("Encryption key", "properties.encryption.keyVaultProperties.keyIdentifier"),
                new Watched("Zone redundancy", "properties.zoneRedundancy"),
                new Watched("Role assignment mode", "properties.roleAssignmentMode"),
                new Watched("Identity", "identity.type"));
    }

    @Override
    protected RegistryDetails details(CachedResource resource) {
        return RegistryDetails.parse(resource.json());
    }

    @Override
    protected List<DetailField> fields(Row row, RegistryDetails d) {
        return d.fields();
    }

    @Override
    protected String parentOf(String id) {
        return resourceGroupOf(id);
    }

    @Override
    public java.util.Map<String, java.util.function.Function<dev.acrconsole.app.kind.Row, String>> azCommands() {
        return RegistryAzCommands.BY_ACTION;
    }
}
