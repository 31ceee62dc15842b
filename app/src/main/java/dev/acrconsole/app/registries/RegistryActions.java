package dev.acrconsole.app.registries;

import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.containerregistry.fluent.models.RegistryNameStatusInner;
import com.azure.resourcemanager.containerregistry.models.Action;
import com.azure.resourcemanager.containerregistry.models.AzureADAuthenticationAsArmPolicy;
import com.azure.resourcemanager.containerregistry.models.AzureADAuthenticationAsArmPolicyStatus;
import com.azure.resourcemanager.containerregistry.models.DefaultAction;
import com.azure.resourcemanager.containerregistry.models.ExportPolicy;
import com.azure.resourcemanager.containerregistry.models.IpRule;
import com.azure.resourcemanager.containerregistry.models.NetworkRuleBypassOptions;
import com.azure.resourcemanager.containerregistry.models.NetworkRuleSet;
import com.azure.resourcemanager.containerregistry.models.ExportPolicyStatus;
import com.azure.resourcemanager.containerregistry.models.Policies;
import com.azure.resourcemanager.containerregistry.models.PolicyStatus;
import com.azure.resourcemanager.containerregistry.models.PublicNetworkAccess;
import com.azure.resourcemanager.containerregistry.models.QuarantinePolicy;
import com.azure.resourcemanager.containerregistry.models.RegistryNameCheckRequest;
import com.azure.resourcemanager.containerregistry.models.RegistryUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.RetentionPolicy;
import com.azure.resourcemanager.containerregistry.models.RoleAssignmentMode;
import com.azure.resourcemanager.containerregistry.models.Sku;
import com.azure.resourcemanager.containerregistry.models.SkuName;
import com.azure.resourcemanager.containerregistry.models.TrustPolicy;
import com.azure.resourcemanager.containerregistry.models.TrustPolicyType;
import com.azure.resourcemanager.containerregistry.models.ZoneRedundancy;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.cache.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Registry create, update and delete as operations. Request bodies are the SDK's own models serialised, so they have
 * exactly the shape the SDK would send; the operations service sends and follows them.
 */
public final class RegistryActions {
    private static final String TYPE = "Microsoft.ContainerRegistry/registries";

    private final ArmClients arm;

    public RegistryActions(ArmClients arm) {
        this.arm = arm;
    }

    /** ARM's verdict on a name (registry names are global): null when free, else why not. Blocks on the network. */
    public String nameTaken(String subscriptionId, String name) {
        // The request's type is fixed by the SDK to Microsoft.ContainerRegistry/registries.
        RegistryNameStatusInner status = arm.registries(subscriptionId).serviceClient().getRegistries()
                .checkNameAvailability(new RegistryNameCheckRequest().withName(name));
        return Boolean.TRUE.equals(status.nameAvailable()) ? null
                : status.message() != null ? status.message() : "The name " + name + " is not available.";
    }

    public static OperationRequest create(RegistryForm f) {
        requireValid(f.validate());
        RegistryInner body = new RegistryInner()
                .withSku(new Sku().withName(SkuName.fromString(f.sku())))
                .withAdminUserEnabled(f.adminUser())
                .withPublicNetworkAccess(f.publicAccess() ? PublicNetworkAccess.ENABLED : PublicNetworkAccess.DISABLED)
                .withZoneRedundancy(f.zoneRedundancy() ? ZoneRedundancy.ENABLED : ZoneRedundancy.DISABLED)
                .withDataEndpointEnabled(f.dataEndpoint());
        body.withLocation(f.location());
        String id = "/subscriptions/" + f.subscriptionId() + "/resourceGroups/" + f.resourceGroup()
                + "/providers/" + TYPE + "/" + f.name();
        return new OperationRequest("registry.create", "Create registry " + f.name(), id, RegistryKind.KIND,
                f.tenantId(), "PUT", id + ApiVersions.query(ApiVersions.REGISTRY), json(body), Operation.After.refresh, null);
    }

    public static OperationRequest update(RegistryUpdate u) {
        requireValid(u.validate());
        RetentionPolicy retention = new RetentionPolicy()
                .withStatus(u.retention() ? PolicyStatus.ENABLED : PolicyStatus.DISABLED);
        if (u.retention()) {
            retention.withDays(u.retentionDays());
        }
        RegistryUpdateParameters body = new RegistryUpdateParameters()
                .withSku(new Sku().withName(SkuName.fromString(u.sku())))
                .withAdminUserEnabled(u.adminUser())
                .withPublicNetworkAccess(u.publicAccess() ? PublicNetworkAccess.ENABLED : PublicNetworkAccess.DISABLED)
                .withPolicies(new Policies()
                        .withRetentionPolicy(retention)
                        .withQuarantinePolicy(new QuarantinePolicy()
                                .withStatus(u.quarantine() ? PolicyStatus.ENABLED : PolicyStatus.DISABLED))
                        .withExportPolicy(new ExportPolicy()
                                .withStatus(u.export() ? ExportPolicyStatus.ENABLED : ExportPolicyStatus.DISABLED)));
        if (u.access() != null) {
            access(body, u.access(), "Premium".equals(u.sku()) || "Premium".equals(u.currentSku()));
        }
        return new OperationRequest("registry.update", "Update registry " + u.name(), u.registryId(),
                RegistryKind.KIND, u.tenantId(), "PATCH", u.registryId() + ApiVersions.query(ApiVersions.REGISTRY),
                json(body), Operation.After.refresh, null);
    }

    /** The access and network settings, in the shapes of Microsoft's RegistryUpdate/RegistryCreateAbac examples. */
    private static void access(RegistryUpdateParameters body, RegistryAccess a, boolean premiumBeforeOrAfter) {
        // A registry that neither is nor becomes Premium can have no rules: its rule set is not sent at all, as
        // Microsoft's docs have network rules as a Premium feature. One leaving Premium sends its (cleared) rules.
        if (premiumBeforeOrAfter) {
            body.withNetworkRuleSet(new NetworkRuleSet()
                    .withDefaultAction(DefaultAction.fromString(a.defaultAction().equalsIgnoreCase("Deny") ? "Deny" : "Allow"))
                    .withIpRules(a.ipRules().stream()
                            .map(v -> new IpRule().withAction(Action.ALLOW).withIpAddressOrRange(v)).toList()));
        }
        body.withAnonymousPullEnabled(a.anonymousPull())
                .withNetworkRuleBypassOptions(a.bypassAzureServices() ? NetworkRuleBypassOptions.AZURE_SERVICES
                        : NetworkRuleBypassOptions.NONE)
                .withRoleAssignmentMode(RoleAssignmentMode.fromString(a.roleAssignmentMode().equalsIgnoreCase(RegistryAccess.ABAC)
                        ? RegistryAccess.ABAC : RegistryAccess.LEGACY));
        body.policies()
                .withTrustPolicy(new TrustPolicy().withType(TrustPolicyType.NOTARY)
                        .withStatus(a.trust() ? PolicyStatus.ENABLED : PolicyStatus.DISABLED))
                .withAzureADAuthenticationAsArmPolicy(new AzureADAuthenticationAsArmPolicy()
                        .withStatus(a.entraAuthAsArm() ? AzureADAuthenticationAsArmPolicyStatus.ENABLED
                                : AzureADAuthenticationAsArmPolicyStatus.DISABLED));
    }

    /** Turns on the dedicated data endpoint (Premium only): what connected registries sync through. */
    public static OperationRequest enableDataEndpoint(String registryId, String tenantId) {
        RegistryUpdateParameters body = new RegistryUpdateParameters().withDataEndpointEnabled(true);
        return new OperationRequest("registry.enableDataEndpoint", "Enable the data endpoint of " + ArmIds.name(registryId),
                registryId, RegistryKind.KIND, tenantId, "PATCH", registryId + ApiVersions.query(ApiVersions.REGISTRY),
                json(body), Operation.After.refresh, null);
    }

    /** Deleting is confirmed by typing the registry's name: anything else is refused here, before ARM hears of it. */
    public static OperationRequest delete(String registryId, String tenantId, String typedName) {
        String name = ArmIds.name(registryId);
        requireValid(new FieldErrors().check(!name.equals(typedName), "confirm",
                "Type the registry's name, " + name + ", exactly to confirm."));
        return new OperationRequest("registry.delete", "Delete registry " + name, registryId, RegistryKind.KIND,
                tenantId, "DELETE", registryId + ApiVersions.query(ApiVersions.REGISTRY), null, Operation.After.remove, null);
    }

    static void requireValid(FieldErrors errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String json(com.azure.json.JsonSerializable<?> model) {
        try {
            return model.toJsonString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
