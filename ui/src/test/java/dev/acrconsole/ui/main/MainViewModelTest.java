package dev.acrconsole.ui.main;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.operations.OperationText;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.registries.RegistryActions;
import dev.acrconsole.app.registries.RegistryForm;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's state without the toolkit: {@code new MainViewModel(services, Runnable::run)} over the real services
 * (their own thread pool, the in-process sandbox); what runs "on the FX thread" runs where its work completed.
 */
class MainViewModelTest {
    private static final SandboxConfig QUICK = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(300))
            .withRetryAfterSeconds(0);

    @TempDir
    Path dir;

    private AppServices services(LaunchOptions.Mode mode) {
        return new AppServices(mode, dir, CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), QUICK);
    }

    private static Stream<NavNode> all(List<NavNode> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), all(n.children())));
    }

    private static NavNode node(MainViewModel main, String key) {
        return all(main.navigation().rootsProperty().get()).filter(n -> n.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + key));
    }

    private static SandboxData.Registry registry(AppServices services, String name) {
        SandboxServer sandbox = services.sandbox().orElseThrow();
        return sandbox.data().registries().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void startShowsTheCacheThenRefreshesAndFillsTheTreeAndTheFreshnessLine() {
        try (AppServices services = services(LaunchOptions.Mode.SANDBOX)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            List<String> freshness = new CopyOnWriteArrayList<>();
            main.freshnessProperty().addListener((obs, old, now) -> freshness.add(now));
            CompletableFuture<Void> cacheShown = new CompletableFuture<>();
            assertThat(main.modeLabel()).isEqualTo("Sandbox");
            assertThat(main.accountsAvailable()).isFalse();

            CompletableFuture<Void> started = main.start(cacheShown);
            await(cacheShown);
            await(started);

            assertThat(freshness.getFirst()).as("the empty cache first").isEqualTo("Never refreshed");
            assertThat(main.freshnessProperty().get()).startsWith("Last complete refresh ").doesNotContain("partial");
            assertThat(main.activityProperty().get()).matches("Refreshed \\d+ resources");
            assertThat(main.onlineProperty().get()).isTrue();
            assertThat(main.refreshingProperty().get()).isFalse();
            assertThat(main.bannerProperty().get()).isEmpty();
            assertThat(main.navigation().rootsProperty().get()).extracting(NavNode::name)
                    .containsExactlyInAnyOrder("Contoso Production", "Contoso Development", "Fabrikam Edge Sites");
            assertThat(all(main.navigation().rootsProperty().get()).filter(n -> n.is(RegistryKind.KIND)).count())
                    .isEqualTo(services.sandbox().orElseThrow().data().registries().size());
        }
    }

    @Test
    void refreshStaleReadsOnlyWhatIsOlderThanAsked() {
        try (AppServices services = services(LaunchOptions.Mode.SANDBOX)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start());
            List<String> activity = new CopyOnWriteArrayList<>();
            main.activityProperty().addListener((obs, old, now) -> activity.add(now));
            int requests = services.sandbox().orElseThrow().requestCount();

            await(main.refreshStale(Duration.ofHours(1)));

            assertThat(activity.getFirst()).isEqualTo("Refreshing what is older than 1 h…");
            assertThat(main.activityProperty().get()).isEqualTo("Refreshed 0 resources");
            assertThat(services.sandbox().orElseThrow().requestCount()).as("everything was fresh: ARM was not asked")
                    .isEqualTo(requests);

            await(main.refreshStale(Duration.ZERO));

            assertThat(main.activityProperty().get()).matches("Refreshed [1-9]\\d* resources");
            assertThat(services.sandbox().orElseThrow().requestCount()).isGreaterThan(requests);
        }
    }

    @Test
    void aNoticeFollowsAnOperationsEndAndItsRowEndsInThePanel() {
        try (AppServices services = services(LaunchOptions.Mode.SANDBOX)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start());
            SandboxData.PrivateEndpointConnection pending = services.sandbox().orElseThrow().data().privateEndpointConnections()
                    .stream().filter(c -> c.status().equals("Pending")).findFirst().orElseThrow();
            String tenant = main.pageContext().find(null, pending.registryId()).orElseThrow().tenantId();

            Operation op = await(main.pageContext().submit(services.viewScope(),
                    ConnectionActions.approve(pending.id(), tenant, "ok")));

            String done = op.title() + " succeeded";
            waitFor("the notice", () -> main.noticeProperty().get() != null && main.noticeProperty().get().text().equals(done));
            assertThat(op.title()).startsWith("Approve private endpoint connection ");
            waitFor("the panel shows it ended", () -> List.copyOf(main.operations().rows()).stream()
                    .anyMatch(r -> r.id().equals(op.id()) && r.state() == Operation.State.Succeeded));
            assertThat(main.operations().runningProperty().get()).isZero();
        }
    }

    @Test
    void selectingAndRevealingChooseThePageAndTheDetails() {
        try (AppServices services = services(LaunchOptions.Mode.SANDBOX)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start());
            SandboxData.Registry hub = registry(services, "fabrikamedgehub");
            NavNode registry = node(main, CachedResource.idKey(hub.id()));

            main.navigation().selectedProperty().set(registry);

            assertThat(main.pageProperty().get()).isEqualTo(new Page.Resource(registry));
            waitFor("the registry's details", () -> main.details().detailsProperty().get() != null);
            assertThat(main.details().detailsProperty().get().fields()).contains(DetailField.copyable("Login server", hub.loginServer()));

            // A search result's token: the tree is asked for the tokens folder; once it selects it, the page selects the row.
            main.pageContext().reveal().showRow(hub.id() + "/tokens/dublin-client-token", TokenKind.KIND);
            String folderKey = main.navigation().revealProperty().get();
            assertThat(folderKey).isEqualTo(NavNode.folderKey(registry.key(), TokenKind.KIND));
            main.navigation().selectedProperty().set(node(main, folderKey));
            assertThat(main.pageProperty().get()).isEqualTo(new Page.Children(node(main, folderKey),
                    CachedResource.idKey(hub.id() + "/tokens/dublin-client-token")));

            main.showSearch();
            assertThat(main.pageProperty().get()).isEqualTo(new Page.Search());
            main.pageContext().reveal().show(folderKey.substring(0, folderKey.indexOf('#')), TokenKind.KIND);
            assertThat(main.pageProperty().get()).as("back from search to the folder selected already")
                    .isEqualTo(new Page.Children(node(main, folderKey), null));
        }
    }

    @Test
    void withNoAccountsItOpensOfflineAndSaysHowToGoLive() {
        try (AppServices services = services(LaunchOptions.Mode.LIVE)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);

            await(main.start());

            assertThat(main.modeLabel()).isEqualTo("Offline");
            assertThat(main.accountsPanelOpen()).isTrue();
            assertThat(main.bannerProperty().get()).isEqualTo("Offline — nothing cached yet in " + dir
                    + " · No accounts yet: add one in the Accounts panel");
            assertThat(main.freshnessProperty().get()).isEqualTo("Never refreshed");
            assertThat(main.onlineProperty().get()).isFalse();

            await(main.refresh());
            assertThat(main.activityProperty().get()).isEqualTo("No accounts yet: add one in the Accounts panel.");
            assertThat(main.navigation().rootsProperty().get()).isEmpty();
        }
    }

    @Test
    void exitAsksWhileAnOperationRunsAndAResetStartsTheSandboxFromItsSampleMarkingWhatRanInItLost() {
        SandboxConfig slow = QUICK.withOperationDuration(Duration.ofMinutes(5)).withStateFile(dir.resolve("sandbox-state.json"));
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dir,
                CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), slow)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start());
            assertThat(main.exitQuestion()).as("nothing runs").isEmpty();
            assertThat(main.sandboxResettable()).isTrue();
            SandboxData.ResourceGroup group = services.sandbox().orElseThrow().data().resourceGroups().getFirst();
            Operation op = await(main.pageContext().submit(services.viewScope(), RegistryActions.create(new RegistryForm(
                    group.subscriptionId(), null, group.name(), "resetvm01", "eastus", "Basic", false, true, false, false))));
            waitFor("ARM accepted it", () -> services.journal().get(op.id()).orElseThrow().state() == Operation.State.Running);
            assertThat(main.exitQuestion()).hasValueSatisfying(q -> assertThat(q)
                    .startsWith("1 operation is still running.").contains("follows it again at its next start"));
            String before = services.sandbox().orElseThrow().id();
            assertThat(services.sandbox().orElseThrow().state().exists(op.targetId())).isTrue();

            await(main.resetSandbox());

            assertThat(main.noticeProperty().get().text())
                    .isEqualTo("The sandbox starts again from its sample data; 1 operation still running in it is marked lost.");
            assertThat(services.sandbox().orElseThrow().id()).isNotEqualTo(before);
            assertThat(services.sandbox().orElseThrow().state().exists(op.targetId())).as("what was made is gone").isFalse();
            Operation lost = services.journal().get(op.id()).orElseThrow();
            assertThat(lost.state()).isEqualTo(Operation.State.Lost);
            assertThat(OperationText.outcome(lost)).contains("before it was reset");
            assertThat(main.exitQuestion()).as("a lost one does not run").isEmpty();
            assertThat(services.store().get(services.viewScope(), op.targetId())).isEmpty();
            assertThat(all(main.navigation().rootsProperty().get()).filter(n -> n.is(RegistryKind.KIND)).count())
                    .as("the sample's registries, refreshed after the reset")
                    .isEqualTo(services.sandbox().orElseThrow().data().registries().size());
        }
    }

    @Test
    void theStatusBarCountsListingsAndCancelKeepsWhatWasRead() {
        try (AppServices services = new AppServices(LaunchOptions.Mode.SANDBOX, dir,
                CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy()), Clock.systemUTC(), QUICK.withLatencyMs(40))) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start());
            List<String> progress = new CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicBoolean once = new java.util.concurrent.atomic.AtomicBoolean();
            main.refreshProgressProperty().addListener((obs, old, now) -> {
                progress.add(now);
                if (now.startsWith("3 of") && once.compareAndSet(false, true)) {
                    main.cancelRefresh();
                }
            });
            int before = services.sandbox().orElseThrow().requestCount();

            await(main.refresh());

            assertThat(progress).as("done of known, in flight").anyMatch(p -> p.matches("\\d+ of \\d+ listings · \\d+ in flight"));
            assertThat(main.activityProperty().get()).matches("Refresh cancelled: \\d+ listings? read and kept; the rest is as cached before");
            assertThat(main.refreshProgressProperty().get()).isEmpty();
            assertThat(main.refreshingProperty().get()).isFalse();
            int sent = services.sandbox().orElseThrow().requestCount() - before;

            await(main.refresh());

            assertThat(main.activityProperty().get()).matches("Refreshed \\d+ resources");
            assertThat(services.sandbox().orElseThrow().requestCount() - before - sent).as("a whole refresh asks more")
                    .isGreaterThan(sent);
        }
    }

    @Test
    void keepEverythingMakesTheNextRefreshReadEveryFolder() {
        try (AppServices services = services(LaunchOptions.Mode.SANDBOX)) {
            MainViewModel main = new MainViewModel(services, Runnable::run);
            await(main.start());
            SandboxData.Registry hub = registry(services, "fabrikamedgehub");
            assertThat(main.pageContext().store().resources(services.viewScope(), TokenKind.KIND)).isEmpty();

            main.sandboxKeepsEverythingProperty().set(true);
            waitFor("the setting saved", services::sandboxKeepsEverything);
            await(main.refresh());

            assertThat(main.pageContext().store().resources(services.viewScope(), TokenKind.KIND))
                    .as("tokens, without the folder opened").extracting(CachedResource::id)
                    .anyMatch(id -> id.toLowerCase().startsWith(hub.id().toLowerCase() + "/tokens/"));
        }
    }
}
