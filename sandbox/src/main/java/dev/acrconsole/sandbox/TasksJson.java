package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.sandbox.TasksData.AgentPool;
import dev.acrconsole.sandbox.TasksData.SampleRun;
import dev.acrconsole.sandbox.TasksData.Task;
import dev.acrconsole.sandbox.TasksData.TaskRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

/** Renders the ACR Tasks resources as ARM JSON, from Microsoft's examples (bundled under examples/). */
final class TasksJson {

    private static final ObjectNode TASK = body("TasksGet.json");
    private static final ObjectNode RUN = body("RunsGet.json");
    private static final ObjectNode TASK_RUN = body("TaskRunsGet.json");
    private static final ObjectNode AGENT_POOL = body("AgentPoolsGet.json");

    private TasksJson() {
    }

    private static ObjectNode body(String file) {
        try (InputStream in = TasksJson.class.getResourceAsStream("examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled example missing: " + file);
            }
            return (ObjectNode) ArmJson.MAPPER.readTree(in).path("responses").path("200").path("body");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode task(Task t, String location) {
        ObjectNode n = TASK.deepCopy();
        n.put("id", t.id());
        n.put("name", t.name());
        n.put("location", location);
        n.remove("identity");
        n.putObject("tags");
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("creationDate", t.created().toString());
        p.put("status", t.enabled() ? "Enabled" : "Disabled");
        p.put("timeout", t.timeoutSeconds());
        ((ObjectNode) p.get("platform")).put("os", t.os());
        if (t.agentPool() != null) {
            p.put("agentPoolName", t.agentPool());
        }
        ObjectNode credentials = p.putObject("credentials");
        credentials.putObject("sourceRegistry").put("loginMode", "Default");
        p.set("step", step(t));
        ObjectNode trigger = p.putObject("trigger");
        if (t.timerCron() != null) {
            ObjectNode timer = trigger.putArray("timerTriggers").addObject();
            timer.put("name", "t1").put("schedule", t.timerCron()).put("status", "Enabled");
        }
        if (t.sourceRepo() != null) {
            ObjectNode source = trigger.putArray("sourceTriggers").addObject();
            source.put("name", "defaultSourceTriggerName");
            source.putObject("sourceRepository").put("branch", "main").put("repositoryUrl", t.sourceRepo())
                    .put("sourceControlType", "Github");
            source.putArray("sourceTriggerEvents").add("commit");
            source.put("status", "Enabled");
            trigger.set("baseImageTrigger", TASK.at("/properties/trigger/baseImageTrigger").deepCopy());
            ((ObjectNode) trigger.get("baseImageTrigger")).put("name", "defaultBaseimageTriggerName");
        }
        return n;
    }

    private static ObjectNode step(Task t) {
        ObjectNode step = ArmJson.MAPPER.createObjectNode();
        step.put("type", t.stepType());
        switch (t.stepType()) {
            case "Docker" -> {
                step.put("contextPath", t.sourceRepo() + ".git#main");
                step.put("dockerFilePath", "Dockerfile");
                step.putArray("imageNames").add(t.image() + ":{{.Run.ID}}");
                step.put("isPushEnabled", true);
                step.put("noCache", false);
                step.putArray("arguments");
            }
            case "FileTask" -> {
                step.put("taskFilePath", "acb.yaml");
                step.put("contextPath", "https://github.com/contoso/tasks.git#main:" + t.name());
                step.putArray("values");
            }
            default -> {
                String yaml = "version: v1.1.0\nsteps:\n  - cmd: acr purge --filter 'webapp:.*' --untagged --ago 7d\n";
                step.put("encodedTaskContent", java.util.Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8)));
                step.putArray("values");
            }
        }
        return step;
    }

    /** A run as ARM shows it, in the state {@code r} describes. */
    static ObjectNode run(SampleRun r, boolean archived, Instant lastUpdated) {
        ObjectNode n = RUN.deepCopy();
        n.put("id", r.id());
        n.put("name", r.runId());
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("runId", r.runId());
        p.put("status", r.status());
        p.put("runType", r.runType());
        p.put("lastUpdatedTime", lastUpdated.toString());
        p.put("createTime", r.created().toString());
        putOrRemove(p, "startTime", r.started());
        putOrRemove(p, "finishTime", r.finished());
        if (r.task() == null) {
            p.remove("task");
        } else {
            p.put("task", r.task());
        }
        String loginServer = ArmPaths.name(r.registryId()).toLowerCase(Locale.ROOT) + ".azurecr.io";
        ArrayNode images = p.putArray("outputImages");
        if (r.outputImage() != null) {
            images.addObject().put("registry", loginServer).put("repository", r.outputImage()).put("tag", r.runId())
                    .put("digest", digest(r.runId()));
        }
        p.remove("imageUpdateTrigger");
        switch (r.trigger()) {
            case "commit" -> p.putObject("sourceTrigger").put("id", digest(r.runId() + "commit").substring(7, 19))
                    .put("eventType", "commit").put("commitId", digest(r.runId() + "sha").substring(7, 47))
                    .put("repositoryUrl", "https://github.com/contoso/" + r.outputImage()).put("branchName", "main")
                    .put("providerType", "Github");
            case "timer" -> p.putObject("timerTrigger").put("timerTriggerName", "t1")
                    .put("scheduleOccurrence", r.created().toString());
            case "baseImage" -> p.set("imageUpdateTrigger", RUN.at("/properties/imageUpdateTrigger").deepCopy());
            default -> { }
        }
        if (r.agentPool() != null) {
            p.put("agentPoolName", r.agentPool());
        }
        if (r.error() != null) {
            p.put("runErrorMessage", r.error());
        }
        p.put("isArchiveEnabled", archived);
        if (archived) {
            ((ObjectNode) p.get("logArtifact")).put("registry", loginServer)
                    .put("tag", (r.task() == null ? "quickrun" : r.task()) + "-" + r.runId() + "-log")
                    .put("digest", digest(r.runId() + "log"));
        } else {
            p.remove("logArtifact");
        }
        return n;
    }

    static ObjectNode agentPool(AgentPool a) {
        ObjectNode n = AGENT_POOL.deepCopy();
        n.put("id", a.id());
        n.put("name", a.name());
        n.put("location", a.location());
        ObjectNode p = (ObjectNode) n.get("properties");
        p.put("count", a.count());
        p.put("os", a.os());
        p.put("tier", a.tier());
        return n;
    }

    static ObjectNode taskRun(TaskRun t, String taskId, JsonNode runResult) {
        ObjectNode n = TASK_RUN.deepCopy();
        n.put("id", t.id());
        n.put("name", t.name());
        n.put("location", t.location());
        ObjectNode p = (ObjectNode) n.get("properties");
        ObjectNode request = p.putObject("runRequest");
        request.put("type", "TaskRunRequest");
        request.put("taskId", taskId);
        request.put("isArchiveEnabled", false);
        request.putObject("overrideTaskStepProperties").putArray("values")
                .addObject().put("name", "environment").put("value", "prod").put("isSecret", false);
        if (runResult == null) {
            p.remove("runResult");
        } else {
            p.set("runResult", runResult);
        }
        return n;
    }

    static String digest(String seed) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putOrRemove(ObjectNode n, String field, Instant at) {
        if (at == null) {
            n.remove(field);
        } else {
            n.put(field, at.toString());
        }
    }
}
