package dev.acrconsole.ui.operations;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.concurrent.DirectBackground;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations panel's state without the toolkit: the journal read once, then each operation's events applied to
 * its row. The events arrive on the operations service's threads and are handed to one thread, as the window hands
 * them to the FX thread.
 */
class OperationsViewModelTest {
    private static final SandboxConfig QUICK = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300))
            .withRetryAfterSeconds(0);

    @TempDir
    Path dir;

    /** The one thread that stands in for the FX thread: events and results land here, in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopFx() throws InterruptedException {
        fx.shutdown();
        fx.awaitTermination(10, TimeUnit.SECONDS);
    }

    private <T> T onFx(Supplier<T> read) {
        return await(java.util.concurrent.CompletableFuture.supplyAsync(read, fx));
    }

    private OperationsViewModel panel(PageFixture f) {
        OperationsViewModel panel = new OperationsViewModel(f.services.journal(), f.scope(), new DirectBackground(), fx,
                f.services::session);
        f.services.addOperationsListener(op -> fx.execute(() -> panel.apply(op)));
        return panel;
    }

    private static Operation approve(PageFixture f, SandboxData.PrivateEndpointConnection c) {
        return await(f.context.submit(f.scope(), ConnectionActions.approve(c.id(), f.row(c.registryId()).tenantId(), "ok")));
    }

    @Test
    void anOperationsEventsMoveItsRowWithoutReadingTheJournalAgain() {
        try (PageFixture f = PageFixture.sandbox(dir, QUICK, new DirectBackground())) {
            OperationsViewModel panel = panel(f);
            await(panel.reload());
            assertThat(onFx(() -> List.copyOf(panel.rows()))).isEmpty();
            List<Operation.State> shown = new CopyOnWriteArrayList<>();
            List<Integer> running = new CopyOnWriteArrayList<>();
            panel.rows().addListener((ListChangeListener<Operation>) c -> {
                while (c.next()) {
                    c.getAddedSubList().forEach(op -> shown.add(op.state()));
                }
            });
            panel.runningProperty().addListener((obs, old, now) -> running.add(now.intValue()));

            Operation op = approve(f, f.connection("contosoprodacr", "Pending"));
            waitFor("the row shows the end", () -> onFx(() -> panel.rows().stream()
                    .anyMatch(r -> r.id().equals(op.id()) && r.state().terminal())));

            Operation row = onFx(() -> panel.rows().getFirst());
            assertThat(onFx(() -> panel.rows().size())).isEqualTo(1);
            assertThat(row.title()).startsWith("Approve private endpoint connection contosoprodacr.");
            assertThat(row.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(shown.getFirst()).isIn(Operation.State.Pending, Operation.State.Running);
            assertThat(shown.getLast()).isEqualTo(Operation.State.Succeeded);
            assertThat(running).as("one ran, then none").startsWith(1).endsWith(0);
            assertThat(panel.canDismiss(row)).isTrue();
            assertThat(panel.canCancel(row)).isFalse();
            assertThat(panel.journalReads()).as("events do not read the journal").isEqualTo(1);
        }
    }

    @Test
    void dismissHidesAFinishedOperationAndItStaysHiddenAfterARestart() {
        try (PageFixture f = PageFixture.sandbox(dir, QUICK, new DirectBackground())) {
            OperationsViewModel panel = panel(f);
            await(panel.reload());
            Operation op = approve(f, f.connection("contosoprodacr", "Pending"));
            waitFor("it ends", () -> onFx(() -> panel.rows().stream().anyMatch(r -> r.state().terminal())));
            Operation row = onFx(() -> panel.rows().getFirst());

            await(panel.dismiss(row));

            assertThat(onFx(() -> List.copyOf(panel.rows()))).isEmpty();
            assertThat(panel.runningProperty().get()).isZero();
            OperationsViewModel again = new OperationsViewModel(f.services.journal(), f.scope(), new DirectBackground(), fx,
                    f.services::session);
            await(again.reload());
            assertThat(onFx(() -> List.copyOf(again.rows()))).as("the journal remembers it was dismissed").isEmpty();
            assertThat(f.services.journal().get(op.id()).orElseThrow().dismissed()).isTrue();
        }
    }

    @Test
    void anotherScopesOperationIsIgnoredAndOurOwnIsAddedReplacedAndRemoved() {
        try (PageFixture f = PageFixture.offline(dir)) {
            CacheScope ours = new CacheScope("sandbox", "Sandbox");
            OperationsViewModel panel = new OperationsViewModel(f.services.journal(), ours, new DirectBackground(),
                    PageFixture.SAME_THREAD, f.services::session);
            List<String> notices = new CopyOnWriteArrayList<>();
            panel.onNotice(notices::add);
            panel.reload();

            panel.apply(pending("theirs", new CacheScope("alice@contoso.com", "AzureCloud")));
            assertThat(panel.rows()).isEmpty();
            assertThat(panel.runningProperty().get()).isZero();

            Operation mine = pending("mine", ours);
            panel.apply(mine);
            assertThat(panel.rows()).containsExactly(mine);
            assertThat(panel.runningProperty().get()).isEqualTo(1);
            assertThat(panel.canCancel(mine)).as("offline: no session to cancel through").isFalse();
            panel.cancel(mine);
            assertThat(notices).containsExactly("Offline: nothing can be canceled.");

            Operation ended = mine.finished(Operation.State.Failed, "Conflict", "It was changed meanwhile.", Instant.now());
            panel.apply(ended);
            assertThat(panel.rows()).containsExactly(ended);
            assertThat(panel.runningProperty().get()).isZero();
            assertThat(OperationsViewModel.finishedText(ended))
                    .isEqualTo("Approve it failed — Conflict: It was changed meanwhile.");

            panel.apply(dismissed(ended));
            assertThat(panel.rows()).isEmpty();
            assertThat(panel.journalReads()).isEqualTo(1);
        }
    }

    @Test
    void anOperationWhoseEndpointStopsAnsweringShowsLostContactIsNotRunningAndCanBeRetriedAndDismissed() {
        SandboxConfig slow = QUICK.withOperationDuration(Duration.ofMinutes(5)).withRetryAfterSeconds(1);
        try (PageFixture f = PageFixture.sandbox(dir, slow, new DirectBackground())) {
            f.services.session().orElseThrow().operations().lostAfter(Duration.ofSeconds(2));
            OperationsViewModel panel = panel(f);
            await(panel.reload());
            SandboxData.ResourceGroup group = f.sandbox().data().resourceGroups().getFirst();
            Operation op = await(f.context.submit(f.scope(), RegistryActions.create(new RegistryForm(group.subscriptionId(),
                    null, group.name(), "lostvm01", "eastus", "Basic", false, true, false, false))));
            waitFor("it runs", () -> onFx(() -> row(panel, op.id()).state() == Operation.State.Running));

            f.sandbox().close(); // the endpoint is gone

            waitFor("contact is lost", () -> onFx(() -> row(panel, op.id()).state() == Operation.State.Lost));
            Operation lost = onFx(() -> row(panel, op.id()));
            assertThat(OperationText.state(lost)).isEqualTo("Lost contact");
            assertThat(OperationText.outcome(lost)).startsWith("Lost contact since " + Format.instant(lost.unansweredSince()))
                    .contains("No answer from ARM");
            assertThat(panel.runningProperty().get()).as("a lost one is not running").isZero();
            assertThat(panel.canRetry(lost)).isTrue();
            assertThat(panel.canDismiss(lost)).isTrue();
            assertThat(panel.canCancel(lost)).isFalse();

            onFx(() -> {
                panel.retry(lost);
                return null;
            });
            waitFor("asked again and, still unanswered, lost again at once", () -> onFx(() -> {
                Operation now = row(panel, op.id());
                return now.state() == Operation.State.Lost && now.polls() > lost.polls();
            }));
            Operation again = onFx(() -> row(panel, op.id()));
            assertThat(again.unansweredSince().toEpochMilli()).as("lost since the first time (the journal keeps millis)")
                    .isEqualTo(lost.unansweredSince().toEpochMilli());

            await(panel.dismiss(again));
            assertThat(onFx(() -> List.copyOf(panel.rows()))).isEmpty();
        }
    }

    @Test
    void theDetailsOfAFailedOperationShowItsRequestEachAnswerArmsWholeErrorAndItsAzCommandAndRetrySendsItAgain() {
        try (PageFixture f = PageFixture.sandbox(dir, QUICK, new DirectBackground())) {
            OperationsViewModel panel = new OperationsViewModel(f.services.journal(), f.scope(), new DirectBackground(), fx,
                    f.services::session, f.services.kinds());
            f.services.addOperationsListener(op -> fx.execute(() -> panel.apply(op)));
            List<String> notices = new CopyOnWriteArrayList<>();
            panel.onNotice(notices::add);
            await(panel.reload());
            SandboxData.ResourceGroup group = f.sandbox().data().resourceGroups().getFirst();
            Operation op = await(f.context.submit(f.scope(), RegistryActions.create(new RegistryForm(group.subscriptionId(),
                    null, group.name(), "failingvm1", "eastus", "Basic", false, true, false, false))));
            waitFor("it fails", () -> onFx(() -> row(panel, op.id()).state() == Operation.State.Failed));
            Operation failed = onFx(() -> row(panel, op.id()));

            OperationDetails d = await(panel.details(failed));

            assertThat(d.request()).startsWith("PUT /subscriptions/" + group.subscriptionId()).contains("/registries/failingvm1?api-version=");
            assertThat(d.body()).as("indented").contains("\n").contains("\"eastus\"").contains("\"Basic\"");
            assertThat(d.error()).startsWith("ProvisioningFailed: ").contains("failingvm1").isEqualTo(OperationText.outcome(failed));
            assertThat(d.exchanges()).hasSize(failed.polls() + 2);
            assertThat(d.exchanges().getFirst().request()).isEqualTo("Sent PUT");
            assertThat(d.exchanges().getLast().answer()).contains("Failed · ProvisioningFailed: ");
            assertThat(d.azCommand()).isEqualTo("az acr create --name failingvm1 --resource-group " + group.name() + " --sku <sku>");
            assertThat(d.withheld()).isFalse();

            assertThat(panel.canRetry(failed)).as("a failed one is sent again").isTrue();
            int requests = f.sandbox().requestCount();
            Operation again = await(onFx(() -> panel.retry(failed)));
            assertThat(again.id()).isNotEqualTo(failed.id());
            waitFor("the new one ends", () -> onFx(() -> row(panel, again.id()).state().terminal()));
            assertThat(f.sandbox().requestCount()).as("sent again").isGreaterThan(requests);
            assertThat(onFx(() -> panel.rows().stream().map(Operation::id).toList())).containsExactly(again.id(), failed.id());
            assertThat(notices).contains("Sent again: Create registry failingvm1");
        }
    }

    private static Operation row(OperationsViewModel panel, String id) {
        return panel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Operation pending(String id, CacheScope scope) {
        String target = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r"
                + "/privateEndpointConnections/" + id;
        return Operation.pending(id, scope, "privateEndpointConnection.approve", "Approve it", target,
                PrivateEndpointConnectionKind.KIND, "t", "PUT", target, "{}", Operation.After.refresh, null, Instant.now());
    }

    private static Operation dismissed(Operation op) {
        return new Operation(op.id(), op.scope(), op.kind(), op.title(), op.targetId(), op.targetKind(), op.tenantId(),
                op.method(), op.path(), op.requestBody(), op.after(), op.cancelPath(), op.state(), op.pollMode(), op.pollUrl(),
                op.nextPollAt(), op.polls(), op.throttled(), op.note(), op.errorCode(), op.errorMessage(), op.createdAt(),
                op.updatedAt(), op.finishedAt(), true, op.unansweredSince());
    }
}
