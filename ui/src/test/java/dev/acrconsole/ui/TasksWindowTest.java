package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks, their chart, task runs and agent pools from the real window against the sandbox. */
class TasksWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(800)).withRetryAfterSeconds(1);

    @TempDir
    java.nio.file.Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private List<CachedResource> rows() throws Exception {
        return onFx(() -> lookup("#child-table").<TableView<Row>>tryQuery().map(t -> t.getItems().stream().map(Row::resource).toList())
                .orElse(List.of()));
    }

    private void selectRow(String name) throws Exception {
        onFx(() -> {
            TableView<Row> t = lookup("#child-table").query();
            t.getItems().stream().filter(r -> r.name().equals(name)).findFirst().ifPresent(r -> t.getSelectionModel().select(r));
            return null;
        });
    }

    @Test
    void aTasksDetailsComeFromGetDetailsWithoutSecretsAndItsChartShowsItsRuns() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("Tasks", "contosoprodacr");
        waitUntil("the tasks show", () -> rows().size() == 4);
        selectRow("build-webapp");
        waitUntil("the credentials from getDetails show", () -> visible("#field-credentials")
                && text("#field-credentials").contains("contosoreleases.azurecr.io"));
        assertThat(text("#field-credentials")).contains("password not shown").doesNotContain("sandbox-secret");
        CachedResource cached = services.store().get(services.viewScope(), rows().stream()
                .filter(r -> r.name().equals("build-webapp")).findFirst().orElseThrow().id()).orElseThrow();
        assertThat(cached.json()).doesNotContain("sandbox-secret").doesNotContain("ghp_");
        waitUntil("the chart shows its runs", () -> text("#task-chart-summary").contains("% of the last"));
        assertThat(onFx(() -> lookup("#task-chart").<BarChart<String, Number>>query().getData().getFirst().getData().size()))
                .isGreaterThan(5);
        shoot("task-details-and-chart");
    }

    @Test
    void aBadCronIsRefusedWhereItIsTypedThenAGoodTaskIsCreatedAndRun() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("Tasks", "contosodevacr");
        waitUntil("the tasks show", () -> !rows().isEmpty());
        clickOn("#task-create");
        clickOn("#task-name").write("nightly-ui");
        clickOn("#task-schedule").write("every night");
        int before = services.sandbox().orElseThrow().requestCount();
        clickOn("#task-form-ok");
        assertThat(text("#task-schedule-error")).contains("five fields");
        shootDialog("task-create-refused", "#task-form");
        assertThat(services.sandbox().orElseThrow().requestCount()).isEqualTo(before);
        onFx(() -> {
            lookup("#task-schedule").<TextField>query().setText("0 2 * * *");
            return null;
        });
        clickOn("#task-form-ok");
        waitUntil("it is created", () -> operation("Create task nightly-ui") != null
                && operation("Create task nightly-ui").state() == Operation.State.Succeeded);
        waitUntil("it is in the table", () -> rows().stream().anyMatch(r -> r.name().equals("nightly-ui")));
        selectRow("nightly-ui");
        clickOn("#task-run");
        waitUntil("its run is followed to the end", () -> operation("Run task nightly-ui") != null
                && operation("Run task nightly-ui").state().terminal());
        assertThat(operation("Run task nightly-ui").state()).isEqualTo(Operation.State.Succeeded);
    }

    @Test
    void anAgentPoolIsScaledAndShowsItsQueue() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree("Agent pools", "contosoprodacr");
        waitUntil("the pools show", () -> rows().size() == 2);
        selectRow("buildpool");
        waitUntil("its queue shows", () -> visible("#field-queued-runs") && "1".equals(text("#field-queued-runs")));
        clickOn("#pool-scale");
        onFx(() -> {
            lookup("#pool-scale-count").<TextField>query().setText("500");
            return null;
        });
        clickOn("#pool-scale-form-ok");
        assertThat(text("#pool-scale-count-error")).contains("0 to 100");
        onFx(() -> {
            lookup("#pool-scale-count").<TextField>query().setText("3");
            return null;
        });
        clickOn("#pool-scale-form-ok");
        waitUntil("it is scaled", () -> operation("Scale agent pool buildpool to 3") != null
                && operation("Scale agent pool buildpool to 3").state() == Operation.State.Succeeded);
        waitUntil("the table shows 3 agents", () -> rows().stream().anyMatch(r -> r.name().equals("buildpool")
                && r.json().contains("\"count\":3")));
        waitUntil("the details show the queue again after the reload", () -> "3".equals(text("#field-agents"))
                && "1".equals(text("#field-queued-runs")));
        shoot("agent-pools");
        selectInTree("Task runs", "contosoprodacr");
        waitUntil("the task runs show", () -> rows().stream().anyMatch(r -> r.name().equals("deploy-webapp")));
        selectRow("deploy-webapp");
        waitUntil("its details show", () -> visible("#field-task") && "build-webapp".equals(text("#field-task")));
        shoot("task-runs");
    }
}
