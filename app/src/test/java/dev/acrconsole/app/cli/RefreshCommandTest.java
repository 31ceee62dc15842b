package dev.acrconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.arm.ArmClients;
import dev.acrconsole.app.arm.ArmEndpoint;
import dev.acrconsole.app.arm.ArmSession;
import dev.acrconsole.app.arm.StaticTokenCredential;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.refresh.RefreshOptions;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.DataDirLock;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acr-console refresh}'s exit codes and summary line, over the real SDK, sandbox and SQLite. */
class RefreshCommandTest {
    /** The summary's shape, which a scheduled job may parse. */
    private static final String SUMMARY =
            "refreshed: (\\d+) listings complete, (\\d+) partial, (\\d+) failed, (\\d+) resources, (\\d+) requests, \\d+\\.\\d s";

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(SandboxConfig.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static LaunchOptions.RefreshRequest request(String... args) throws UsageException {
        String[] all = new String[args.length + 1];
        all[0] = "refresh";
        System.arraycopy(args, 0, all, 1, args.length);
        return CommandLineParser.parse(all).refresh();
    }

    private RefreshCommand.Target theSandbox() {
        return (db, store, listener) -> new RefreshService(new ArmClients(new ArmSession("sandbox",
                ArmEndpoint.sandbox(sandbox.baseUrl(), sandbox.certificate()), new StaticTokenCredential(SandboxServer.token()))),
                null, store, Kinds.CATALOG, Clock.systemUTC(), RefreshOptions.DEFAULTS).refreshAll(listener);
    }

    private int run(Path data, LaunchOptions.RefreshRequest request, RefreshCommand.Target target) {
        out.reset();
        err.reset();
        return RefreshCommand.run(data, request, target, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String summary() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aCompleteRefreshOfAFreshDataDirExitsZeroWithOneSummaryLine() throws Exception {
        Path data = dir.resolve("fresh/data"); // not there yet: a scheduled job may be the data dir's first user
        int before = sandbox.requestCount();

        assertThat(run(data, request("--sandbox"), theSandbox())).isEqualTo(RefreshCommand.OK);

        assertThat(summary()).matches(SUMMARY).doesNotContain("\n");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(SUMMARY).matcher(summary());
        assertThat(m.matches()).isTrue();
        assertThat(m.group(2)).isEqualTo("0");
        assertThat(m.group(3)).isEqualTo("0");
        assertThat(Integer.parseInt(m.group(5))).as("requests, as the sandbox counted them")
                .isEqualTo(sandbox.requestCount() - before);
        try (CacheDatabase db = CacheDatabase.open(data, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            // The resources ARM's reads wrote: what only Resource Graph's inventory filled (folders never opened) is not.
            CacheScope sandboxScope = new CacheScope("sandbox", ArmEndpoint.SANDBOX_CLOUD);
            int graphOnly = store.listings(sandboxScope).stream().filter(dev.acrconsole.cache.Listing::fromResourceGraph)
                    .mapToInt(l -> store.listingRows(sandboxScope, l.key()).size()).sum();
            assertThat(Integer.parseInt(m.group(4))).isEqualTo(store.count() - graphOnly);
            assertThat(store.resources(new CacheScope("sandbox", ArmEndpoint.SANDBOX_CLOUD), RegistryKind.KIND))
                    .hasSize(sandbox.data().registries().size());
        }
    }

    @Test
    void failedListingsExitThreeNameThemOnStderrAndKeepTheirRows() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run(data, request("--sandbox"), theSandbox())).isEqualTo(RefreshCommand.OK);
        String sub = sandbox.data().subscriptions().getFirst().subscriptionId();
        sandbox.faults().deny("/subscriptions/" + sub + "/resourcegroups");

        assertThat(run(data, request("--sandbox"), theSandbox())).isEqualTo(RefreshCommand.INCOMPLETE);

        java.util.regex.Matcher m = java.util.regex.Pattern.compile(SUMMARY).matcher(summary());
        assertThat(m.matches()).as(summary()).isTrue();
        // Each failed listing on a line of its own; each was complete before, so its rows stand: partial, not failed.
        List<String> failed = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("AuthorizationFailed")).toList();
        assertThat(failed).anyMatch(l -> l.startsWith("acr-console: refresh: Resource groups in "));
        assertThat(m.group(2)).isEqualTo(String.valueOf(failed.size()));
        assertThat(m.group(3)).isEqualTo("0");
    }

    @Test
    void onlyWhatIsStaleIsReadAgain() throws Exception {
        Path data = dir.resolve("data");
        run(data, request("--sandbox"), theSandbox());
        int before = sandbox.requestCount();

        assertThat(run(data, request("--sandbox", "--stale-after", "1h"), theSandbox())).isEqualTo(RefreshCommand.OK);

        assertThat(summary()).startsWith("refreshed: 0 listings complete, 0 partial, 0 failed, 0 resources, 0 requests");
        assertThat(sandbox.requestCount()).isEqualTo(before);
    }

    @Test
    void aWindowOnTheDataDirOrNoAccountsExitOneAndSendNothing() throws Exception {
        Path data = dir.resolve("data");
        int before = sandbox.requestCount();
        try (DataDirLock window = DataDirLock.tryAcquire(data).orElseThrow()) {
            assertThat(run(data, request("--sandbox"), theSandbox())).isEqualTo(RefreshCommand.FAILED);
            assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("a window is open on the data dir")
                    .doesNotContain("\n", "Exception");
        }
        assertThat(run(data, request(), RefreshCommand.accounts(data, request()))).isEqualTo(RefreshCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("acr-console: refresh: no remembered accounts");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(sandbox.requestCount()).isEqualTo(before);
    }

    @Test
    void theCommandLineSaysWhatGoesTogether() throws Exception {
        LaunchOptions.RefreshRequest r = request("--all", "--account", "me@contoso.com", "--stale-after", "2h");
        assertThat(r.all()).isTrue();
        assertThat(r.accounts()).isEqualTo(Set.of("me@contoso.com"));
        assertThat(r.staleAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(request("--stale-after", "PT90M").staleAfter()).isEqualTo(Duration.ofMinutes(90));
        assertThat(CommandLineParser.parse("refresh", "--sandbox").mode()).isEqualTo(LaunchOptions.Mode.SANDBOX);

        assertThatThrownBy(() -> request("--stale-after", "soon")).isInstanceOf(UsageException.class)
                .hasMessageContaining("90s, 30m, 2h, 1d");
        assertThatThrownBy(() -> request("--sandbox-url", "https://127.0.0.1:8443/")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--sandbox-cert");
        assertThatThrownBy(() -> request("--sandbox", "--account", "me")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> request("--format", "csv")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--all")).isInstanceOf(UsageException.class)
                .hasMessageContaining("go with refresh");
        assertThat(CommandLineParser.USAGE).contains("acr-console refresh", "Exit 0", "3: some failed");
    }
}
