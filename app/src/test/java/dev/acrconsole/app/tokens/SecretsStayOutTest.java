package dev.acrconsole.app.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.ContentsFixture;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.accounts.SecretScan;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.connectedregistries.ConnectionStrings;
import dev.acrconsole.app.dataplane.RegistryLogin;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.EdgeSample;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords and connection strings are shown once and kept nowhere: the sandbox hands out known passwords, the console
 * generates them, refreshes, runs operations and exports, and then no file in the data dir, no line on stdout or
 * stderr and no byte of the export holds them. The same for the tokens and passwords registry contents are read with.
 */
class SecretsStayOutTest {
    /** Handed out in this order: the token's two, the connection string's, the admin user's two and its regenerated one. */
    private static final String[] PLANTED = {"Pl4nted-pw1-7f3a9c", "Pl4nted-pw2-0b44e1", "Pl4nted-conn-5d21aa",
        "Pl4nted-admin1-e2c8d0", "Pl4nted-admin2-6a91f7", "Pl4nted-admin3-c03b58"};

    @TempDir
    Path dir;

    @Test
    void generatedPasswordsAndConnectionStringsNeverReachTheDataDirTheLogsOrTheExport() throws Exception {
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        String printed = printed(tee -> {
            try (SandboxFixture env = new SandboxFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200))
                    .withRetryAfterSeconds(0), dir);
                 ThreadPoolBackground background = new ThreadPoolBackground("test-secrets", 2)) {
                env.sandbox.tokenPasswords().plant(PLANTED);
                CacheScope scope = env.arm().session().cacheScope();
                RefreshService refresh = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC());
                refresh.refreshAll(RefreshListener.NONE);
                EdgeSample.ConnectedRegistry site = env.sandbox.edge().connectedRegistries().getFirst();
                CachedResource registry = env.store().get(scope, site.registryId()).orElseThrow();

                TokenCredentials credentials = new TokenCredentials(env.arm());
                GeneratedPasswords passwords = credentials.generate(site.registryId() + "/tokens/dublin-client-token",
                        TokenCredentials.Which.BOTH, OffsetDateTime.now().plusDays(30));
                assertThat(passwords.passwords()).extracting(p -> p.value().reveal()).containsExactly(PLANTED[0], PLANTED[1]);
                assertThat(passwords.toString()).doesNotContain(PLANTED[0]);

                refresh.refreshChildren(registry, ConnectedRegistryKind.KIND, RefreshListener.NONE);
                CachedResource connected = env.store().get(scope, site.id()).orElseThrow();
                Secret connection = new ConnectionStrings(credentials, env.store()).generate(connected);
                assertThat(connection.reveal()).isEqualTo("ConnectedRegistryName=" + site.name() + ";SyncTokenName=" + site.name()
                        + "-sync-token;SyncTokenPassword=" + PLANTED[2] + ";ParentGatewayEndpoint=fabrikamedgehub.southeastasia"
                        + ".data.azurecr.io;ParentEndpointProtocol=https");
                assertThat(connection.toString()).doesNotContain(PLANTED[2]);

                // The admin user's passwords, read and one regenerated; then the registry is updated and refreshed.
                CachedResource devAcr = env.store().resources(scope, RegistryKind.KIND).stream()
                        .filter(r -> r.name().equals("contosodevacr")).findFirst().orElseThrow();
                AdminCredentials admin = new AdminCredentials(env.arm());
                AdminCredentials.Shown listed = admin.list(devAcr.id());
                assertThat(listed.password().reveal()).isEqualTo(PLANTED[3]);
                assertThat(listed.password2().reveal()).isEqualTo(PLANTED[4]);
                assertThat(admin.regenerate(devAcr.id(), AdminCredentials.Which.PASSWORD).password().reveal()).isEqualTo(PLANTED[5]);
                assertThat(listed.toString()).doesNotContain(PLANTED[3]);

                // The tokens now carry their passwords' dates at ARM; refreshing and operating on them caches them.
                refresh.refreshChildren(registry, TokenKind.KIND, RefreshListener.NONE);
                try (OperationsService operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG, background, Clock.systemUTC())) {
                    Operation done = operations.submitAndWait(TokenActions.update(new TokenForm(registry.id(), registry.tenantId(), false,
                            "dublin-client-token", registry.id() + "/scopeMaps/_repositories_push", true))).get(30, TimeUnit.SECONDS);
                    assertThat(done.state()).isEqualTo(Operation.State.Succeeded);
                    // What the operation's details list of each exchange with ARM keeps no answer body: no password.
                    assertThat(operations.exchanges(done.id())).isNotEmpty();
                    assertThat(operations.exchanges(done.id()).toString()).doesNotContain(PLANTED);
                }
                assertThat(env.store().get(scope, site.registryId() + "/tokens/dublin-client-token").orElseThrow().json())
                        .contains("_repositories_push");
                assertThat(ExportCommand.run(dir, export, tee)).isZero();
                assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json,
                        dir.resolve("secrets.acrsnap"), Set.of(), Set.of(), Set.of()), new ByteArrayOutputStream(), tee)).isZero();
            }
        });

        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("cache.db", "secrets.acrsnap");
        for (String secret : PLANTED) {
            for (Path f : files) {
                assertThat(contains(Files.readAllBytes(f), secret)).as(secret + " in " + f).isFalse();
            }
            assertThat(export.toString(StandardCharsets.UTF_8)).as("export").doesNotContain(secret);
            assertThat(printed).as("stdout and stderr").doesNotContain(secret);
        }
        assertThat(export.toString(StandardCharsets.UTF_8)).contains("dublin-client-token", "anonymousPullEnabled", "networkRuleSet");
    }

    /**
     * Registry contents read through ACR's token exchange (the signed-in account's Entra token for a refresh token, that
     * for access tokens), through an admin user's password and through a null-user refresh token as password; then a
     * refresh, the exports and a snapshot in the data dir: no file there, no export and nothing printed holds an ACR
     * refresh or access token (every one the sandbox issues is a JWT: the scan's token shapes) or either password.
     */
    @Test
    void registryContentsReadThroughTheTokenExchangeAndRegistryLoginsLeaveNoTokenAndNoPassword() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        List<String> passwords = new ArrayList<>();
        String printed = printed(tee -> {
            try (ContentsFixture env = new ContentsFixture(SandboxConfig.defaults().withBigRepositoryTags(0), dir)) {
                String prod = "contosoprodacr.azurecr.io";
                String dev = "contosodevacr.azurecr.io"; // its admin user is enabled
                String hub = "fabrikamedgehub.azurecr.io"; // not: its login is ACR's null user with a refresh token
                env.cacheEverything(env.registry(prod)); // the token exchange
                for (String loginServer : List.of(dev, hub)) {
                    SandboxServer.DataPlaneLogin login = env.f.sandbox.dataPlaneLogin(loginServer).orElseThrow();
                    passwords.add(login.password());
                    env.planes.useLogin(loginServer, new RegistryLogin(login.username(), login.password()));
                    env.cacheEverything(env.registry(loginServer));
                }
                assertThat(passwords.getLast()).as("a refresh token: the scan's JWT shape finds ACR's tokens").startsWith("eyJ0eXAiOiJKV1Qi");
                assertThat(passwords.getFirst()).doesNotStartWith("eyJ");
                env.refresh.refreshAll(RefreshListener.NONE); // and the opened folders read again, as every refresh does
                assertThat(env.store.resources(env.f.arm().session().cacheScope(), TagKind.KIND)).hasSizeGreaterThan(20);

                assertThat(ExportCommand.run(dir, json, tee)).isZero();
                assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.csv, null,
                        Set.of(), Set.of(), Set.of()), csv, tee)).isZero();
                Files.write(dir.resolve("export.json"), json.toByteArray());
                assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json,
                        dir.resolve("contents.acrsnap"), Set.of(), Set.of(), Set.of()), new ByteArrayOutputStream(), tee)).isZero();
            }
        });

        List<Path> scanned = SecretScan.assertNoSecrets(dir, passwords);
        assertThat(scanned).extracting(p -> p.getFileName().toString()).contains("cache.db", "export.json", "contents.acrsnap");
        SecretScan.assertNoSecrets("the JSON export", json.toString(StandardCharsets.UTF_8), passwords);
        SecretScan.assertNoSecrets("the CSV export", csv.toString(StandardCharsets.UTF_8), passwords);
        SecretScan.assertNoSecrets("stdout and stderr", printed, passwords);
        assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"kind\" : \"tag\"", "\"kind\" : \"manifest\"");
    }

    /** What the work printed on stdout and stderr, which are given back as they were afterwards. */
    private static String printed(ThrowingConsumer<PrintStream> work) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        try {
            work.accept(tee);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return console.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingConsumer<T> {
        void accept(T t) throws Exception;
    }

    private static boolean contains(byte[] haystack, String needle) throws IOException {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
