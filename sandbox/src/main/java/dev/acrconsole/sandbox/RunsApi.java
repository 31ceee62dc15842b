package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs of a registry: list ({@code $filter}, {@code $top}, newest first, paged), get, update (the archive flag),
 * cancel, listLogSasUrl; and the registry's scheduleRun, which queues a run and answers with it at once (clients
 * follow it with Runs_Get).
 */
final class RunsApi {

    private static final ApiVersions TASKS = ApiVersions.RUNS;

    static final String REGISTRY = "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}"
            + "/providers/Microsoft.ContainerRegistry/registries/{registryName}";
    private static final String ITEM = REGISTRY + "/runs/{runId}";
    private static final Set<String> REQUEST_TYPES = Set.of("DockerBuildRequest", "FileTaskRunRequest",
            "EncodedTaskRunRequest", "TaskRunRequest");
    private static final int MAX_TOP = 1000;

    private final SandboxData data;
    private final ResourceState state;
    private final Runs runs;
    private final Pager pager;

    RunsApi(SandboxData data, ResourceState state, Runs runs, Pager pager) {
        this.data = data;
        this.state = state;
        this.runs = runs;
        this.pager = pager;
    }

    void register(Router router) {
        router.get(REGISTRY + "/runs", TASKS, this::list);
        router.get(ITEM, TASKS, r -> Response.ok(run(r)));
        router.add("PATCH", ITEM, TASKS, this::update);
        router.add("POST", ITEM + "/cancel", TASKS, this::cancel);
        router.add("POST", ITEM + "/listLogSasUrl", TASKS, this::logLink);
        router.add("POST", REGISTRY + "/scheduleRun", TASKS, this::schedule);
    }

    private Response list(Request r) {
        ObjectNode registry = RegistriesApi.registry(data, state, r);
        Integer top = top(r.param("$top"));
        runs.recordQuery(registry.path("name").asText(), r.param("$filter"), top);
        Predicate<JsonNode> filter = RunFilter.parse(r.param("$filter"));
        runs.advance();
        List<ObjectNode> matching = state.children(registry.path("id").asText() + "/runs").stream()
                .filter(filter::test)
                .sorted(Comparator.comparing((ObjectNode n) -> n.at("/properties/createTime").asText()).reversed())
                .limit(top == null ? Long.MAX_VALUE : top)
                .toList();
        return pager.page(r, matching, ObjectNode::deepCopy, List.of("$filter", "$top"));
    }

    private static Integer top(String value) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= MAX_TOP) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ArmException(400, "InvalidTopParameter", "The $top '" + value + "' is not valid: use a whole number from 1 to "
                + MAX_TOP + ".");
    }

    /** The request's run, as it is now, or ARM's 404. */
    private ObjectNode run(Request r) {
        ObjectNode registry = RegistriesApi.registry(data, state, r);
        runs.advance();
        String runId = r.var("runId");
        return state.get(registry.path("id").asText() + "/runs/" + runId)
                .orElseThrow(() -> new ArmException(404, "RunNotFound", "The run '" + runId + "' was not found in registry '"
                        + r.var("registryName") + "'."));
    }

    private Response update(Request r) {
        ObjectNode current = run(r);
        JsonNode archive = Bodies.json(r).get("isArchiveEnabled");
        if (archive == null || !archive.isBoolean()) {
            throw Bodies.invalid("isArchiveEnabled", "Runs_Update changes only 'isArchiveEnabled', which must be true or false.");
        }
        runs.archive(current.path("id").asText(), archive.asBoolean());
        return Response.ok(state.get(current.path("id").asText()).orElseThrow());
    }

    private Response cancel(Request r) {
        ObjectNode current = run(r);
        if (!runs.cancel(current.path("id").asText())) {
            throw new ArmException(409, "RunNotCancellable", "The run '" + r.var("runId") + "' has already ended ("
                    + current.at("/properties/status").asText() + "); only queued or running runs can be canceled.");
        }
        return Response.ok(ArmJson.MAPPER.createObjectNode());
    }

    private Response logLink(Request r) {
        ObjectNode current = run(r);
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        body.put("logLink", runs.logLink(current.path("id").asText()));
        return Response.ok(body);
    }

    private Response schedule(Request r) {
        return Response.ok(start(RegistriesApi.registry(data, state, r), Bodies.json(r, Enums.RUN_REQUEST)));
    }

    /** Queues the run a run request describes (scheduleRun's body, or a task run's runRequest) and returns it. */
    ObjectNode start(ObjectNode registry, JsonNode body) {
        String registryId = registry.path("id").asText();
        String type = body.path("type").asText("");
        if (!REQUEST_TYPES.contains(type)) {
            throw Bodies.invalid("type", "The run request type '" + type + "' is not valid. Valid values are "
                    + "DockerBuildRequest, FileTaskRunRequest, EncodedTaskRunRequest, TaskRunRequest.");
        }
        String pool = body.path("agentPoolName").asText(null);
        if (pool != null && !state.exists(registryId + "/agentPools/" + pool)) {
            throw new ArmException(400, "AgentPoolNotFound", "The agent pool '" + pool + "' does not exist in registry '"
                    + registry.path("name").asText() + "'.");
        }
        String task = null;
        String image = null;
        String runType = "QuickRun";
        switch (type) {
            case "DockerBuildRequest" -> {
                required(body, "dockerFilePath");
                required(body, "sourceLocation");
                image = repository(body.path("imageNames").path(0).asText(null));
                runType = "QuickBuild";
            }
            case "FileTaskRunRequest" -> required(body, "taskFilePath");
            case "EncodedTaskRunRequest" -> decodable(required(body, "encodedTaskContent"), "encodedTaskContent");
            default -> {
                String named = required(body, "taskId");
                // A task's id, or (as Microsoft's example sends it) its name in this registry.
                String taskId = named.contains("/") ? named : registryId + "/tasks/" + named;
                ObjectNode t = state.get(taskId).filter(n -> ArmPaths.collection(taskId).equalsIgnoreCase(registryId + "/tasks"))
                        .orElseThrow(() -> new ArmException(404, "TaskNotFound", "The task '" + taskId
                                + "' was not found in registry '" + registry.path("name").asText() + "'."));
                task = t.path("name").asText();
                image = repository(t.at("/properties/step/imageNames/0").asText(null));
                runType = "AutoRun";
            }
        }
        return runs.schedule(registryId, task, runType, image, pool);
    }

    private static String required(JsonNode body, String field) {
        String v = body.path(field).asText("");
        if (v.isBlank()) {
            throw Bodies.invalid(field, "The '" + field + "' property is required for this run request.");
        }
        return v;
    }

    private static void decodable(String base64, String field) {
        try {
            Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw Bodies.invalid(field, "The '" + field + "' property must be base64.");
        }
    }

    /** {@code webapp:{{.Run.ID}}} -> {@code webapp}. */
    private static String repository(String imageName) {
        if (imageName == null || imageName.isBlank()) {
            return null;
        }
        int colon = imageName.indexOf(':');
        return colon < 0 ? imageName : imageName.substring(0, colon);
    }
}
