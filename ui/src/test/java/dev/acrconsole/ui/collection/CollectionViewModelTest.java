package dev.acrconsole.ui.collection;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunActions;
import dev.acrconsole.app.runs.RunRequestForm;
import dev.acrconsole.app.tasks.TaskKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheChanges;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.runs.RunsViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry's collection page without the toolkit: rows, freshness, details read on selection, and what it re-reads. */
class CollectionViewModelTest {
    @TempDir
    Path dir;

    private static SandboxData.Registry premium(PageFixture f) {
        return f.sandbox().data().registries().stream().filter(r -> r.name().equals("contosoprodacr")).findFirst().orElseThrow();
    }

    @Test
    void theCachedRowsShowThenTheRefreshedOnesWithWhenTheyWereFetched() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            String registry = premium(f).id();
            CollectionViewModel tokens = new CollectionViewModel(f.context, registry, f.scope(), TokenKind.KIND);
            tokens.activate();

            assertThat(tokens.title()).isEqualTo("Tokens");
            assertThat(tokens.rows()).extracting(Row::name).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(f.services.store().children(f.scope(), registry, TokenKind.KIND)
                            .stream().map(r -> r.name()).toList());
            assertThat(tokens.statusProperty().get()).startsWith("Fetched ");
            assertThat(tokens.columns()).extracting(c -> c.header()).containsExactly("Name", "Status", "Scope map", "Created",
                    "Provisioning");

            Row first = tokens.rows().getFirst();
            tokens.selectedProperty().set(first);
            assertThat(tokens.detailsProperty().get()).extracting(DetailField::label).contains("Status", "Scope map");
            tokens.deactivate();
        }
    }

    @Test
    void offlineItShowsWhatIsCachedAndSaysWhenNothingIs() {
        try (PageFixture f = PageFixture.offline(dir)) {
            CollectionViewModel tokens = new CollectionViewModel(f.context,
                    "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/gone", null, TokenKind.KIND);
            tokens.activate();
            assertThat(tokens.rows()).isEmpty();
            assertThat(tokens.statusProperty().get()).isEqualTo("Not in the cache.");
            assertThat(tokens.online()).isFalse();
            tokens.deactivate();
        }
    }

    @Test
    void aTasksFullDetailsAreReadWhenItIsSelected() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            CollectionViewModel tasks = new CollectionViewModel(f.context, premium(f).id(), f.scope(), TaskKind.KIND);
            tasks.activate();
            Row task = tasks.rows().getFirst();
            tasks.selectedProperty().set(task);
            // Tasks_GetDetails carries the step in full; the list's row does not.
            assertThat(tasks.detailsProperty().get()).extracting(DetailField::label).contains("Step");
            assertThat(tasks.statusProperty().get()).doesNotStartWith("Details could not be read");
            // What was read lands in the cache; the page reads it back once and does not ask ARM again in a loop.
            assertThat(tasks.loads()).isLessThan(5);
            tasks.deactivate();
        }
    }

    /**
     * A TableView clears its selection when its items are replaced, and the window's table tells the page so: the
     * selection blinks to null and back at each re-read. The task's details are still read once, not in a loop (the
     * window asked Tasks_GetDetails again and again while a task was selected).
     */
    @Test
    void aSelectionThatBlinksWhileTheRowsAreReplacedDoesNotReadTheDetailsAgain() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            CollectionViewModel tasks = new CollectionViewModel(f.context, premium(f).id(), f.scope(), TaskKind.KIND);
            tasks.rows().addListener((javafx.collections.ListChangeListener<Row>) c -> tasks.selectedProperty().set(null));
            tasks.activate();
            Row task = tasks.rows().getFirst();
            int requests = f.sandbox().requestCount();

            tasks.selectedProperty().set(task);

            assertThat(tasks.selectedProperty().get().id()).isEqualTo(task.id());
            assertThat(tasks.detailsProperty().get()).extracting(DetailField::label).contains("Step");
            assertThat(tasks.loads()).isLessThan(5);
            assertThat(f.sandbox().requestCount() - requests).as("Tasks_GetDetails, not a loop of them").isLessThan(5);
            tasks.deactivate();
        }
    }

    /**
     * A run being followed is written to the cache on every poll: the runs page follows it, and the tokens page open
     * beside it reads nothing (it used to re-read at each poll, like every open page).
     */
    @Test
    void aFollowedRunsPollsMoveTheRunsPageAndNoOtherPage() {
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300)).withRetryAfterSeconds(0);
        try (PageFixture f = PageFixture.sandbox(dir, quick, new dev.acrconsole.app.concurrent.DirectBackground())) {
            f.sandbox().runs().setRunDuration(Duration.ofSeconds(3));
            String registry = premium(f).id();
            CollectionViewModel tokens = new CollectionViewModel(f.context, registry, f.scope(), TokenKind.KIND);
            RunsViewModel runs = new RunsViewModel(f.context, registry);
            tokens.activate();
            runs.activate();
            int tokenReads = tokens.loads();
            int runReads = runs.loads();
            AtomicInteger tokenChanges = new AtomicInteger();
            AtomicInteger runChanges = new AtomicInteger();
            String tokenListing = ListingKeys.children(registry, TokenKind.KIND);
            String runListing = ListingKeys.children(registry, dev.acrconsole.app.runs.RunKind.KIND);
            CacheChanges.Subscription counting = f.services.database().changes().listen(c -> {
                if (c.touchesListing(f.scope(), tokenListing)) {
                    tokenChanges.incrementAndGet();
                }
                if (c.touchesListing(f.scope(), runListing)) {
                    runChanges.incrementAndGet();
                }
            });

            Operation op = await(f.context.submit(f.scope(), RunActions.schedule(registry, f.row(registry).tenantId(),
                    new RunRequestForm(RunRequestForm.Kind.DOCKER_BUILD, ".", "Dockerfile", "webapp:counted", null, null,
                            null, null, "Linux", null, false))));
            waitFor("the run ends", () -> f.services.journal().get(op.id()).orElseThrow().state().terminal());
            counting.close();

            assertThat(runChanges.get()).as("the run was written at each poll").isGreaterThanOrEqualTo(2);
            assertThat(runs.loads() - runReads).as("the runs page followed it").isGreaterThanOrEqualTo(2);
            assertThat(tokenChanges.get()).as("no write touched the tokens").isZero();
            assertThat(tokens.loads()).as("the tokens page read nothing more").isEqualTo(tokenReads);
            tokens.deactivate();
            runs.deactivate();
        }
    }

    @Test
    void aPageThatLeavesReleasesWhatItListenedTo() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            int before = f.context.feed().listeners();
            CollectionViewModel tokens = new CollectionViewModel(f.context, premium(f).id(), f.scope(), TokenKind.KIND);
            tokens.activate();
            assertThat(f.context.feed().listeners()).isEqualTo(before + 1);
            tokens.deactivate();
            assertThat(f.context.feed().listeners()).isEqualTo(before);
            int reads = tokens.loads();
            f.refresh(); // the tokens listing is replaced, but nobody listens on the page's behalf any more
            assertThat(tokens.loads()).isEqualTo(reads);
        }
    }
}
