package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunDetails;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.Runs;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.TasksData;
import dev.acrconsole.ui.fx.DateField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs and their logs from the real window, against the sandbox over HTTPS, into a real cache. */
class RunsWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(800)).withRetryAfterSeconds(1);

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private List<CachedResource> runRows() throws Exception {
        // Not there yet (the page is being built) reads as no rows.
        return onFx(() -> lookup("#runs-table").<TableView<Row>>tryQuery().map(t -> t.getItems().stream().map(Row::resource).toList())
                .orElse(List.of()));
    }

    private RunDetails row(String runId) throws Exception {
        return runRows().stream().map(r -> RunDetails.parse(r.json())).filter(d -> d.runId().equals(runId)).findFirst().orElse(null);
    }

    private void select(String runId) throws Exception {
        onFx(() -> {
            TableView<Row> table = lookup("#runs-table").query();
            table.getItems().stream().filter(r -> r.name().equals(runId)).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            return null;
        });
    }

    private int logLines() throws Exception {
        return onFx(() -> lookup("#log-lines").<ListView<Integer>>query().getItems().size());
    }

    private void openRuns() throws Exception {
        selectInTree("Runs", "contosoprodacr");
        waitUntil("the runs show", () -> !runRows().isEmpty() && text("#runs-fetched").startsWith("Fetched"));
    }

    @Test
    void aDockerBuildScheduledFromTheUiIsTailedLiveThenShowsWithItsImageAndItsLogOpensOffline() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        services.sandbox().orElseThrow().runs().setRunDuration(Duration.ofSeconds(8));
        openRuns();
        shoot("runs-table");
        clickOn("#run-schedule");
        onFx(() -> {
            lookup("#schedule-source").<TextField>query().setText("https://github.com/contoso/webapp.git#main");
            lookup("#schedule-images").<TextField>query().setText("webapp:ui1");
            return null;
        });
        shootDialog("schedule-run-dialog", "#schedule-run");
        clickOn("#schedule-run-ok");

        waitUntil("the run is followed", () -> model.operations().rows().stream()
                .anyMatch(op -> op.title().startsWith("Build webapp:ui1") && op.targetId().contains("/runs/")));
        Operation op = model.operations().rows().stream().filter(o -> o.title().startsWith("Build webapp:ui1")).findFirst().orElseThrow();
        String runId = op.targetId().substring(op.targetId().lastIndexOf('/') + 1);
        waitUntil("the new run is in the table", () -> row(runId) != null);
        select(runId);
        clickOn("#run-log");
        waitUntil("the log starts", () -> logLines() > 0);
        int early = logLines();
        assertThat(RunDetails.parse(services.store().get(op.scope(), op.targetId()).orElseThrow().json()).terminal())
                .as("still running while its first lines show").isFalse();
        waitUntil("more lines arrive while it runs", () -> logLines() > early + 3);
        assertThat(text("#log-status")).contains("following");
        shootDialog("run-log-tailing", "#log-lines");
        waitUntil("the log is complete", () -> text("#log-status").contains("Complete"));
        assertThat(onFx(() -> lookup("#log-lines").<ListView<Integer>>query().getItems().size())).isGreaterThan(30);

        waitUntil("the table shows it succeeded", () -> row(runId) != null && "Succeeded".equals(row(runId).status()));
        assertThat(row(runId).outputImages()).singleElement().asString().contains("/webapp:" + runId + "@sha256:");
        shoot("runs-after-build");
        // Scheduling again starts from what was typed (a refused or failed run is fixed, not typed anew).
        onFx(() -> {
            lookup("#run-schedule").queryButton().fire(); // the log window is still open over the main window
            return null;
        });
        waitUntil("the form opens again", () -> visible("#schedule-images"));
        assertThat(onFx(() -> lookup("#schedule-images").<TextField>query().getText())).isEqualTo("webapp:ui1");
        onFx(() -> {
            lookup("#schedule-images").query().getScene().getWindow().hide();
            return null;
        });

        closeWindow();
        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(60, TimeUnit.SECONDS);
        selectInTree("Runs", "contosoprodacr");
        waitUntil("the cached run shows offline", () -> row(runId) != null);
        select(runId);
        clickOn("#run-log");
        waitUntil("the archived log opens offline", () -> text("#log-status").contains("Archived"));
        assertThat(logLines()).isGreaterThan(30);
        shootDialog("run-log-offline", "#log-lines");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain("sig=").doesNotContain("rawtext.log");
            }
        }
    }

    @Test
    void filteringByStatusAndTaskSendsFilterAndTopAndTheTablePages() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openRuns();
        onFx(() -> {
            lookup("#runs-status").<ComboBox<String>>query().setValue("Succeeded");
            lookup("#runs-task").<ComboBox<String>>query().setValue("build-webapp");
            lookup("#runs-top").<TextField>query().setText("40");
            return null;
        });
        clickOn("#runs-apply");
        Runs runs = services.sandbox().orElseThrow().runs();
        waitUntil("the sandbox received the filter", () -> runs.listQueries().contains(new Runs.ListQuery("contosoprodacr",
                "TaskName eq 'build-webapp' and Status eq 'Succeeded'", 40)));
        // The cached runs that match show first; the server's page replaces them: wait for a full page of 25.
        waitUntil("the first page is filtered", () -> text("#runs-fetched").contains("$top 40") && runRows().size() == 25
                && runRows().stream().allMatch(r -> r.json().contains("\"status\":\"Succeeded\"") && r.json().contains("build-webapp")));
        long expected = services.sandbox().orElseThrow().data().tasks().runs().stream()
                .filter(r -> r.status().equals("Succeeded") && "build-webapp".equals(r.task())).count();
        assertThat(expected).as("enough sample runs to page").isGreaterThan(25);
        assertThat(runRows()).hasSize(25);
        assertThat(text("#runs-page")).startsWith("Runs 1–25");
        List<String> first = runRows().stream().map(CachedResource::name).toList();
        shoot("runs-filtered");
        clickOn("#runs-next");
        waitUntil("the second page shows", () -> text("#runs-page").startsWith("Runs 26–"));
        List<String> second = runRows().stream().map(CachedResource::name).toList();
        assertThat(second).doesNotContainAnyElementsOf(first).hasSize((int) Math.min(expected, 40) - 25);
        clickOn("#runs-previous");
        waitUntil("back on the first page", () -> runRows().stream().map(CachedResource::name).toList().equals(first));
        onFx(() -> {
            lookup("#runs-top").<TextField>query().setText("5000");
            return null;
        });
        int before = runs.listQueries().size();
        clickOn("#runs-apply");
        assertThat(text("#runs-top-error")).contains("1 to 1000");
        assertThat(runs.listQueries()).hasSize(before);

        // A day typed into From that does not read is kept and said, and the filter is not applied without it.
        clickOn(lookup("#runs-from").<DateField>query().text()).write("last week");
        type(KeyCode.TAB);
        clickOn("#runs-apply");
        assertThat(text("#runs-from-error")).isEqualTo(
                "From: 'last week' is not a day: type it as year-month-day (YYYY-MM-DD), or pick it.");
        assertThat(onFx(() -> lookup("#runs-from").<DateField>query().text().getText())).isEqualTo("last week");
        assertThat(runs.listQueries()).hasSize(before);
        shoot("runs-bad-day");
    }

    @Test
    void cancelingARunningRunShowsCanceledWithoutARefresh() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openRuns();
        String running = services.sandbox().orElseThrow().data().tasks().runs().stream()
                .filter(r -> r.status().equals("Running")).findFirst().orElseThrow().runId();
        waitUntil("the running run shows", () -> row(running) != null && "Running".equals(row(running).status()));
        select(running);
        clickOn("#run-cancel");
        waitUntil("it shows canceled", () -> "Canceled".equals(row(running).status()));
        shoot("run-canceled");
    }

    @Test
    void theFiftyMegabyteLogShowsItsFirstScreenAndSearchFindsALineNearTheEnd() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openRuns();
        TasksData.SampleRun huge = services.sandbox().orElseThrow().data().tasks().runs().stream()
                .filter(r -> r.logLines() > 500_000).findFirst().orElseThrow();
        waitUntil("the run with the big log shows", () -> row(huge.runId()) != null);
        select(huge.runId());
        long started = System.nanoTime();
        clickOn("#run-log");
        waitUntil("the first screen shows", () -> logLines() > 40);
        long firstScreenMs = (System.nanoTime() - started) / 1_000_000;
        shootDialog("run-log-huge", "#log-lines");
        waitUntil("it is all read", () -> text("#log-status").contains("Complete"));
        int total = logLines();
        assertThat(total).isEqualTo(huge.logLines());
        clickOn("#log-search").write("end of log " + huge.runId());
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("search finds the last line", () -> text("#log-search-status").startsWith("Line"));
        int hit = onFx(() -> lookup("#log-lines").<ListView<Integer>>query().getSelectionModel().getSelectedIndex());
        assertThat(hit).isEqualTo(total - 1);
        shootDialog("run-log-huge-search", "#log-lines");
        System.out.println("50 MB log: first screen after " + firstScreenMs + " ms (through the UI test robot)");
    }

    @Test
    void theLogsSearchCountsItsMatchesAndWrapsAroundAndEscapeOrCtrlWCloseIt() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openRuns();
        List<String> shown = runRows().stream().map(CachedResource::name).toList();
        TasksData.SampleRun small = services.sandbox().orElseThrow().data().tasks().runs().stream()
                .filter(r -> shown.contains(r.runId()) && r.logLines() > 200 && r.logLines() < 5_000
                        && !"Running".equals(r.status()) && !"Queued".equals(r.status()))
                .findFirst().orElseThrow();
        select(small.runId());
        clickOn("#run-log");
        waitUntil("it is all read", () -> text("#log-status").contains("Complete"));
        // What the user sees: every line, copied; the matches are counted from that.
        clickOn("#log-lines");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A);
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C);
        String copied = onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        List<Integer> expected = new java.util.ArrayList<>();
        String[] all = copied.split("\n");
        for (int i = 0; i < all.length; i++) {
            if (all[i].toLowerCase().contains("successfully tagged")) {
                expected.add(i);
            }
        }
        assertThat(expected).as("the sample log tags its image more than once").hasSizeGreaterThan(2);

        clickOn("#log-search").write("SUCCESSFULLY TAGGED");
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("the first match is counted", () -> text("#log-search-status").equals(String.format("Line %,d · match 1 of %,d",
                expected.getFirst() + 1, expected.size())));
        assertThat(selectedLogLine()).isEqualTo(expected.getFirst());
        for (int i = 2; i <= expected.size(); i++) {
            type(javafx.scene.input.KeyCode.ENTER);
            int n = i;
            waitUntil("match " + n, () -> text("#log-search-status").contains("match " + n + " of"));
        }
        assertThat(selectedLogLine()).isEqualTo(expected.getLast());
        type(javafx.scene.input.KeyCode.ENTER);
        waitUntil("it wraps to the first", () -> text("#log-search-status").endsWith("match 1 of " + expected.size() + " (from the top)"));
        assertThat(selectedLogLine()).isEqualTo(expected.getFirst());
        push(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.F3);
        waitUntil("back wraps to the last", () -> text("#log-search-status").endsWith(
                "match " + expected.size() + " of " + expected.size() + " (from the end)"));

        javafx.stage.Window log = onFx(() -> lookup("#log-lines").query().getScene().getWindow());
        type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil("Escape closes the log", () -> !log.isShowing());
        clickOn("#run-log");
        waitUntil("it opens again", () -> visible("#log-lines"));
        javafx.stage.Window again = onFx(() -> lookup("#log-lines").query().getScene().getWindow());
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.W);
        waitUntil("Ctrl+W closes it", () -> !again.isShowing());
    }

    private int selectedLogLine() throws Exception {
        return onFx(() -> lookup("#log-lines").<ListView<Integer>>query().getSelectionModel().getSelectedIndex());
    }
}
