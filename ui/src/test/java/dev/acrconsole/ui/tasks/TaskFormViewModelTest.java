package dev.acrconsole.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tasks.TaskForm;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.app.tasks.TaskRules;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task form without the toolkit: a timer's cron and the step's fields checked where typed, creates and edits sent. */
class TaskFormViewModelTest {
    private static final String FIVE_FIELDS = "Use five fields: minute hour day-of-month month day-of-week (UTC), "
            + "e.g. 0 9 * * * for 09:00 every day.";

    @TempDir
    Path dir;

    private static Messages messages(TaskFormViewModel m) {
        return Messages.of(m, TaskRules.NAME, TaskRules.CONTEXT, TaskRules.DOCKERFILE, TaskRules.IMAGES, TaskRules.TASK_FILE,
                TaskRules.YAML, TaskRules.TIMEOUT, TaskRules.SCHEDULE);
    }

    @Test
    void aBadCronIsRefusedWhereItIsTypedAndTheStepsFieldsFollowTheStep() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            TaskFormViewModel m = new TaskFormViewModel(f.context, f.registry("contosoprodacr"), null);
            Messages shown = messages(m);
            int requests = f.sandbox().requestCount();

            m.schedule.set("61 * * * *");
            assertThat(shown.of(TaskRules.SCHEDULE)).startsWith("Not a valid schedule (").endsWith(FIVE_FIELDS);
            m.schedule.set("0 9 * *");
            assertThat(shown.showing()).containsExactly(Map.entry(TaskRules.SCHEDULE, "This has 4 fields. " + FIVE_FIELDS));
            m.images.set("WebApp:v1");
            assertThat(shown.of(TaskRules.IMAGES)).startsWith("'WebApp:v1' is not an image name");

            m.step.set(TaskForm.Step.FILE);
            m.taskFile.set("");
            assertThat(shown.of(TaskRules.IMAGES)).as("a Docker step's field does not count for a file task").isEmpty();
            assertThat(shown.of(TaskRules.TASK_FILE)).isEqualTo("Say which task file to run, e.g. acb.yaml.");

            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(TaskRules.NAME, TaskRules.TASK_FILE, TaskRules.SCHEDULE);
            assertThat(shown.of(TaskRules.NAME)).isEqualTo("Use 5 to 50 letters, digits, hyphens and underscores.");
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();

            m.schedule.set("");
            assertThat(shown.of(TaskRules.SCHEDULE)).as("no timer at all is fine").isEmpty();
        }
    }

    @Test
    void aGoodTaskWithATimerIsCreatedInTheSandbox() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            TaskFormViewModel m = new TaskFormViewModel(f.context, registry, null);
            m.name.set("vma-nightly-build");
            m.schedule.set("30 1 * * *");
            m.timeout.set("1800");

            Operation op = f.ended(m.submit());

            String id = registry.id() + "/tasks/vma-nightly-build";
            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Create task vma-nightly-build");
            assertThat(f.atArm(id).at("/properties/step/type").asText()).isEqualTo("Docker");
            assertThat(f.atArm(id).at("/properties/step/imageNames/0").asText()).isEqualTo("webapp:{{.Run.ID}}");
            assertThat(f.atArm(id).at("/properties/trigger/timerTriggers/0/schedule").asText()).isEqualTo("30 1 * * *");
            assertThat(f.atArm(id).at("/properties/timeout").asInt()).isEqualTo(1800);
            assertThat(f.find(id)).as("re-read into the cache").isPresent();
        }
    }

    @Test
    void editingStartsFromTheCachedTaskAndSendsTheChanges() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("contosoprodacr");
            f.fetch(registry, TaskKind.KIND);
            Row task = f.child(registry, TaskKind.KIND, "nightly-scan");
            TaskFormViewModel m = new TaskFormViewModel(f.context, registry, task);
            Messages shown = messages(m);
            assertThat(m.editing()).isTrue();
            assertThat(m.name.get()).isEqualTo("nightly-scan");
            assertThat(m.step.get()).isEqualTo(TaskForm.Step.FILE);
            assertThat(m.schedule.get()).isEqualTo("0 2 * * *");
            assertThat(m.enabled.get()).isTrue();

            m.timeout.set("100");
            assertThat(shown.of(TaskRules.TIMEOUT)).isEqualTo("Use a whole number of seconds from 300 to 28800 (8 hours).");
            m.timeout.set("7200");
            m.schedule.set("0 4 * * *");
            m.enabled.set(false);
            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.method()).isEqualTo("PATCH");
            assertThat(op.targetId()).isEqualTo(task.id());
            assertThat(f.atArm(task.id()).at("/properties/status").asText()).isEqualTo("Disabled");
            assertThat(f.atArm(task.id()).at("/properties/timeout").asInt()).isEqualTo(7200);
            assertThat(f.atArm(task.id()).at("/properties/trigger/timerTriggers").toString()).contains("0 4 * * *");
        }
    }
}
