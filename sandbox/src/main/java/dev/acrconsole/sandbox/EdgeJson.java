package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders connected registries, scope maps and tokens as ARM JSON, starting from Microsoft's examples (bundled under
 * examples/): the sample's records, and new resources made from a PUT body that has already been checked.
 */
final class EdgeJson {

    static final String SCOPE_MAPS = "scopeMaps";
    static final String TOKENS = "tokens";
    static final String CONNECTED_REGISTRIES = "connectedRegistries";

    // ARM writes 7 fractional digits, as in the examples.
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectNode SCOPE_MAP = ArmJson.body("ScopeMapGet.json");
    private static final ObjectNode TOKEN = ArmJson.body("TokenGet.json");
    private static final ObjectNode CONNECTED_REGISTRY = ArmJson.body("ConnectedRegistryGet.json");
    private static final ObjectNode CREDENTIALS = ArmJson.body("RegistryGenerateCredentials.json");

    private EdgeJson() {
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static ObjectNode scopeMap(EdgeSample.ScopeMap m) {
        return scopeMap(m.id(), m.description(), m.actions(), m.systemDefined(), m.created(), "Succeeded");
    }

    static ObjectNode scopeMap(String id, String description, List<String> actions, boolean system, Instant created,
                               String provisioningState) {
        ObjectNode n = named(SCOPE_MAP, id);
        ObjectNode p = (ObjectNode) n.get("properties");
        p.removeAll();
        if (description != null) {
            p.put("description", description);
        }
        p.put("type", system ? "SystemDefined" : "UserDefined");
        p.put("creationDate", when(created));
        ArrayNode list = p.putArray("actions");
        actions.forEach(list::add);
        p.put("provisioningState", provisioningState);
        return n;
    }

    static ObjectNode token(EdgeSample.Token t) {
        return token(t.id(), t.scopeMapId(), t.enabled(), t.created(), "Succeeded");
    }

    static ObjectNode token(String id, String scopeMapId, boolean enabled, Instant created, String provisioningState) {
        ObjectNode n = named(TOKEN, id);
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("creationDate", when(created));
        p.put("scopeMapId", scopeMapId);
        p.put("provisioningState", provisioningState);
        p.put("status", enabled ? "enabled" : "disabled");
        return n;
    }

    static ObjectNode connectedRegistry(EdgeSample.ConnectedRegistry c) {
        ObjectNode n = named(CONNECTED_REGISTRY, c.id());
        ObjectNode p = (ObjectNode) n.get("properties");
        p.removeAll();
        p.put("provisioningState", "Succeeded");
        p.put("mode", c.mode());
        EdgeSample.Runtime rt = c.runtime();
        if (rt != null) {
            p.put("version", rt.version());
        }
        p.put("connectionState", c.connectionState());
        if (rt != null) {
            p.put("lastActivityTime", when(rt.lastActivity()));
        }
        p.putObject("activation").put("status", c.active() ? "Active" : "Inactive");
        ObjectNode parent = p.putObject("parent");
        if (c.parentName() != null) {
            parent.put("id", c.registryId() + "/" + CONNECTED_REGISTRIES + "/" + c.parentName());
        }
        ObjectNode sync = parent.putObject("syncProperties");
        sync.put("tokenId", c.registryId() + "/" + TOKENS + "/" + c.syncTokenName());
        sync.put("schedule", c.sync().schedule());
        if (c.sync().window() != null) {
            sync.put("syncWindow", c.sync().window());
        }
        sync.put("messageTtl", c.sync().messageTtl());
        if (rt != null) {
            sync.put("lastSyncTime", when(rt.lastSync()));
        }
        sync.put("gatewayEndpoint", c.gatewayEndpoint());
        ArrayNode clients = p.putArray("clientTokenIds");
        c.clientTokens().forEach(t -> clients.add(c.registryId() + "/" + TOKENS + "/" + t));
        if (rt != null) {
            ObjectNode login = p.putObject("loginServer");
            login.put("host", rt.loginHost());
            ObjectNode tls = login.putObject("tls");
            tls.put("status", "Enabled");
            ObjectNode cert = tls.putObject("certificate");
            cert.put("type", "LocalDirectory");
            cert.put("location", "/var/acr/certs/" + c.name());
        }
        ObjectNode logging = p.putObject("logging");
        logging.put("logLevel", rt == null ? "Information" : rt.logLevel());
        logging.put("auditLogStatus", rt != null && rt.auditLog() ? "Enabled" : "Disabled");
        ArrayNode details = p.putArray("statusDetails");
        for (EdgeSample.StatusDetail d : c.statusDetails()) {
            ObjectNode detail = details.addObject();
            detail.put("type", d.type());
            detail.put("code", d.code());
            detail.put("description", d.description());
            detail.put("timestamp", when(d.timestamp()));
            detail.put("correlationId", d.correlationId());
        }
        ArrayNode notifications = p.putArray("notificationsList");
        c.notifications().forEach(notifications::add);
        // The sample collects garbage daily at 05:00, as Microsoft's example does.
        p.putObject("garbageCollection").put("enabled", true).put("schedule", "0 5 * * *");
        return n;
    }

    /**
     * A connected registry as a PUT makes it: never yet activated (ARM learns of the runtime only when it is
     * deployed), so Inactive and Offline, with what the client may set taken from the checked body.
     */
    static ObjectNode newConnectedRegistry(String id, JsonNode body, String gatewayEndpoint) {
        ObjectNode n = named(CONNECTED_REGISTRY, id);
        ObjectNode p = (ObjectNode) n.get("properties");
        JsonNode in = body.path("properties");
        p.removeAll();
        p.put("provisioningState", "Creating");
        p.put("mode", in.path("mode").asText());
        p.put("connectionState", "Offline");
        p.putObject("activation").put("status", "Inactive");
        ObjectNode parent = p.putObject("parent");
        if (in.path("parent").hasNonNull("id")) {
            parent.put("id", in.path("parent").path("id").asText());
        }
        ObjectNode sync = ((ObjectNode) in.path("parent").path("syncProperties")).deepCopy();
        sync.remove(List.of("lastSyncTime", "gatewayEndpoint"));
        sync.put("gatewayEndpoint", gatewayEndpoint);
        parent.set("syncProperties", sync);
        p.set("clientTokenIds", in.has("clientTokenIds") && in.get("clientTokenIds").isArray()
                ? in.get("clientTokenIds").deepCopy() : ArmJson.MAPPER.createArrayNode());
        ObjectNode logging = p.putObject("logging");
        logging.put("logLevel", in.path("logging").path("logLevel").asText("Information"));
        logging.put("auditLogStatus", in.path("logging").path("auditLogStatus").asText("Disabled"));
        p.putArray("statusDetails");
        p.set("notificationsList", in.has("notificationsList") && in.get("notificationsList").isArray()
                ? in.get("notificationsList").deepCopy() : ArmJson.MAPPER.createArrayNode());
        if (in.has("garbageCollection")) {
            p.set("garbageCollection", in.get("garbageCollection").deepCopy());
        }
        return n;
    }

    /** What generateCredentials answers: the passwords with their values, which ARM shows only this once. */
    static ObjectNode credentials(String username, List<ObjectNode> passwords) {
        ObjectNode n = CREDENTIALS.deepCopy();
        n.put("username", username);
        ArrayNode list = n.putArray("passwords");
        passwords.forEach(list::add);
        return n;
    }

    static ObjectNode named(ObjectNode template, String id) {
        ObjectNode n = template.deepCopy();
        n.put("id", id);
        n.put("name", ArmPaths.name(id));
        return n;
    }
}
