package dev.acrconsole.app.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An ACR task as the console shows it, from its cached ARM JSON (the list's, or Tasks_GetDetails' once fetched):
 * its step with the step's fields, triggers, credentials (never their secret values: the cache has none), identity.
 */
public record TaskDetails(String id, String name, String status, String os, String stepType, JsonNode step,
                          JsonNode trigger, JsonNode credentials, JsonNode identity, String agentPool, Integer timeout,
                          String created, String provisioningState, String logTemplate, Boolean systemTask) {

    public static TaskDetails parse(String json) {
        JsonNode t = Json.read(json);
        JsonNode p = t.path("properties");
        JsonNode platform = p.path("platform");
        String os = Json.text(platform, "os");
        String arch = Json.text(platform, "architecture");
        return new TaskDetails(Json.text(t, "id"), Json.text(t, "name"), Json.text(p, "status"),
                os == null ? null : os + (arch == null ? "" : "/" + arch), Json.text(p.path("step"), "type"), p.path("step"),
                p.path("trigger"), p.path("credentials"), t.path("identity"), Json.text(p, "agentPoolName"),
                p.has("timeout") ? p.path("timeout").asInt() : null, Json.text(p, "creationDate"),
                Json.text(p, "provisioningState"), Json.text(p, "logTemplate"), Json.bool(p, "isSystemTask"));
    }

    public boolean enabled() {
        return "Enabled".equalsIgnoreCase(status);
    }

    /** The triggers in a few words for a table, e.g. "commit, timer 0 2 * * *". */
    public String triggerSummary() {
        List<String> out = new ArrayList<>();
        trigger.path("sourceTriggers").forEach(s -> out.add(String.join("/", texts(s.path("sourceTriggerEvents")))));
        if (trigger.path("baseImageTrigger").isObject()) {
            out.add("base image");
        }
        trigger.path("timerTriggers").forEach(t -> out.add("timer " + Json.textOr(t, "schedule", "?")));
        return out.isEmpty() ? "manual" : String.join(", ", out);
    }

    /** A text field of the step (e.g. contextPath), or "" when it has none: what an edit form starts from. */
    public String stepText(String field) {
        return step.path(field).asText("");
    }

    public List<String> imageNames() {
        return texts(step.path("imageNames"));
    }

    /** The first timer trigger's schedule, or null. */
    public String timerSchedule() {
        JsonNode timers = trigger.path("timerTriggers");
        return timers.size() == 0 ? null : Json.text(timers.get(0), "schedule");
    }

    public List<DetailField> fields() {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Status", Format.enumValue(status)));
        f.add(new DetailField("Step", stepType));
        stepFields(f);
        f.add(new DetailField("Platform", os));
        f.add(new DetailField("Agent pool", agentPool));
        f.add(new DetailField("Timeout", timeout == null ? null : timeout + " s"));
        f.add(new DetailField("Source triggers", sourceTriggers()));
        f.add(new DetailField("Base image trigger", baseImageTrigger()));
        f.add(new DetailField("Timer triggers", timerTriggers()));
        f.add(new DetailField("Credentials", credentialsText()));
        f.add(new DetailField("Identity", identityText()));
        f.add(new DetailField("Log template", logTemplate));
        f.add(new DetailField("System task", systemTask == null ? null : systemTask ? "Yes" : "No"));
        f.add(new DetailField("Created", Format.armTime(created)));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(DetailField.copyable("Resource ID", id));
        return f;
    }

    private void stepFields(List<DetailField> f) {
        f.add(new DetailField("Context", Json.text(step, "contextPath")));
        switch (stepType == null ? "" : stepType) {
            case "Docker" -> {
                f.add(new DetailField("Dockerfile", Json.text(step, "dockerFilePath")));
                f.add(new DetailField("Image names", String.join("\n", texts(step.path("imageNames")))));
                f.add(new DetailField("Push", Format.enabled(Json.bool(step, "isPushEnabled"))));
                f.add(new DetailField("No cache", Format.enabled(Json.bool(step, "noCache"))));
                f.add(new DetailField("Target", Json.text(step, "target")));
                f.add(new DetailField("Build arguments", values(step.path("arguments"))));
            }
            case "FileTask" -> {
                f.add(new DetailField("Task file", Json.text(step, "taskFilePath")));
                f.add(new DetailField("Values file", Json.text(step, "valuesFilePath")));
                f.add(new DetailField("Values", values(step.path("values"))));
            }
            case "EncodedTask" -> {
                f.add(new DetailField("Task (decoded)", decoded(Json.text(step, "encodedTaskContent"))));
                f.add(new DetailField("Values", values(step.path("values"))));
            }
            default -> { }
        }
    }

    /** {@code name=value} per value; a secret one shows as hidden (its value never reaches the cache). */
    public static String values(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(v -> out.add(Json.textOr(v, "name", "?") + "="
                + (v.path("isSecret").asBoolean(false) ? "(secret)" : Json.textOr(v, "value", ""))));
        return out.isEmpty() ? null : String.join("\n", out);
    }

    private String sourceTriggers() {
        List<String> out = new ArrayList<>();
        trigger.path("sourceTriggers").forEach(s -> {
            JsonNode repo = s.path("sourceRepository");
            out.add(Json.textOr(s, "name", "?") + ": " + String.join("/", texts(s.path("sourceTriggerEvents"))) + " on "
                    + Json.textOr(repo, "repositoryUrl", "?") + "#" + Json.textOr(repo, "branch", "?") + " ("
                    + Json.textOr(s, "status", "?") + ")");
        });
        return out.isEmpty() ? null : String.join("\n", out);
    }

    private String baseImageTrigger() {
        JsonNode b = trigger.path("baseImageTrigger");
        return b.isObject() ? Json.textOr(b, "name", "?") + ": " + Json.textOr(b, "baseImageTriggerType", "?") + " ("
                + Json.textOr(b, "status", "?") + ")" : null;
    }

    private String timerTriggers() {
        List<String> out = new ArrayList<>();
        trigger.path("timerTriggers").forEach(t -> out.add(Json.textOr(t, "name", "?") + ": " + Json.textOr(t, "schedule", "?")
                + " (" + Json.textOr(t, "status", "?") + ")"));
        return out.isEmpty() ? null : String.join("\n", out);
    }

    /** Which registries it logs in to and how; secret values are never shown (nor cached). */
    private String credentialsText() {
        List<String> out = new ArrayList<>();
        JsonNode source = credentials.path("sourceRegistry");
        if (source.isObject()) {
            out.add("Source registry: " + Json.textOr(source, "loginMode", Json.textOr(source, "identity", "?")));
        }
        credentials.path("customRegistries").properties().forEach(e -> {
            JsonNode c = e.getValue();
            String user = c.path("userName").isObject() ? Json.textOr(c.path("userName"), "type", "?") + " user"
                    + ("Opaque".equals(Json.text(c.path("userName"), "type")) ? " " + Json.textOr(c.path("userName"), "value", "") : "")
                    : null;
            String identity = Json.text(c, "identity");
            out.add(e.getKey() + ": " + (user != null ? user + ", password not shown" : identity != null ? "identity " + identity : "no credentials"));
        });
        return out.isEmpty() ? null : String.join("\n", out);
    }

    private String identityText() {
        if (!identity.isObject() || Json.text(identity, "type") == null) {
            return null;
        }
        List<String> users = new ArrayList<>();
        identity.path("userAssignedIdentities").properties().forEach(e -> users.add(e.getKey().substring(e.getKey().lastIndexOf('/') + 1)));
        return Json.text(identity, "type") + (Json.text(identity, "principalId") == null ? "" : " (principal " + Json.text(identity, "principalId") + ")")
                + (users.isEmpty() ? "" : "\nUser-assigned: " + String.join(", ", users));
    }

    private static String decoded(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return "(not base64)";
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
