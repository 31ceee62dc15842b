package dev.acrconsole.app.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.containerregistry.fluent.models.AgentPoolInner;
import com.azure.resourcemanager.containerregistry.fluent.models.AgentPoolQueueStatusInner;
import com.azure.resourcemanager.containerregistry.fluent.models.RunGetLogResultInner;
import com.azure.resourcemanager.containerregistry.fluent.models.RunInner;
import com.azure.resourcemanager.containerregistry.fluent.models.TaskInner;
import com.azure.resourcemanager.containerregistry.fluent.models.TaskRunInner;
import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.agentpools.AgentPoolDetails;
import dev.acrconsole.app.agentpools.AgentPoolKind;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.taskruns.TaskRunDetails;
import dev.acrconsole.app.taskruns.TaskRunKind;
import dev.acrconsole.app.tasks.TaskDetails;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.SecretFilter;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The checks of one ACR Tasks example: SDK model, cache row (secrets stripped), our detail model and table row. */
final class TasksContract {
    /** The cache's filter with every kind's secret fields, as the app opens it. */
    private static final SecretFilter SECRETS = new SecretFilter(Kinds.CATALOG.cachePolicy());
    private static final CacheScope SCOPE = new CacheScope("contract", "AzureCloud");
    private static final Instant AT = Instant.parse("2026-11-23T00:00:00Z");

    private TasksContract() {}

    static void task(JsonNode example) throws IOException {
        TaskInner inner = parse(example, TaskInner::fromJson);
        CachedResource row = row(TaskKind.KIND, example);
        TaskDetails d = TaskDetails.parse(row.json());
        assertThat(d.name()).isEqualTo(inner.name());
        assertThat(d.status()).isEqualTo(inner.status() == null ? null : inner.status().toString());
        assertThat(d.stepType()).isEqualTo(example.at("/properties/step/type").asText(null));
        assertThat(d.agentPool()).isEqualTo(inner.agentPoolName());
        assertThat(d.timeout()).isEqualTo(inner.timeout());
        if (inner.trigger() != null && inner.trigger().timerTriggers() != null && !inner.trigger().timerTriggers().isEmpty()) {
            assertThat(d.timerSchedule()).isEqualTo(inner.trigger().timerTriggers().getFirst().schedule());
        }
        String shown = shown(row);
        assertThat(shown).doesNotContain("\"password\"").doesNotContain("user:pass@");
        assertThat(row.json()).doesNotContain("mysecrettestvalue").doesNotContain("user:pass@").doesNotContain("\"xxxxx\"");
        example.at("/properties/credentials/customRegistries").properties().forEach(e -> {
            JsonNode password = e.getValue() == null ? null : e.getValue().at("/password/value");
            if (password != null && password.isTextual() && !password.asText().isEmpty()) {
                assertThat(row.json()).doesNotContain(password.asText());
                assertThat(shown).doesNotContain(password.asText());
            }
        });
    }

    static void run(JsonNode example) throws IOException {
        RunInner inner = parse(example, RunInner::fromJson);
        CachedResource row = row(RunKind.KIND, example);
        RunDetails d = RunDetails.parse(row.json());
        assertThat(d.runId()).isEqualTo(inner.runId());
        assertThat(d.status()).isEqualTo(inner.status() == null ? null : inner.status().toString());
        assertThat(d.runType()).isEqualTo(inner.runType() == null ? null : inner.runType().toString());
        assertThat(d.task()).isEqualTo(inner.task());
        assertThat(d.created()).isEqualTo(inner.createTime() == null ? null : inner.createTime().toInstant());
        assertThat(d.finished()).isEqualTo(inner.finishTime() == null ? null : inner.finishTime().toInstant());
        assertThat(d.outputImages()).hasSize(inner.outputImages() == null ? 0 : inner.outputImages().size());
        if (inner.outputImages() != null) {
            inner.outputImages().forEach(i -> assertThat(String.join(" ", d.outputImages())).contains(i.digest()));
        }
        assertThat(d.archiveEnabled()).isEqualTo(inner.isArchiveEnabled());
        assertThat(row.parentId()).endsWith("/registries/" + ArmIds.segment(inner.id(), "registries"));
        shown(row);
    }

    static void taskRun(JsonNode example) throws IOException {
        TaskRunInner inner = parse(example, TaskRunInner::fromJson);
        CachedResource row = row(TaskRunKind.KIND, example);
        TaskRunDetails d = TaskRunDetails.parse(row.json());
        assertThat(d.requestType()).isEqualTo(inner.runRequest() == null ? null : example.at("/properties/runRequest/type").asText());
        assertThat(d.runId()).isEqualTo(inner.runResult() == null ? null : inner.runResult().runId());
        assertThat(d.runStatus()).isEqualTo(inner.runResult() == null || inner.runResult().status() == null ? null
                : inner.runResult().status().toString());
        assertThat(row.json()).doesNotContain("encodedValuesContent"); // a values file may hold anything: not kept
        shown(row);
    }

    static void agentPool(JsonNode example) throws IOException {
        AgentPoolInner inner = parse(example, AgentPoolInner::fromJson);
        AgentPoolDetails d = AgentPoolDetails.parse(row(AgentPoolKind.KIND, example).json());
        assertThat(d.count()).isEqualTo(inner.count());
        assertThat(d.tier()).isEqualTo(inner.tier());
        assertThat(d.os()).isEqualTo(inner.os() == null ? null : inner.os().toString());
        assertThat(d.provisioningState()).isEqualTo(inner.provisioningState() == null ? null : inner.provisioningState().toString());
        shown(row(AgentPoolKind.KIND, example));
    }

    /** Answers that are not resources: a log link (a secret: never cached), a queue count, an upload URL. */
    static void other(JsonNode example) throws IOException {
        try (JsonReader reader = JsonProviders.createReader(example.toString())) {
            if (example.has("logLink")) {
                assertThat(RunGetLogResultInner.fromJson(reader).logLink()).isEqualTo(example.get("logLink").asText());
                assertThat(SECRETS.scrub(example.toString())).doesNotContain("sig=");
            } else if (example.has("count")) {
                assertThat(AgentPoolQueueStatusInner.fromJson(reader).count()).isEqualTo(example.get("count").asInt());
            } else {
                assertThat(SECRETS.scrub(example.toString())).doesNotContain("uploadUrl");
            }
        }
    }

    /** The SDK's own parser, as its service client would use it. */
    private interface FromJson<T> {
        T read(JsonReader reader) throws IOException;
    }

    private static <T> T parse(JsonNode example, FromJson<T> parser) throws IOException {
        try (JsonReader reader = JsonProviders.createReader(example.toString())) {
            return parser.read(reader);
        }
    }

    private static CachedResource row(ResourceKind kind, JsonNode example) {
        JsonNode withId = example;
        if (!example.has("id")) { // some create answers leave the id out: give it one to be cached under
            withId = example.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) withId).put("id",
                    "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r/x/"
                            + example.path("name").asText("unnamed"));
        }
        CachedResource r = Kinds.CATALOG.of(kind).fromArm(SCOPE, "tenant", withId, AT);
        return new CachedResource(r.scope(), r.id(), r.kind(), r.name(), r.type(), r.tenantId(), r.subscriptionId(),
                r.resourceGroup(), r.location(), r.sku(), r.provisioningState(), r.parentId(), SECRETS.scrub(r.json()), AT);
    }

    /** What the detail pane and the table would show; every field renders. */
    private static String shown(CachedResource row) {
        StringBuilder out = new StringBuilder();
        for (DetailField f : Kinds.CATALOG.describe(row).fields()) {
            out.append(f.label()).append('=').append(f.value()).append('\n');
        }
        Row typed = Kinds.CATALOG.row(row);
        Kinds.CATALOG.of(row.kind()).columns().forEach(c -> out.append(c.value().apply(typed)).append('\n'));
        return out.toString();
    }

    static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }
}
