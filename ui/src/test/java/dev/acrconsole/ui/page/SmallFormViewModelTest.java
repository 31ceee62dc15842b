package dev.acrconsole.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.agentpools.AgentPoolActions;
import dev.acrconsole.app.agentpools.AgentPoolKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.taskruns.TaskRunActions;
import dev.acrconsole.cache.Operation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small forms without the toolkit, built with app's rules and requests as the task run and agent pool dialogs build
 * them: each field checked as it changes, the request sent only when the rules find nothing wrong.
 */
class SmallFormViewModelTest {
    @TempDir
    Path dir;

    /** The create-task-run form, as TaskRunDialogs makes it. */
    private static SmallFormViewModel taskRun(PageFixture f, Row registry) {
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(TaskRunActions.NAME, "");
        initial.put(TaskRunActions.TASK, "");
        initial.put(TaskRunActions.VALUES, "");
        return new SmallFormViewModel(f.context, registry.scope(), initial,
                v -> TaskRunActions.validate(v.get(TaskRunActions.NAME), v.get(TaskRunActions.TASK), v.get(TaskRunActions.VALUES), true),
                v -> TaskRunActions.create(registry.id(), registry.location(), registry.tenantId(), v.get(TaskRunActions.NAME),
                        v.get(TaskRunActions.TASK), v.get(TaskRunActions.VALUES)));
    }

    /** The create-agent-pool form, as AgentPoolDialogs makes it. */
    private static SmallFormViewModel agentPool(PageFixture f, Row registry) {
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(AgentPoolActions.NAME, "");
        initial.put("tier", "S1");
        initial.put(AgentPoolActions.COUNT, "1");
        initial.put(AgentPoolActions.SUBNET, "");
        return new SmallFormViewModel(f.context, registry.scope(), initial,
                v -> AgentPoolActions.validate(v.get(AgentPoolActions.NAME), v.get(AgentPoolActions.COUNT), v.get(AgentPoolActions.SUBNET), true),
                v -> AgentPoolActions.create(registry.id(), registry.location(), registry.tenantId(), v.get(AgentPoolActions.NAME),
                        v.get("tier"), v.get(AgentPoolActions.COUNT), v.get(AgentPoolActions.SUBNET)));
    }

    @Test
    void aTaskRunIsCheckedFieldByFieldAndSentOnlyWhenRight() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            SmallFormViewModel m = taskRun(f, registry);
            Messages shown = Messages.of(m, TaskRunActions.NAME, TaskRunActions.TASK, TaskRunActions.VALUES);
            int requests = f.sandbox().requestCount();
            assertThat(m.field("nothing")).isNull();

            m.field(TaskRunActions.NAME).set("tr");
            assertThat(shown.showing()).containsExactly(Map.entry(TaskRunActions.NAME, "Use 5 to 50 letters, digits, hyphens and underscores."));
            m.field(TaskRunActions.VALUES).set("=prod");
            assertThat(shown.of(TaskRunActions.VALUES)).endsWith("'=prod' has no name.");
            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(TaskRunActions.NAME, TaskRunActions.TASK, TaskRunActions.VALUES);
            assertThat(shown.of(TaskRunActions.TASK)).isEqualTo("Choose the task it runs.");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();

            m.field(TaskRunActions.NAME).set("vma-deploy");
            m.field(TaskRunActions.TASK).set("build-webapp");
            m.field(TaskRunActions.VALUES).set("env=prod");
            assertThat(shown.showing()).isEmpty();
            Operation op = f.ended(m.submit());

            String id = registry.id() + "/taskRuns/vma-deploy";
            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Create task run vma-deploy");
            assertThat(f.atArm(id).at("/properties/runRequest/taskId").asText()).endsWith("/tasks/build-webapp");
            assertThat(f.atArm(id).at("/properties/runRequest/overrideTaskStepProperties/values/0/name").asText()).isEqualTo("env");
        }
    }

    @Test
    void anAgentPoolIsCreatedAndScaledOnlyWithinTheRules() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            SmallFormViewModel create = agentPool(f, registry);
            Messages shown = Messages.of(create, AgentPoolActions.NAME, AgentPoolActions.COUNT, AgentPoolActions.SUBNET);

            create.field(AgentPoolActions.COUNT).set("101");
            assertThat(shown.showing()).containsExactly(Map.entry(AgentPoolActions.COUNT, "Use a whole number of agents from 0 to 100."));
            create.field(AgentPoolActions.SUBNET).set("subnet-1");
            assertThat(shown.of(AgentPoolActions.SUBNET)).startsWith("Give the subnet's resource ID");
            assertThat(create.submit()).isNull();
            assertThat(shown.of(AgentPoolActions.NAME)).isEqualTo("Use 3 to 20 letters, digits and hyphens.");
            assertThat(f.services.journal().all()).isEmpty();

            create.field(AgentPoolActions.NAME).set("vmapool");
            create.field("tier").set("S2");
            create.field(AgentPoolActions.COUNT).set("2");
            create.field(AgentPoolActions.SUBNET).set("");
            Operation made = f.ended(create.submit());
            String id = registry.id() + "/agentPools/vmapool";
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(f.atArm(id).at("/properties/tier").asText()).isEqualTo("S2");
            assertThat(f.atArm(id).at("/properties/count").asInt()).isEqualTo(2);

            // Scale, as AgentPoolDialogs.scale makes its form from the cached pool.
            Row pool = f.fetch(registry, AgentPoolKind.KIND).stream().filter(p -> p.name().equals("buildpool")).findFirst().orElseThrow();
            SmallFormViewModel scale = new SmallFormViewModel(f.context, pool.scope(),
                    Map.of(AgentPoolActions.COUNT, f.atArm(pool.id()).at("/properties/count").asText()),
                    v -> AgentPoolActions.validate(null, v.get(AgentPoolActions.COUNT), null, false),
                    v -> AgentPoolActions.scale(pool.id(), pool.tenantId(), v.get(AgentPoolActions.COUNT)));
            Messages scaleShown = Messages.of(scale, AgentPoolActions.COUNT);
            scale.field(AgentPoolActions.COUNT).set("three");
            assertThat(scaleShown.of(AgentPoolActions.COUNT)).isEqualTo("Use a whole number of agents from 0 to 100.");
            assertThat(scale.submit()).isNull();
            scale.field(AgentPoolActions.COUNT).set("3");
            Operation scaled = f.ended(scale.submit());
            assertThat(scaled.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(scaled.title()).isEqualTo("Scale agent pool buildpool to 3");
            assertThat(f.atArm(pool.id()).at("/properties/count").asInt()).isEqualTo(3);
        }
    }
}
