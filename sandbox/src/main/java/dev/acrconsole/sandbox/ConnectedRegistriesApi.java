package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A registry's connected registries: list (each listing is a tick of {@link SyncSchedule}), get, create (PUT),
 * update (PATCH), delete, and deactivate (POST, 202 + Location). Creating one needs a Premium registry with its
 * dedicated data endpoint enabled, a sync token of the same registry, a message TTL of 1 to 90 days, and a sync
 * window of 3 hours to 7 days whenever the schedule is not continuous.
 */
final class ConnectedRegistriesApi extends ChildApi implements Kept {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]*");
    private static final Set<String> MODES = Set.of("ReadWrite", "ReadOnly", "Registry", "Mirror");
    private static final Set<String> WRITABLE_MODES = Set.of("ReadWrite", "Registry");
    private static final String CONTINUOUS = "* * * * *";
    private static final String SYNC = "properties.parent.syncProperties.";

    private final SyncSchedule schedule;
    /** Connected registries a client asked to resync (ids, lower case): their last sync was triggered by hand. */
    private final Set<String> resynced = java.util.concurrent.ConcurrentHashMap.newKeySet();

    ConnectedRegistriesApi(RegistryChildren children, SyncSchedule schedule) {
        super(children, EdgeJson.CONNECTED_REGISTRIES, "connectedRegistryName", ApiVersions.CONNECTED_REGISTRIES);
        this.schedule = schedule;
    }

    @Override
    void register(Router router) {
        super.register(router);
        router.add("POST", RegistryChildren.REGISTRY_PATH + "/" + collection + "/{connectedRegistryName}/deactivate",
                versions, this::deactivate);
        router.add("POST", RegistryChildren.REGISTRY_PATH + "/" + collection + "/{connectedRegistryName}/resync",
                ApiVersions.CONNECTED_REGISTRY_RESYNC, this::resync);
    }

    /**
     * 2026-01-01-preview adds {@code registrySyncResult} (read-only, syncTrigger and syncState required), which older
     * versions' schemas lack. It is worked out from the state: never activated is NotActivated; Syncing, Unhealthy
     * (Failed) and a past sync (Succeeded) follow the connection state. The sandbox's syncs take a minute.
     */
    @Override
    protected ObjectNode shown(Request r, ObjectNode c) {
        if (!ApiVersions.CONNECTED_REGISTRY_RESYNC.accepts(r.apiVersion())) {
            return c;
        }
        ObjectNode p = (ObjectNode) c.get("properties");
        String lastSync = p.at("/parent/syncProperties/lastSyncTime").asText(null);
        String syncState;
        if (!"Active".equals(p.at("/activation/status").asText())) {
            syncState = "NotActivated";
        } else {
            syncState = switch (p.path("connectionState").asText()) {
                case "Syncing" -> "Syncing";
                case "Unhealthy" -> "Failed";
                default -> lastSync == null ? "Pending" : "Succeeded";
            };
        }
        ObjectNode result = p.putObject("registrySyncResult");
        result.put("syncTrigger", resynced.contains(c.path("id").asText().toLowerCase(java.util.Locale.ROOT))
                ? "ManualResync" : "InitialSync");
        result.put("syncState", syncState);
        if (lastSync != null) {
            result.put("lastSyncStartTime", EdgeJson.when(java.time.Instant.parse(lastSync).minusSeconds(60)));
            result.put("lastSyncEndTime", lastSync);
            if (!syncState.equals("Failed")) {
                result.put("lastSuccessfulSyncEndTime", lastSync);
            }
        }
        return c;
    }

    /** ConnectedRegistries_Resync (2026-01-01-preview): synchronous, 200 with the connected registry, as the swagger says. */
    private Response resync(Request r) {
        ObjectNode c = item(r);
        resynced.add(c.path("id").asText().toLowerCase(java.util.Locale.ROOT));
        state.touch();
        return Response.ok(shown(r, c));
    }

    @Override
    public String section() {
        return "resynced";
    }

    @Override
    public JsonNode save() {
        com.fasterxml.jackson.databind.node.ArrayNode out = ArmJson.MAPPER.createArrayNode();
        resynced.forEach(out::add);
        return out;
    }

    @Override
    public void restore(JsonNode saved) {
        resynced.clear();
        saved.forEach(id -> resynced.add(id.asText()));
    }

    @Override
    public void clear() {
        resynced.clear();
    }

    @Override
    protected Response list(Request r) {
        if (r.param("$skipToken") == null) { // one tick per listing, not per page
            schedule.tick(children.collectionId(r, collection));
        }
        return super.list(r);
    }

    @Override
    protected Response put(Request r) {
        String name = r.var("connectedRegistryName");
        RegistryChildren.checkName("connected registry", name, NAME, "letters and digits");
        ObjectNode registry = children.registry(r);
        checkRegistry(registry);
        String id = id(r);
        JsonNode body = Bodies.json(r, Enums.CONNECTED_REGISTRY);
        JsonNode p = body.path("properties");
        String mode = p.path("mode").asText(null);
        if (mode == null || !MODES.contains(mode)) {
            throw Bodies.invalid("properties.mode", "The mode '" + mode + "' is not valid. Valid values are ReadWrite, ReadOnly, Registry, Mirror.");
        }
        JsonNode sync = p.path("parent").path("syncProperties");
        if (!sync.isObject()) {
            throw Bodies.invalid("properties.parent.syncProperties", "The sync properties (tokenId, messageTtl) are required.");
        }
        checkToken(r, sync.path("tokenId").asText(null), SYNC + "tokenId");
        checkSync(sync, true);
        p.path("clientTokenIds").forEach(t -> checkToken(r, t.asText(), "properties.clientTokenIds"));
        String parentId = p.path("parent").path("id").asText(null);
        ObjectNode parent = parentId == null || parentId.isBlank() ? null : checkParent(r, parentId, mode);
        ObjectNode old = state.get(id).orElse(null);
        if (old != null && !old.at("/properties/mode").asText().equals(mode)) {
            throw new ArmException(400, "ConnectedRegistryModeCannotChange", "The mode of connected registry '"
                    + name + "' cannot be changed; delete it and create it again.");
        }
        String gateway = parent != null ? parent.at("/properties/loginServer/host").asText(parentId)
                : registry.at("/properties/dataEndpointHostNames/0").asText();
        return accepted(r, id, old, EdgeJson.newConnectedRegistry(id, body, gateway));
    }

    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        JsonNode p = Bodies.json(r, Enums.CONNECTED_REGISTRY).path("properties");
        ObjectNode next = current.deepCopy();
        ObjectNode props = (ObjectNode) next.get("properties");
        if (p.path("syncProperties").isObject()) {
            ObjectNode sync = (ObjectNode) props.path("parent").path("syncProperties");
            p.get("syncProperties").properties().forEach(e -> {
                if (!Set.of("lastSyncTime", "gatewayEndpoint", "tokenId").contains(e.getKey())) {
                    sync.set(e.getKey(), e.getValue().deepCopy());
                }
            });
            checkSync(sync, false);
        }
        if (p.path("logging").isObject()) {
            ArmJson.merge(props.withObjectProperty("logging"), p.get("logging"));
        }
        if (p.path("clientTokenIds").isArray()) {
            p.get("clientTokenIds").forEach(t -> checkToken(r, t.asText(), "properties.clientTokenIds"));
            props.set("clientTokenIds", p.get("clientTokenIds").deepCopy());
        }
        if (p.path("garbageCollection").isObject()) {
            ArmJson.merge(props.withObjectProperty("garbageCollection"), p.get("garbageCollection"));
        }
        if (p.path("notificationsList").isArray()) {
            props.set("notificationsList", p.get("notificationsList").deepCopy());
        }
        return updating(r, current.path("id").asText(), next);
    }

    @Override
    protected Response delete(Request r) {
        schedule.stop(id(r));
        return super.delete(r);
    }

    /** The runtime is told to stop; ARM shows it Inactive and Offline until it is deployed again. */
    private Response deactivate(Request r) {
        String id = item(r).path("id").asText();
        return children.operations.acceptWithLocation(r, id, new Operations.Completion.Deactivate(id));
    }

    private static void checkRegistry(ObjectNode registry) {
        String name = registry.path("name").asText();
        if (!"Premium".equals(registry.at("/sku/name").asText())) {
            throw new ArmException(400, "FeatureNotSupportedForSku", "Connected registries need the Premium SKU; registry '"
                    + name + "' is " + registry.at("/sku/name").asText() + ".");
        }
        if (!registry.at("/properties/dataEndpointEnabled").asBoolean(false)) {
            throw new ArmException(400, "DataEndpointNotEnabled", "Connected registries sync through the registry's dedicated"
                    + " data endpoint: enable it on registry '" + name + "' first.");
        }
    }

    private void checkToken(Request r, String tokenId, String property) {
        if (children.inCollection(r, EdgeJson.TOKENS, tokenId).isEmpty()) {
            throw Bodies.invalid(property, "The token '" + tokenId + "' was not found in registry '" + r.var("registryName") + "'.");
        }
    }

    private ObjectNode checkParent(Request r, String parentId, String mode) {
        ObjectNode parent = children.inCollection(r, collection, parentId).orElseThrow(() -> Bodies.invalid("properties.parent.id", "The parent connected registry '" + parentId + "' was not found."));
        String parentMode = parent.at("/properties/mode").asText();
        if (WRITABLE_MODES.contains(mode) && !WRITABLE_MODES.contains(parentMode)) {
            throw new ArmException(400, "InvalidConnectedRegistryMode", "A " + mode + " connected registry cannot sync from '"
                    + parent.path("name").asText() + "', which is " + parentMode + ".");
        }
        return parent;
    }

    /** ARM's ranges: message TTL 1 to 90 days; a sync window of 3 hours to 7 days, required unless continuous. */
    private static void checkSync(JsonNode sync, boolean create) {
        String ttl = sync.path("messageTtl").asText(null);
        if (ttl == null || ttl.isBlank()) {
            throw Bodies.invalid(SYNC + "messageTtl", "The message TTL is required.");
        }
        RegistryChildren.duration(SYNC + "messageTtl", ttl, Duration.ofDays(1), Duration.ofDays(90));
        String cron = sync.path("schedule").asText(CONTINUOUS);
        RegistryChildren.schedule(cron);
        String window = sync.path("syncWindow").asText("");
        if (!window.isBlank()) {
            RegistryChildren.duration(SYNC + "syncWindow", window, Duration.ofHours(3), Duration.ofDays(7));
        } else if (!cron.trim().equals(CONTINUOUS)) {
            throw Bodies.invalid(SYNC + "syncWindow", "A sync window is required when the schedule '" + cron
                    + "' is not continuous" + (create ? "." : " (it was cleared)."));
        }
    }
}
