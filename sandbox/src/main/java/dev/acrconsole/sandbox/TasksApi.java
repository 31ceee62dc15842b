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
        router.get(RunsApi.REGISTRY + "/tasks", VERSIONS, r -> pager.page(r, state.children(tasks.collectionId(r)), n -> n));
        router.get(ITEM, VERSIONS, r -> Response.ok(tasks.item(r)));
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
        ObjectNode p = task.putObject("properties");
        ArmJson.merge(p, body.path("properties"));
        p.put("provisioningState", "Succeeded");
        p.put("creationDate", exists ? state.get(id).orElseThrow().at("/properties/creationDate").asText()
                : clock.instant().toString());
        p.put("status", p.path("status").asText("Enabled"));
        p.put("timeout", p.path("timeout").asInt(3600));
        p.put("isSystemTask", false);
        check(registry, p);
        if (exists) {
            SystemData.carry(state.get(id).orElseThrow(), task);
        }
        SystemData.stamp(task, r, clock.instant());
        state.put(id, task);
        return new Response(exists ? 200 : 201, task, Map.of());
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
        ArmJson.merge(p, changes.path("properties"));
        if (changes.has("tags")) {
            current.set("tags", changes.get("tags").deepCopy());
        }
        check(registry, p);
        SystemData.stamp(current, r, clock.instant());
        state.put(current.path("id").asText(), current);
        return Response.ok(current);
    }

    /** ACR's checks of a task's properties, with its words. */
    private void check(ObjectNode registry, ObjectNode p) {
        String type = p.at("/step/type").asText("");
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
