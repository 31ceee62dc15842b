package dev.acrconsole.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule-run form without the toolkit: each kind's required fields, and a scheduled run followed to its end. */
class ScheduleRunViewModelTest {
    private static final String SOURCE = "https://github.com/contoso/webapp.git#main";

    @TempDir
    Path dir;

    private static Messages messages(ScheduleRunViewModel m) {
        return Messages.of(m, RunActions.SOURCE, RunActions.DOCKERFILE, RunActions.IMAGES, RunActions.TASK_FILE,
                RunActions.YAML, RunActions.TASK, RunActions.VALUES);
    }

    /** The sandbox with runs that end a second after they are scheduled. */
    private static PageFixture quickRuns(Path dir) {
        PageFixture f = PageFixture.quick(dir);
        f.sandbox().runs().setRunDuration(Duration.ofSeconds(1));
        return f;
    }

    /** A Docker build of {@code image} scheduled from the form, followed until it ends. */
    private static Operation build(PageFixture f, Row registry, String image) {
        ScheduleRunViewModel m = new ScheduleRunViewModel(f.context, registry);
        m.source().set(SOURCE);
        m.images().set(image);
        return f.ended(m.submit());
    }

    @Test
    void theRegistrysCachedAgentPoolsAreOffered() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosoprodacr");
            ScheduleRunViewModel m = new ScheduleRunViewModel(f.context, registry);
            assertThat(PageFixture.await(m.cachedPools())).as("none fetched yet").isEmpty();
            List<String> pools = f.fetch(registry, dev.acrconsole.app.agentpools.AgentPoolKind.KIND).stream().map(Row::name).sorted().toList();
            assertThat(pools).as("the sample's Premium registry has pools").isNotEmpty();
            assertThat(PageFixture.await(m.cachedPools())).isEqualTo(pools);
        }
    }

    @Test
    void eachKindOfRunAsksForItsOwnFieldsAndNothingIsSentWhileOneIsMissing() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            ScheduleRunViewModel m = new ScheduleRunViewModel(f.context, f.registry("contosoprodacr"));
            Messages shown = messages(m);
            int requests = f.sandbox().requestCount();
            assertThat(m.kind().get()).isEqualTo(RunRequestForm.Kind.DOCKER_BUILD);
            assertThat(m.source().get()).as("an example is a prompt, not a value").isEmpty();
            m.source().set(SOURCE);

            m.images().set(" "); // typed and wiped: blank, as it starts (a prompt, no value)
            m.dockerfile().set(" ");
            assertThat(shown.showing()).containsOnly(Map.entry(RunActions.IMAGES, "Name at least one image to build, e.g. webapp:v1."),
                    Map.entry(RunActions.DOCKERFILE, "Say which Dockerfile to build, e.g. Dockerfile."));
            assertThat(m.submit()).isNull();

            m.kind().set(RunRequestForm.Kind.FILE_TASK);
            assertThat(shown.showing()).as("a task file run needs neither Dockerfile nor images").isEmpty();
            m.taskFile().set("");
            assertThat(shown.showing()).containsOnly(Map.entry(RunActions.TASK_FILE, "Say which task file to run, e.g. acb.yaml."));

            m.kind().set(RunRequestForm.Kind.ENCODED_TASK);
            m.yaml().set("");
            assertThat(shown.showing()).containsOnly(Map.entry(RunActions.YAML, "Write the task's YAML (steps: …)."));

            m.kind().set(RunRequestForm.Kind.TASK);
            assertThat(shown.showing()).as("the form was submitted once: what is missing shows at once")
                    .containsOnly(Map.entry(RunActions.TASK, "Choose the task to run."));
            m.task().set("build-webapp");
            m.values().set("env=prod\nnovalue");
            assertThat(shown.showing()).containsOnly(Map.entry(RunActions.VALUES,
                    "Write one name=value a line ('secret name=value' for a secret); 'novalue' has no name."));
            assertThat(m.submit()).isNull();

            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void aScheduledBuildIsFollowedToItsEndAndTheRunIsCachedAsItEnded() {
        try (PageFixture f = quickRuns(dir)) {
            Row registry = f.registry("contosoprodacr");

            Operation op = build(f, registry, "webapp:vma");

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Build webapp:vma on contosoprodacr");
            assertThat(op.pollMode()).isEqualTo(Operation.PollMode.run);
            assertThat(op.targetId()).as("the run became the target").startsWith(registry.id() + "/runs/");
            assertThat(op.cancelPath()).startsWith(op.targetId() + "/cancel?api-version=");
            RunDetails run = f.row(op.targetId()).details(RunDetails.class);
            assertThat(run.status()).isEqualTo("Succeeded");
            assertThat(f.atArm(op.targetId()).at("/properties/status").asText()).isEqualTo("Succeeded");
        }
    }

    @Test
    void aFailingBuildEndsFailedAndARunOfAnExistingTaskWithValuesSucceeds() {
        try (PageFixture f = quickRuns(dir)) {
            Row registry = f.registry("contosoprodacr");

            Operation failed = build(f, registry, "failing-app:vma");
            assertThat(failed.state()).isEqualTo(Operation.State.Failed);
            assertThat(failed.errorCode()).isNotBlank();
            assertThat(f.row(failed.targetId()).details(RunDetails.class).status()).isEqualTo("Failed");

            ScheduleRunViewModel task = new ScheduleRunViewModel(f.context, registry);
            task.kind().set(RunRequestForm.Kind.TASK);
            task.task().set("build-webapp");
            task.values().set("env=prod");
            Operation ran = f.ended(task.submit());
            assertThat(ran.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(ran.title()).isEqualTo("Run task build-webapp on contosoprodacr");
            assertThat(f.row(ran.targetId()).details(RunDetails.class).task()).isEqualTo("build-webapp");
        }
    }
}
