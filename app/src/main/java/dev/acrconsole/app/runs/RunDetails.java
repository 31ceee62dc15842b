package dev.acrconsole.app.runs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An ACR Tasks run as the console shows it: every field of RunProperties, read from its cached ARM JSON. */
public record RunDetails(String id, String runId, String status, String runType, String task, Instant created,
                         Instant started, Instant finished, Instant lastUpdated, List<String> outputImages,
                         String trigger, String agentPool, String platform, Integer cpu, String sourceRegistryAuth,
                         List<String> customRegistries, String error, String logArtifact, String provisioningState,
                         Boolean archiveEnabled, JsonNode properties) {

    /** Statuses after which a run changes no more. */
    public static final Set<String> TERMINAL = Set.of("Succeeded", "Failed", "Canceled", "Error", "Timeout");
    public static final List<String> STATUSES = List.of("Queued", "Started", "Running", "Succeeded", "Failed", "Canceled",
            "Error", "Timeout");
    public static final List<String> RUN_TYPES = List.of("QuickBuild", "QuickRun", "AutoBuild", "AutoRun");

    public static RunDetails parse(String json) {
        JsonNode r = Json.read(json);
        JsonNode p = r.path("properties");
        List<String> images = new ArrayList<>();
        p.path("outputImages").forEach(i -> images.add(image(i)));
        List<String> custom = new ArrayList<>();
        p.path("customRegistries").forEach(c -> custom.add(c.asText()));
        JsonNode platform = p.path("platform");
        String os = Json.text(platform, "os");
        String arch = Json.text(platform, "architecture");
        String variant = Json.text(platform, "variant");
        return new RunDetails(Json.text(r, "id"), Json.textOr(p, "runId", Json.text(r, "name")), Json.text(p, "status"),
                Json.text(p, "runType"), Json.text(p, "task"), time(p, "createTime"), time(p, "startTime"),
                time(p, "finishTime"), time(p, "lastUpdatedTime"), images, trigger(p), Json.text(p, "agentPoolName"),
                os == null ? null : os + (arch == null ? "" : "/" + arch) + (variant == null ? "" : "/" + variant),
                p.path("agentConfiguration").has("cpu") ? p.path("agentConfiguration").path("cpu").asInt() : null,
                Json.text(p, "sourceRegistryAuth"), custom, Json.text(p, "runErrorMessage"),
                p.has("logArtifact") ? image(p.path("logArtifact")) : null, Json.text(p, "provisioningState"),
                Json.bool(p, "isArchiveEnabled"), p);
    }

    public boolean terminal() {
        return status != null && TERMINAL.contains(status);
    }

    /** Running time: start to finish, or to {@code now} while it runs; null before it started. */
    public Duration duration(Instant now) {
        if (started == null) {
            return null;
        }
        return Duration.between(started, finished != null ? finished : now);
    }

    /** The run's JSON timestamp the cache pages by (ARM's text, as sorted by the cache's index). */
    public String createTimeText() {
        return Json.text(properties, "createTime");
    }

    public List<DetailField> fields() {
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Run ID", runId));
        f.add(new DetailField("Status", status));
        f.add(new DetailField("Error", error));
        f.add(new DetailField("Task", task));
        f.add(new DetailField("Run type", runType));
        f.add(new DetailField("Trigger", trigger));
        f.add(new DetailField("Created", Format.instant(created)));
        f.add(new DetailField("Started", Format.instant(started)));
        f.add(new DetailField("Finished", Format.instant(finished)));
        f.add(new DetailField("Duration", duration(Instant.now()) == null ? null : Format.duration(duration(Instant.now()))));
        f.add(new DetailField("Last updated", Format.instant(lastUpdated)));
        f.add(new DetailField("Output images", outputImages.isEmpty() ? "(none)" : String.join("\n", outputImages)));
        f.add(new DetailField("Agent pool", agentPool));
        f.add(new DetailField("Platform", platform));
        f.add(new DetailField("CPU", cpu == null ? null : String.valueOf(cpu)));
        f.add(new DetailField("Source registry auth", sourceRegistryAuth));
        f.add(new DetailField("Custom registries", custom()));
        f.add(new DetailField("Log artifact", logArtifact));
        f.add(new DetailField("Archive enabled", archiveEnabled == null ? null : archiveEnabled ? "Yes" : "No"));
        f.add(new DetailField("Provisioning state", provisioningState));
        f.add(DetailField.copyable("Resource ID", id));
        return f;
    }

    private String custom() {
        return customRegistries.isEmpty() ? null : String.join(", ", customRegistries);
    }

    /** How the run was started: a commit, a timer, a base image update, or by hand. */
    private static String trigger(JsonNode p) {
        JsonNode source = p.path("sourceTrigger");
        if (source.isObject()) {
            String commit = Json.text(source, "commitId");
            String pr = Json.text(source, "pullRequestId");
            return "Source " + Json.textOr(source, "eventType", "event") + " on " + Json.textOr(source, "branchName", "?")
                    + (commit == null ? "" : " @ " + commit.substring(0, Math.min(8, commit.length())))
                    + (pr == null ? "" : " (PR " + pr + ")")
                    + (Json.text(source, "repositoryUrl") == null ? "" : " — " + Json.text(source, "repositoryUrl"));
        }
        JsonNode timer = p.path("timerTrigger");
        if (timer.isObject()) {
            return "Timer " + Json.textOr(timer, "timerTriggerName", "") + " at " + Json.textOr(timer, "scheduleOccurrence", "?");
        }
        JsonNode image = p.path("imageUpdateTrigger");
        if (image.isObject()) {
            List<String> images = new ArrayList<>();
            image.path("images").forEach(i -> images.add(image(i)));
            return "Base image update " + String.join(", ", images);
        }
        return "Manual";
    }

    /** {@code registry/repository:tag@digest}, leaving out what is missing. */
    static String image(JsonNode i) {
        String registry = Json.text(i, "registry");
        String tag = Json.text(i, "tag");
        String digest = Json.text(i, "digest");
        return (registry == null ? "" : registry + "/") + Json.textOr(i, "repository", "?")
                + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }

    private static Instant time(JsonNode p, String field) {
        String t = Json.text(p, field);
        if (t == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (RuntimeException e) {
            return null; // a time ARM wrote in another form shows as unknown rather than failing the whole run
        }
    }
}
