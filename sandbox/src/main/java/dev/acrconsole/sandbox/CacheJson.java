package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Renders the artifact cache (cache rules and credential sets) as ARM JSON from Microsoft's examples (bundled under
 * examples/): the sample's records, and new resources made from a PUT body that has already been checked.
 */
final class CacheJson {

    static final String CACHE_RULES = "cacheRules";
    static final String CREDENTIAL_SETS = "credentialSets";

    private static final ObjectNode CACHE_RULE = ArmJson.body("CacheRuleGet.json");
    private static final ObjectNode CREDENTIAL_SET = ArmJson.body("CredentialSetGet.json");

    private CacheJson() {
    }

    /** One credential of a set, with the health ARM reports for it ({@code errorCode} null when Healthy). */
    record Credential(String usernameSecret, String passwordSecret, String errorCode, String errorMessage) {
        boolean healthy() {
            return errorCode == null;
        }
    }

    /** @param credentialSetId null for a rule that pulls anonymously */
    static ObjectNode cacheRule(String id, String source, String target, String credentialSetId, Instant created,
                                String provisioningState) {
        ObjectNode n = EdgeJson.named(CACHE_RULE, id);
        ObjectNode p = (ObjectNode) n.get("properties");
        p.removeAll();
        if (credentialSetId != null) {
            p.put("credentialSetResourceId", credentialSetId);
        }
        p.put("sourceRepository", source);
        p.put("targetRepository", target);
        p.put("creationDate", EdgeJson.when(created));
        p.put("provisioningState", provisioningState);
        return n;
    }

    static ObjectNode credentialSet(String id, String loginServer, List<Credential> credentials, Instant created,
                                    String provisioningState) {
        ObjectNode n = EdgeJson.named(CREDENTIAL_SET, id);
        ObjectNode identity = (ObjectNode) n.get("identity");
        // The set's own system-assigned identity (the one Key Vault must let read the secrets): stable per set.
        identity.put("principalId", UUID.nameUUIDFromBytes((id.toLowerCase() + "principal").getBytes()).toString());
        identity.put("tenantId", UUID.nameUUIDFromBytes((ArmPaths.name(id) + "tenant").getBytes()).toString());
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("loginServer", loginServer);
        ArrayNode list = p.putArray("authCredentials");
        for (Credential c : credentials) {
            ObjectNode a = list.addObject();
            a.put("name", "Credential1");
            a.put("usernameSecretIdentifier", c.usernameSecret());
            a.put("passwordSecretIdentifier", c.passwordSecret());
            ObjectNode health = a.putObject("credentialHealth");
            health.put("status", c.healthy() ? "Healthy" : "Unhealthy");
            if (!c.healthy()) {
                health.put("errorCode", c.errorCode());
                health.put("errorMessage", c.errorMessage());
            }
        }
        p.put("creationDate", EdgeJson.when(created));
        p.put("provisioningState", provisioningState);
        return n;
    }
}
