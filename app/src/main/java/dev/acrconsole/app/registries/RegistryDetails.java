package dev.acrconsole.app.registries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the registry detail pane shows, read from the registry's cached ARM JSON. */
public record RegistryDetails(
        String name,
        String id,
        String loginServer,
        String skuName,
        String location,
        Boolean adminUserEnabled,
        String publicNetworkAccess,
        String zoneRedundancy,
        Boolean dataEndpointEnabled,
        List<String> dataEndpointHostNames,
        Map<String, String> policies,
        Instant creationDate,
        String provisioningState,
        Map<String, String> tags,
        Boolean anonymousPullEnabled,
        String networkDefaultAction,
        List<String> ipRules,
        String networkRuleBypassOptions,
        String roleAssignmentMode,
        Boolean trustEnabled,
        Boolean entraAuthAsArmEnabled,
        String encryptionStatus,
        String encryptionKeyIdentifier,
        String encryptionIdentity,
        String identityType,
        String identityPrincipalId,
        List<String> userAssignedIdentities) {

    public static RegistryDetails parse(String json) {
        JsonNode r = Json.read(json);
        JsonNode p = r.path("properties");
        List<String> hosts = new ArrayList<>();
        p.path("dataEndpointHostNames").forEach(h -> hosts.add(h.asText()));
        List<String> ipRules = new ArrayList<>();
        p.path("networkRuleSet").path("ipRules").forEach(rule -> ipRules.add(Json.text(rule, "value")));
        List<String> userAssigned = new ArrayList<>();
        r.path("identity").path("userAssignedIdentities").fieldNames().forEachRemaining(userAssigned::add);
        JsonNode encryption = p.path("encryption");
        return new RegistryDetails(
                Json.text(r, "name"),
                Json.text(r, "id"),
                Json.text(p, "loginServer"),
                Json.text(r.path("sku"), "name"),
                Json.text(r, "location"),
                Json.bool(p, "adminUserEnabled"),
                Json.text(p, "publicNetworkAccess"),
                Json.text(p, "zoneRedundancy"),
                Json.bool(p, "dataEndpointEnabled"),
                List.copyOf(hosts),
                policies(p.path("policies")),
                instant(Json.text(p, "creationDate")),
                Json.text(p, "provisioningState"),
                Json.stringMap(r.path("tags")),
                Json.bool(p, "anonymousPullEnabled"),
                Json.text(p.path("networkRuleSet"), "defaultAction"),
                List.copyOf(ipRules.stream().filter(java.util.Objects::nonNull).toList()),
                Json.text(p, "networkRuleBypassOptions"),
                Json.text(p, "roleAssignmentMode"),
                enabled(p.path("policies").path("trustPolicy")),
                enabled(p.path("policies").path("azureADAuthenticationAsArmPolicy")),
                Json.text(encryption, "status"),
                Json.text(encryption.path("keyVaultProperties"), "keyIdentifier"),
                Json.text(encryption.path("keyVaultProperties"), "identity"),
                Json.text(r.path("identity"), "type"),
                Json.text(r.path("identity"), "principalId"),
                List.copyOf(userAssigned));
    }

    /** The pane's rows, in the order a registry owner reads them. */
    public List<DetailField> fields() {
        List<DetailField> f = new ArrayList<>();
        f.add(DetailField.copyable("Login server", loginServer));
        f.add(new DetailField("SKU", skuName));
        f.add(new DetailField("Location", location));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(new DetailField("Admin user", Format.enabled(adminUserEnabled)));
        f.add(new DetailField("Anonymous pull", Format.enabled(anonymousPullEnabled)));
        f.add(new DetailField("Public network access", publicNetworkAccess));
        f.add(new DetailField("Other networks", networkDefaultAction == null ? null
                : "Deny".equalsIgnoreCase(networkDefaultAction) ? "Denied except the IP rules" : "Allowed"));
        f.add(new DetailField("IP rules", ipRules.isEmpty() ? "None" : String.join(", ", ipRules)));
        f.add(new DetailField("Trusted Azure services", networkRuleBypassOptions == null ? null
                : "AzureServices".equalsIgnoreCase(networkRuleBypassOptions) ? "Bypass the network rules" : "Held to the network rules"));
        f.add(new DetailField("Role assignment mode", roleAssignmentMode == null ? null
                : RegistryAccess.ABAC.equalsIgnoreCase(roleAssignmentMode) ? "ABAC repository permissions"
                : RegistryAccess.LEGACY.equalsIgnoreCase(roleAssignmentMode) ? "Legacy registry permissions" : roleAssignmentMode));
        f.add(new DetailField("Zone redundancy", zoneRedundancy));
        f.add(new DetailField("Data endpoint", Boolean.TRUE.equals(dataEndpointEnabled)
                ? "Enabled" + (dataEndpointHostNames.isEmpty() ? "" : " (" + String.join(", ", dataEndpointHostNames) + ")")
                : Format.enabled(dataEndpointEnabled)));
        policies.forEach((k, v) -> f.add(new DetailField("Policy: " + k, v)));
        f.add(new DetailField("Encryption", encryptionKeyIdentifier == null ? Format.capitalized(encryptionStatus)
                : "Customer-managed key " + encryptionKeyIdentifier
                        + (encryptionIdentity == null ? "" : " (read by identity " + encryptionIdentity + ")")));
        f.add(new DetailField("Identity", identity()));
        f.add(new DetailField("Created", Format.instant(creationDate)));
        f.add(new DetailField("Tags", Format.tags(tags)));
        f.add(DetailField.copyable("Resource ID", id));
        return f;
    }

    /** "SystemAssigned (principal …)", the user-assigned identities by name, or "None". */
    private String identity() {
        if (identityType == null || identityType.equalsIgnoreCase("None")) {
            return "None";
        }
        StringBuilder line = new StringBuilder(identityType);
        if (identityPrincipalId != null) {
            line.append(" (principal ").append(identityPrincipalId).append(')');
        }
        if (!userAssignedIdentities.isEmpty()) {
            line.append(": ").append(String.join(", ", userAssignedIdentities.stream()
                    .map(id -> id.substring(id.lastIndexOf('/') + 1)).toList()));
        }
        return line.toString();
    }

    private static Boolean enabled(JsonNode policy) {
        String status = Json.text(policy, "status");
        return status == null ? null : status.equalsIgnoreCase("enabled");
    }

    /** Each policy as one line: "enabled" / "disabled, 7 days" etc. */
    private static Map<String, String> policies(JsonNode policies) {
        Map<String, String> out = new LinkedHashMap<>();
        policies.properties().forEach(e -> {
            JsonNode policy = e.getValue();
            StringBuilder line = new StringBuilder(Format.capitalized(Json.textOr(policy, "status", "—")));
            if (policy.has("days")) {
                line.append(", ").append(policy.get("days").asInt()).append(" days");
            }
            if (policy.has("type") && !policy.has("status")) {
                line = new StringBuilder(policy.get("type").asText());
            } else if (policy.has("type")) {
                line.append(" (").append(policy.get("type").asText()).append(')');
            }
            out.put(Format.label(e.getKey()), line.toString());
        });
        return out;
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (RuntimeException e) {
            return null; // a time ARM wrote in another form shows as unknown rather than failing the whole registry
        }
    }
}
