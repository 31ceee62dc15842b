package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tasks of a registry: list, get, create (PUT, synchronous as ACR's is), update (PATCH), delete, and listDetails,
 * which, like ACR's, also answers with the credentials' secret values (the console must not keep them).
 */
final class TasksApi {

    private static final ApiVersions VERSIONS = ApiVersions.TASKS;
    private static final String ITEM = RunsApi.REGISTRY + "/tasks/{taskName}";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{5,50}");
    private static final Pattern CRON_FIELD = Pattern.compile("[0-9*/,-]+|[A-Za-z]{3}(-[A-Za-z]{3})?");
    private static final Set<String> STEPS = Set.of("Docker", "FileTask", "EncodedTask");
    private static final Set<String> OS = Set.of("Linux", "Windows");

    private final RegistryChildren children;
    private final ResourceState state;
    private final Pager pager;
    private final Clock clock;
    private final ChildCollection tasks;

    TasksApi(RegistryChildren children) {
        this.children = children;
        this.state = children.state;
        this.pager = children.pager;
        this.clock = children.clock;
        this.tasks = new ChildCollection(children, "tasks", "taskName", "TaskNotFound", "task");
    }

    void register(Router router) {
        router.get(RunsApi.REGISTRY + "/tasks", VERSIONS, r -> pager.page(r, state.children(tasks.collectionId(r)), TasksApi::shown));
        router.get(ITEM, VERSIONS, r -> Response.ok(shown(tasks.item(r))));
        router.add("PUT", ITEM, VERSIONS, this::put);
        router.add("PATCH", ITEM, VERSIONS, this::patch);
        router.add("DELETE", ITEM, VERSIONS, tasks::deleteNow);
        router.add("POST", ITEM + "/listDetails", VERSIONS, r -> Response.ok(withSecrets(tasks.item(r))));
    }

    private Response put(Request r) {
        ObjectNode registry = children.registry(r);
        String name = r.var("taskName");
        if (!NAME.matcher(name).matches()) {
            throw new ArmException(400, "InvalidTaskName", "The task name '" + name
                    + "' is invalid: use 5 to 50 letters, digits, hyphens and underscores.");
        }
        String id = registry.path("id").asText() + "/tasks/" + name;
        JsonNode body = Bodies.json(r, Enums.TASK);
        String location = Locations.of(body, "Microsoft.ContainerRegistry/registries/tasks");
        boolean exists = state.exists(id);
        if (exists) {
            Locations.unchanged(state.get(id).orElseThrow(), location, r.var("resourceGroupName"));
        }
        ObjectNode task = ArmJson.MAPPER.createObjectNode();
        task.put("type", "Microsoft.ContainerRegistry/registries/tasks");
        task.put("id", id);
        task.put("name", name);
        task.put("location", location);
        task.set("tags", body.has("tags") ? body.get("tags").deepCopy() : ArmJson.MAPPER.createObjectNode());
        if (body.path("identity").isObject()) {
            task.set("identity", identity(body.get("identity"), registry));
        }
        ObjectNode p = task.putObject("properties");
        ArmJson.merge(p, body.path("properties"));
        triggersEnabled(p);
        p.put("provisioningState", "Succeeded");
        p.put("creationDate", exists ? state.get(id).orElseThrow().at("/properties/creationDate").asText()
                : clock.instant().toString());
        p.put("status", p.path("status").asText("Enabled"));
        p.put("timeout", p.path("timeout").asInt(3600));
        p.put("isSystemTask", p.path("isSystemTask").asBoolean(false));
        check(registry, p);
        if (exists) {
            SystemData.carry(state.get(id).orElseThrow(), task);
        }
        SystemData.stamp(task, r, clock.instant());
        state.put(id, task);
        return new Response(exists ? 200 : 201, shown(task.deepCopy()), Map.of());
    }

    private Response patch(Request r) {
        ObjectNode registry = children.registry(r);
        ObjectNode current = tasks.item(r);
        JsonNode changes = Bodies.json(r, Enums.TASK);
        ObjectNode p = (ObjectNode) current.get("properties");
        JsonNode step = changes.path("properties").path("step");
        if (step.has("type") && !step.path("type").asText().equals(p.at("/step/type").asText())) {
            p.set("step", step.deepCopy()); // another kind of step replaces the old one
        }
        mergeTriggers(p, changes.at("/properties/trigger"));
        ArmJson.merge(p, changes.path("properties"));
        if (changes.has("tags")) {
            current.set("tags", changes.get("tags").deepCopy());
        }
        if (changes.path("identity").isObject()) {
            current.set("identity", identity(changes.get("identity"), registry));
        }
        triggersEnabled(p);
        check(registry, p);
        SystemData.stamp(current, r, clock.instant());
        state.put(current.path("id").asText(), current);
        return Response.ok(shown(current.deepCopy()));
    }

    /** ACR's checks of a task's properties, with its words. */
    private void check(ObjectNode registry, ObjectNode p) {
        String type = p.at("/step/type").asText("");
        if (type.isEmpty() && p.path("isSystemTask").asBoolean(false)) {
            return; // a system task (the quick task ACR runs quick runs with) has no step
        }
        if (!STEPS.contains(type)) {
            throw Bodies.invalid("properties.step.type", "The step type '" + type + "' is not valid. Valid values are Docker, FileTask, EncodedTask.");
        }
        switch (type) {
            case "Docker" -> {
                required(p, "dockerFilePath");
                required(p, "contextPath");
            }
            case "FileTask" -> required(p, "taskFilePath");
            default -> {
                try {
                    Base64.getDecoder().decode(required(p, "encodedTaskContent"));
                } catch (IllegalArgumentException e) {
                    throw Bodies.invalid("properties.step.encodedTaskContent", "The encoded task content must be base64.");
                }
            }
        }
        String os = p.at("/platform/os").asText("");
        if (!OS.contains(os)) {
            throw Bodies.invalid("properties.platform.os", "The platform OS '" + os + "' is not valid. Valid values are Linux, Windows.");
        }
        int timeout = p.path("timeout").asInt(3600);
        if (timeout < 300 || timeout > 28800) {
            throw Bodies.invalid("properties.timeout", "The timeout must be from 300 to 28800 seconds, got " + timeout + ".");
        }
        String pool = p.path("agentPoolName").asText(null);
        if (pool != null && !state.exists(registry.path("id").asText() + "/agentPools/" + pool)) {
            throw new ArmException(400, "AgentPoolNotFound", "The agent pool '" + pool + "' does not exist in registry '"
                    + registry.path("name").asText() + "'.");
        }
        for (JsonNode timer : p.at("/trigger/timerTriggers")) {
            String cron = timer.path("schedule").asText("");
            String[] fields = cron.trim().split("\\s+");
            boolean ok = fields.length == 5;
            for (String f : fields) {
                ok &= CRON_FIELD.matcher(f).matches();
            }
            if (!ok) {
                throw new ArmException(400, "InvalidTimerTriggerSchedule", "The timer trigger schedule '" + cron
                        + "' is not a valid cron expression: use five fields (minute hour day month weekday).");
            }
        }
    }

    private static String required(ObjectNode p, String field) {
        String v = p.path("step").path(field).asText("");
        if (v.isBlank()) {
            throw Bodies.invalid("properties.step." + field, "The '" + field + "' property is required for this step type.");
        }
        return v;
    }

    /**
     * A PATCH's timer and source triggers change the task's triggers of the same name (TaskUpdateParameters' triggers
     * are update parameters keyed by name); the merged lists then replace the old ones.
     */
    private static void mergeTriggers(ObjectNode p, JsonNode changes) {
        for (String list : java.util.List.of("timerTriggers", "sourceTriggers")) {
            if (!changes.path(list).isArray() || !p.at("/trigger/" + list).isArray()) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ArrayNode merged = p.at("/trigger/" + list).deepCopy();
            for (JsonNode change : changes.get(list)) {
                ObjectNode same = null;
                for (JsonNode old : merged) {
                    if (old.path("name").asText().equals(change.path("name").asText())) {
                        same = (ObjectNode) old;
                    }
                }
                if (same != null) {
                    ArmJson.merge(same, change);
                } else {
                    merged.add(change.deepCopy());
                }
            }
            ((ObjectNode) changes).set(list, merged);
        }
    }

    /** ACR's defaults: a trigger without a status is Enabled. */
    private static void triggersEnabled(ObjectNode p) {
        JsonNode trigger = p.path("trigger");
        for (String list : java.util.List.of("timerTriggers", "sourceTriggers")) {
            trigger.path(list).forEach(t -> {
                if (t.isObject() && !t.hasNonNull("status")) {
                    ((ObjectNode) t).put("status", "Enabled");
                }
            });
        }
        if (trigger.path("baseImageTrigger").isObject() && !trigger.path("baseImageTrigger").hasNonNull("status")) {
            ((ObjectNode) trigger.get("baseImageTrigger")).put("status", "Enabled");
        }
    }

    /**
     * A task as Tasks_Get answers it: without the secrets of its triggers (a source trigger's token, the base image
     * trigger's update endpoint, which may carry credentials), which only listDetails shows.
     */
    static ObjectNode shown(ObjectNode task) {
        task.at("/properties/trigger/sourceTriggers").forEach(t -> {
            if (t.path("sourceRepository").isObject()) {
                ((ObjectNode) t.get("sourceRepository")).remove("sourceControlAuthProperties");
            }
        });
        if (task.at("/properties/trigger/baseImageTrigger").has("updateTriggerEndpoint")) {
            ((ObjectNode) task.at("/properties/trigger/baseImageTrigger")).putNull("updateTriggerEndpoint");
        }
        return task;
    }

    /** The managed identity as ARM answers it: a system-assigned one gets its principal and tenant, user-assigned ones their ids. */
    static ObjectNode identity(JsonNode requested, ObjectNode registry) {
        ObjectNode identity = ArmJson.MAPPER.createObjectNode();
        String type = requested.path("type").asText("None");
        identity.put("type", type);
        String seed = registry.path("id").asText() + type;
        if (type.contains("SystemAssigned")) {
            identity.put("principalId", java.util.UUID.nameUUIDFromBytes((seed + "principal").getBytes()).toString());
            identity.put("tenantId", java.util.UUID.nameUUIDFromBytes((seed + "tenant").getBytes()).toString());
        }
        if (requested.path("userAssignedIdentities").isObject()) {
            ObjectNode users = identity.putObject("userAssignedIdentities");
            requested.get("userAssignedIdentities").properties().forEach(u -> users.putObject(u.getKey())
                    .put("principalId", java.util.UUID.nameUUIDFromBytes((u.getKey() + "principal").getBytes()).toString())
                    .put("clientId", java.util.UUID.nameUUIDFromBytes((u.getKey() + "client").getBytes()).toString()));
        }
        return identity;
    }

    /** What Tasks_GetDetails adds: the secrets behind the credentials and the source's access token. */
    private static ObjectNode withSecrets(ObjectNode task) {
        ObjectNode p = (ObjectNode) task.get("properties");
        ObjectNode step = (ObjectNode) p.get("step");
        if (step.has("contextPath")) {
            step.put("contextAccessToken", "ghp_sandboxSecretContextToken0000000000");
        }
        ObjectNode credentials = p.has("credentials") && p.get("credentials").isObject()
                ? (ObjectNode) p.get("credentials") : p.putObject("credentials");
        ObjectNode custom = credentials.putObject("customRegistries").putObject("contosoreleases.azurecr.io");
        custom.putObject("userName").put("type", "Opaque").put("value", "puller");
        custom.putObject("password").put("type", "Opaque").put("value", "sandbox-secret-password-0000");
        return task;
    }
}
