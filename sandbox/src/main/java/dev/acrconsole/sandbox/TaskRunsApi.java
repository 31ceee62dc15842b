package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.regex.Pattern;

/**
 * Task runs of a registry: list, get, create and update (PUT/PATCH, long-running: each starts the run its request
 * describes), delete, and listDetails. A task run's {@code runResult} is the run it last started.
 */
final class TaskRunsApi {

    private static final ApiVersions VERSIONS = ApiVersions.TASK_RUNS;
    private static final String ITEM = RunsApi.REGISTRY + "/taskRuns/{taskRunName}";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{5,50}");

    private final RegistryChildren children;
    private final ResourceState state;
    private final Operations operations;
    private final Lifecycle lifecycle;
    private final Runs runs;
    private final Pager pager;
    private final ChildCollection taskRuns;

    private final RunsApi runsApi;

    TaskRunsApi(RegistryChildren children, Runs runs, RunsApi runsApi) {
        this.runsApi = runsApi;
        this.children = children;
        this.state = children.state;
        this.operations = children.operations;
        this.lifecycle = children.lifecycle;
        this.runs = runs;
        this.pager = children.pager;
        this.taskRuns = new ChildCollection(children, "taskRuns", "taskRunName", "TaskRunNotFound", "task run");
    }

    void register(Router router) {
        router.get(RunsApi.REGISTRY + "/taskRuns", VERSIONS, r -> pager.page(r, state.children(taskRuns.collectionId(r)), this::current));
        router.get(ITEM, VERSIONS, r -> Response.ok(current(taskRuns.item(r))));
        router.add("PUT", ITEM, VERSIONS, r -> write(r, true));
        router.add("PATCH", ITEM, VERSIONS, r -> write(r, false));
        router.add("DELETE", ITEM, VERSIONS, taskRuns::deleteNow);
        router.add("POST", ITEM + "/listDetails", VERSIONS, r -> Response.ok(current(taskRuns.item(r))));
    }

    /** The task run with its run result as the run is now. */
    private ObjectNode current(ObjectNode taskRun) {
        runs.advance();
        String runId = taskRun.at("/properties/runResult/id").asText(null);
        if (runId != null) {
            state.get(runId).ifPresent(run -> ((ObjectNode) taskRun.get("properties")).set("runResult", run));
        }
        return taskRun;
    }

    private Response write(Request r, boolean create) {
        ObjectNode registry = children.registry(r);
        String registryId = registry.path("id").asText();
        String name = r.var("taskRunName");
        if (!NAME.matcher(name).matches()) {
            throw new ArmException(400, "InvalidTaskRunName", "The task run name '" + name
                    + "' is invalid: use 5 to 50 letters, digits, hyphens and underscores.");
        }
        String id = registryId + "/taskRuns/" + name;
        boolean exists = state.exists(id);
        if (!create && !exists) {
            taskRuns.item(r);
        }
        JsonNode body = Bodies.json(r, Enums.TASK_RUN);
        ObjectNode next = exists ? state.get(id).orElseThrow() : ArmJson.MAPPER.createObjectNode();
        next.put("type", "Microsoft.ContainerRegistry/registries/taskRuns");
        next.put("id", id);
        next.put("name", name);
        next.put("location", Locations.orElse(body, "Microsoft.ContainerRegistry/registries/taskRuns",
                registry.path("location").asText()));
        ObjectNode p = next.has("properties") ? (ObjectNode) next.get("properties") : next.putObject("properties");
        JsonNode request = body.at("/properties/runRequest");
        if (request.isObject()) {
            p.set("runRequest", request.deepCopy());
        }
        if (body.at("/properties/forceUpdateTag").isTextual()) {
            p.put("forceUpdateTag", body.at("/properties/forceUpdateTag").asText());
        }
        JsonNode runRequest = p.path("runRequest");
        if (!runRequest.isObject()) {
            throw Bodies.invalid("properties.runRequest", "A task run needs a runRequest.");
        }
        if (!runRequest.has("isArchiveEnabled")) { // the swagger's default
            ((ObjectNode) runRequest).put("isArchiveEnabled", false);
        }
        ObjectNode run = runsApi.start(registry, Enums.canonical(runRequest.deepCopy(), Enums.RUN_REQUEST));
        p.set("runResult", run);
        p.put("provisioningState", exists ? "Updating" : "Creating");
        SystemData.stamp(next, r, children.clock.instant());
        state.put(id, next);
        return operations.acceptPut(r, id, exists ? 200 : 201, next, lifecycle.settle(id, null));
    }

}
