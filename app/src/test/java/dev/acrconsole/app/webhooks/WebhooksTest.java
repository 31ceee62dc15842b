package dev.acrconsole.app.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.accounts.SecretScan;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.concurrent.ThreadPoolBackground;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.ReadContext;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.operations.OperationsService;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.refresh.RefreshService;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Changes;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.Search;
import dev.acrconsole.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A webhook end to end through the real SDK, cache and sandbox, posting to a real HTTP service in the test: created with
 * a service URI and an Authorization header that hold secrets, pinged (the service gets the ping with its header, the
 * event log shows the request and the 200), its callback read on demand, disabled (what changed says so), found,
 * exported and snapshotted, deleted. The two secrets are then nowhere: not in the data dir (cache, journal), not in
 * the exports or the snapshot, not on stdout or stderr.
 */
class WebhooksTest {
    private static final String URI_TOKEN = "Wh00kTok3e91c7";
    private static final String HEADER_SECRET = "Wh00k-hdr-84d2aa";

    @TempDir
    Path dir;

    @Test
    void aWebhookPostsPingsKeepsItsSecretsOutAndShowsInWhatChanged() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/hook", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + new String(
                    exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        service.start();
        String uri = "http://127.0.0.1:" + service.getAddress().getPort() + "/hook?token=" + URI_TOKEN;
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        SandboxConfig quick = SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(200)).withRetryAfterSeconds(0);
        try (SandboxFixture env = new SandboxFixture(quick, dir); ThreadPoolBackground background = new ThreadPoolBackground("t", 2)) {
            env.open();
            CacheScope scope = env.arm().session().cacheScope();
            RefreshService refresh = new RefreshService(env.arm(), env.store(), Kinds.CATALOG, Clock.systemUTC());
            refresh.refreshAll(RefreshListener.NONE);
            CachedResource registry = env.store().resources(scope, RegistryKind.KIND).stream()
                    .filter(r -> r.name().equals("contosodevacr")).findFirst().orElseThrow();
            refresh.refreshChildren(registry, WebhookKind.KIND, RefreshListener.NONE);
            String id = registry.id() + "/webhooks/buildnotify";
            WebhookCallbacks callbacks = new WebhookCallbacks(env.arm());
            try (OperationsService operations = new OperationsService(env.arm(), env.journal(), env.store(), Kinds.CATALOG,
                    background, Clock.systemUTC())) {
                WebhookForm create = new WebhookForm(registry.id(), registry.tenantId(), registry.location(), true,
                        "buildnotify", uri, "Authorization: Bearer " + HEADER_SECRET + "\nX-Source: acr", false, List.of("push", "delete"),
                        "apps/*:v1*", true);
                Operation made = operations.submitAndWait(WebhookActions.create(create)).get(60, TimeUnit.SECONDS);
                assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
                Row row = Kinds.CATALOG.row(env.store().get(scope, id).orElseThrow());
                WebhookDetails d = row.details(WebhookDetails.class);
                assertThat(d.actions()).containsExactly("push", "delete");
                assertThat(d.scope()).isEqualTo("apps/*:v1*");
                assertThat(d.status()).isEqualTo("enabled");
                assertThat(row.resource().json()).doesNotContain("serviceUri", "customHeaders");

                // Selected, it shows where it posts: the host alone.
                List<DetailField> more = Kinds.CATALOG.of(WebhookKind.KIND).readMore(
                        new ReadContext(env.arm(), null, env.store(), Kinds.CATALOG, Clock.systemUTC()), row);
                assertThat(more).contains(new DetailField("Service URI host", "127.0.0.1"));

                Operation pinged = operations.submitAndWait(WebhookActions.ping(id, registry.tenantId())).get(60, TimeUnit.SECONDS);
                assertThat(pinged.state()).isEqualTo(Operation.State.Succeeded);
                WebhookEvent event = waitForAnswer(callbacks, id);
                assertThat(event.action()).isEqualTo("ping");
                assertThat(event.statusCode()).isEqualTo("200");
                assertThat(event.delivered()).isTrue();
                assertThat(event.requestUri().reveal()).isEqualTo(uri);
                assertThat(event.requestUri().toString()).doesNotContain(URI_TOKEN);
                assertThat(event.requestContent()).contains("\"action\":\"ping\"");
                assertThat(received).singleElement().asString().startsWith("Bearer " + HEADER_SECRET + " ").contains("ping");

                WebhookCallbacks.CallbackConfig config = callbacks.callbackConfig(id);
                assertThat(config.serviceUri().reveal()).isEqualTo(uri);
                assertThat(config.customHeaders().get("Authorization").reveal()).isEqualTo("Bearer " + HEADER_SECRET);
                assertThat(config.customHeaders().get("X-Source").reveal()).isEqualTo("acr");

                // Disabled with the URI and headers left empty: kept as they were at ARM.
                WebhookForm disable = new WebhookForm(registry.id(), registry.tenantId(), registry.location(), false,
                        "buildnotify", "", "", false, List.of("push", "delete"), "apps/*:v1*", false);
                assertThat(operations.submitAndWait(WebhookActions.update(disable)).get(60, TimeUnit.SECONDS).state())
                        .isEqualTo(Operation.State.Succeeded);
                assertThat(callbacks.callbackConfig(id).serviceUri().reveal()).isEqualTo(uri);
                assertThat(callbacks.callbackConfig(id).customHeaders()).containsOnlyKeys("Authorization", "X-Source");

                // Its headers removed, the URI left empty: no header is sent any more, the URI is kept.
                WebhookForm clear = new WebhookForm(registry.id(), registry.tenantId(), registry.location(), false,
                        "buildnotify", "", "", true, List.of("push", "delete"), "apps/*:v1*", false);
                assertThat(operations.submitAndWait(WebhookActions.update(clear)).get(60, TimeUnit.SECONDS).state())
                        .isEqualTo(Operation.State.Succeeded);
                assertThat(callbacks.callbackConfig(id).customHeaders()).isEmpty();
                assertThat(callbacks.callbackConfig(id).serviceUri().reveal()).isEqualTo(uri);
                List<Change> changes = new Changes(env.db()).list(Changes.Query.recent(50));
                assertThat(changes).filteredOn(c -> c.id().equalsIgnoreCase(id))
                        .extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
                        .contains("Status: enabled -> disabled");
                assertThat(new Search(env.db()).find("buildnotify", scope, Set.of(WebhookKind.KIND), 10))
                        .extracting(h -> h.id()).containsExactly(id);

                assertThat(ExportCommand.run(dir, json, tee)).isZero();
                assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.csv, null,
                        Set.of(), Set.of(), Set.of()), csv, tee)).isZero();
                Files.write(dir.resolve("export.json"), json.toByteArray());
                assertThat(ExportCommand.run(dir, new LaunchOptions.ExportOptions(LaunchOptions.ExportOptions.Format.json,
                        dir.resolve("webhooks.acrsnap"), Set.of(), Set.of(), Set.of()), new ByteArrayOutputStream(), tee)).isZero();

                Operation gone = operations.submitAndWait(WebhookActions.delete(id, registry.tenantId())).get(60, TimeUnit.SECONDS);
                assertThat(gone.state()).isEqualTo(Operation.State.Succeeded);
                assertThat(env.store().get(scope, id)).isEmpty();
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
            service.stop(0);
        }
        assertThat(json.toString(StandardCharsets.UTF_8)).as("the export carries the webhook's row")
                .contains("\"kind\" : \"webhook\"", "buildnotify");
        List<String> secrets = List.of(URI_TOKEN, HEADER_SECRET);
        List<Path> scanned = SecretScan.assertNoSecrets(dir, secrets);
        assertThat(scanned).extracting(p -> p.getFileName().toString()).contains("cache.db", "export.json", "webhooks.acrsnap");
        SecretScan.assertNoSecrets("the JSON export", json.toString(StandardCharsets.UTF_8), secrets);
        SecretScan.assertNoSecrets("the CSV export", csv.toString(StandardCharsets.UTF_8), secrets);
        SecretScan.assertNoSecrets("stdout and stderr", console.toString(StandardCharsets.UTF_8), secrets);
    }

    /** The ping's event, once the service's answer is recorded (the sandbox delivers it in the background). */
    private static WebhookEvent waitForAnswer(WebhookCallbacks callbacks, String id) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(20);
        while (true) {
            List<WebhookEvent> events = callbacks.events(id);
            if (!events.isEmpty() && !"0".equals(events.getFirst().statusCode()) || Instant.now().isAfter(until)) {
                assertThat(events).hasSize(1);
                return events.getFirst();
            }
            Thread.sleep(100);
        }
    }
}
