package dev.acrconsole.ui.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cleanup.CleanupRules;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean-up planner without the toolkit: bad rules are refused where typed and nothing is read or sent; a dry run
 * lists what the run then deletes, no more; the CSV is the list; the schedule is an ACR task running acr purge.
 */
class CleanupViewModelTest {
    @TempDir
    Path dir;

    @Test
    void badRulesAreRefusedWhereTypedAndNothingIsReadOrSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            CleanupViewModel m = new CleanupViewModel(f.context, f.registry("contosoprodacr"));
            Messages shown = Messages.of(m, CleanupRules.INCLUDE, CleanupRules.KEEP);
            m.includeProperty().set("v(");
            m.keepProperty().set("-2");
            int requests = f.sandbox().requestCount();

            assertThat(m.dryRun()).isNull();
            assertThat(shown.of(CleanupRules.INCLUDE)).startsWith("Not a regular expression: ");
            assertThat(shown.of(CleanupRules.KEEP)).contains("-2 is out of range");
            assertThat(m.includeProperty().get()).as("what was typed stays").isEqualTo("v(");
            assertThat(m.purgeProperty().get()).as("no command for rules that do not read").isEmpty();
            assertThat(f.sandbox().requestCount()).isEqualTo(requests);
        }
    }

    @Test
    void aDryRunKeepsTheSignedImagesSignaturesAndSbomsAndSaysSo() throws Exception {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            CleanupViewModel m = new CleanupViewModel(f.context, web(f));
            m.keepProperty().set("1");
            m.daysProperty().set("1"); // the referrers of the signed image (1.3.0) are 2 and 3 days old: candidates

            PageFixture.await(m.dryRun());

            assertThat(m.lines()).filteredOn(l -> l.what().equals("manifest")).as("untagged images still go").isNotEmpty();
            assertThat(m.summaryProperty().get())
                    .endsWith(" 3 untagged signatures, SBOMs or attestations are kept: they belong to other manifests"
                            + " (acr purge keeps them too).");
        }
    }

    @Test
    void aRepositorysDryRunListsWhatItsRunDeletesAndTheScheduleIsAnAcrPurgeTask() throws Exception {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosoprodacr");
            Row web = web(f);
            CleanupViewModel m = new CleanupViewModel(f.context, web);
            assertThat(m.repositoriesProperty().get()).isEqualTo("apps/web");
            m.keepProperty().set("1");
            m.daysProperty().set("30");

            PageFixture.await(m.dryRun());
            List<String> listed = m.lines().stream().filter(l -> l.what().equals("tag")).map(CleanupViewModel.Line::name).toList();
            assertThat(listed).as("apps/web has tags older than 30 days beyond the newest").isNotEmpty();
            assertThat(m.summaryProperty().get()).startsWith(listed.size() + " tags and ");
            Path csv = dir.resolve("plan.csv");
            PageFixture.await(m.exportCsv(csv));
            assertThat(Files.readAllLines(csv)).hasSize(m.lines().size() + 1);

            List<String> before = f.sandbox().dataPlaneContents().tags("contosoprodacr.azurecr.io", "apps/web");
            Operation run = f.ended(m.run());
            assertThat(run.state()).isEqualTo(Operation.State.Succeeded);
            List<String> expected = new ArrayList<>(before);
            expected.removeAll(listed);
            assertThat(f.sandbox().dataPlaneContents().tags("contosoprodacr.azurecr.io", "apps/web"))
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(f.context.children(web, TagKind.KIND)).extracting(Row::name).doesNotContainAnyElementsOf(listed);

            m.taskNameProperty().set("purge-web");
            Operation task = f.ended(m.schedule());
            assertThat(task.state()).isEqualTo(Operation.State.Succeeded);
            var json = Json.read(f.find(registry.id() + "/tasks/purge-web").orElseThrow().resource().json());
            String yaml = new String(Base64.getDecoder().decode(json.path("properties").path("step")
                    .path("encodedTaskContent").asText()), StandardCharsets.UTF_8);
            assertThat(yaml).contains("acr purge --filter '^apps/web$:^.*$' --ago 30d --keep 1 --untagged");
        }
    }

    @Test
    void changingARuleClearsTheDryRunSoARunNeverDeletesWhatWasNotShown() throws Exception {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("contosoprodacr");
            f.fetch(registry, RepositoryKind.KIND);
            CleanupViewModel m = new CleanupViewModel(f.context, registry);
            m.keepProperty().set("0");
            PageFixture.await(m.dryRun());
            assertThat(m.lines()).isNotEmpty();

            m.daysProperty().set("3650");

            assertThat(m.lines()).isEmpty();
            assertThat(m.run()).as("no plan on screen: nothing to run").isNull();
            assertThat(m.summaryProperty().get()).startsWith("Do a dry run first");
        }
    }

    /** contosoprodacr's apps/web (with the signed image), its repositories read first. */
    private static Row web(PageFixture f) {
        return f.fetch(f.registry("contosoprodacr"), RepositoryKind.KIND).stream().filter(r -> r.name().equals("apps/web"))
                .findFirst().orElseThrow();
    }
}
