package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Change;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceKind;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.cache.Snapshots;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.changes.ChangesViewModel;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.services.AppServices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewing the cache: search offline, what changed between refreshes, snapshots. Real window, sandbox, SQLite. */
class ReviewWindowTest extends WindowFixture {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(String table) throws Exception {
        return onFx(() -> List.copyOf(((TableView<T>) lookup(table).query()).getItems()));
    }

    private NavNode selectedNode() throws Exception {
        return onFx(() -> lookup("#navigation").<TreeView<NavNode>>query().getSelectionModel().getSelectedItem().getValue());
    }

    @Test
    void offlineSearchFindsWhatARequestSaysAndOpensItsRegistry() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxData.Registry hub = services.sandbox().orElseThrow().data().registries().stream()
                .filter(r -> r.name().equals("fabrikamedgehub")).findFirst().orElseThrow();
        closeWindow();
        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search page opens", () -> visible("#search-field"));
        clickOn("#search-field").write("data science");
        waitUntil("the connection whose request says so is found", () -> rows("#search-results").size() == 1);
        SearchHit hit = this.<SearchHit>rows("#search-results").getFirst();
        assertThat(hit.id()).contains("/privateEndpointConnections/contosoprodacr.");
        assertThat(text("#search-status")).contains("found in");
        shoot("search-offline");

        onFx(() -> {
            lookup("#search-field").<TextField>query().setText("fabrikamedgeh");
            return null;
        });
        waitUntil("the registry is found by a prefix of its name", () -> !rows("#search-results").isEmpty()
                && this.<SearchHit>rows("#search-results").getFirst().name().equals(hub.name()));
        openFirstResult();
        waitUntil("the tree opens it", () -> selectedNode().name().equals(hub.name()));
        waitUntil("its details show", () -> hub.loginServer().equals(text("#field-login-server")));
    }

    @Test
    void offlineSearchFindsARunIdAnImageDigestAConnectedRegistrysStatusAndATokenAndOpensThem() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        CacheScope scope = services.viewScope();
        String prod = registryId("contosoprodacr");
        String hub = registryId("fabrikamedgehub");
        // What the user looked at while online: a registry's runs, another's connected registries and tokens.
        selectInTree("Runs", "contosoprodacr");
        waitUntil("runs are cached", () -> !services.store().children(scope, prod, RunKind.KIND).isEmpty());
        selectInTree("Connected registries", "fabrikamedgehub");
        waitUntil("connected registries are cached", () -> cached(scope, hub, ConnectedRegistryKind.KIND, "corkdepot") != null);
        selectInTree("Tokens", "fabrikamedgehub");
        waitUntil("tokens are cached", () -> cached(scope, hub, TokenKind.KIND, "dublin-client-token") != null);
        CachedResource run = services.store().children(scope, prod, RunKind.KIND).stream()
                .filter(r -> !digest(r).isEmpty()).findFirst().orElseThrow();
        String status = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cached(scope, hub, ConnectedRegistryKind.KIND, "corkdepot").json())
                .at("/properties/statusDetails/0/description").asText();
        closeWindow();
        openWindow(dir, LaunchOptions.Mode.OFFLINE).get(30, TimeUnit.SECONDS);
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil("the search page opens", () -> visible("#search-field"));

        search("its run id", run.name(), hit -> hit.id().equalsIgnoreCase(run.id()));
        search("an output image's digest", digest(run), hit -> hit.id().equalsIgnoreCase(run.id()));
        search("a connected registry's status text", status, hit -> hit.name().equals("corkdepot"));
        search("a token's name", "dublin-client-token", hit -> hit.kind() == TokenKind.KIND
                && hit.name().equals("dublin-client-token"));

        openFirstResult();
        waitUntil("the tree opens the registry's tokens", () -> selectedNode().folder()
                && selectedNode().folderOf() == TokenKind.KIND && selectedNode().id().equalsIgnoreCase(hub));
        waitUntil("the token is selected in its table", () -> {
            Row selected = onFx(() -> lookup("#child-table").<TableView<Row>>query()
                    .getSelectionModel().getSelectedItem());
            return selected != null && selected.name().equals("dublin-client-token");
        });
        shoot("search-opened-token");
    }

    @Test
    void fourChangesBetweenTwoRefreshesShowWithBeforeAndAfterAndInTheComparisonWithAnEarlierSnapshot() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxServer sandbox = services.sandbox().orElseThrow();
        sandbox.runs().setRunDuration(java.time.Duration.ofSeconds(3));
        CacheScope scope = services.viewScope();
        String hub = registryId("fabrikamedgehub");
        selectInTree("Connected registries", "fabrikamedgehub");
        waitUntil("connected registries are cached", () -> cached(scope, hub, ConnectedRegistryKind.KIND, "dublinsite") != null);
        selectInTree("Tokens", "fabrikamedgehub");
        waitUntil("tokens are cached", () -> cached(scope, hub, TokenKind.KIND, "cork-client-token") != null);
        selectInTree("Runs", "contosoprodacr");
        waitUntil("runs are cached", () -> !services.store().children(scope, registryId("contosoprodacr"), RunKind.KIND).isEmpty());
        Path before = dir.resolve("before.acrsnap");
        onFx(() -> model.exportSnapshot(before, false)).get(30, TimeUnit.SECONDS);

        // The outside world moves: a connection is asked for again, a site goes Unhealthy, a token is disabled.
        SandboxData.PrivateEndpointConnection approved = sandbox.data().privateEndpointConnections().stream()
                .filter(c -> c.status().equals("Approved") && c.registryId().endsWith("/fabrikamedgehub")).findFirst().orElseThrow();
        sandbox.state().change(approved.id(), n -> ((ObjectNode) n.at("/properties/privateLinkServiceConnectionState"))
                .put("status", "Pending"));
        String site = cached(scope, hub, ConnectedRegistryKind.KIND, "dublinsite").id();
        sandbox.state().change(site, n -> ((ObjectNode) n.get("properties")).put("connectionState", "Unhealthy"));
        String token = cached(scope, hub, TokenKind.KIND, "cork-client-token").id();
        sandbox.state().change(token, n -> ((ObjectNode) n.get("properties")).put("status", "disabled"));
        // And a build fails (a run the user scheduled, followed to its end).
        clickOn("#run-schedule");
        onFx(() -> {
            lookup("#schedule-source").<TextField>query().setText("https://github.com/contoso/webapp.git#main");
            lookup("#schedule-images").<TextField>query().setText("failing-webapp:1");
            return null;
        });
        clickOn("#schedule-run-ok");
        waitUntil("the build ends", () -> operationRows().stream().anyMatch(op -> op.title().contains("failing-webapp:1")
                && op.state() != Operation.State.Pending && op.state() != Operation.State.Running));

        onFx(() -> model.refresh()).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            model.showChanges(null);
            return null;
        });
        waitUntil("the changes page opens", () -> visible("#changes-table"));
        waitUntil("all four show", () -> changed("Connection status", "Approved", "Pending") != null
                && changed("Connection state", "Online", "Unhealthy") != null
                && changed("Status", "enabled", "disabled") != null
                && changed("Run status", null, "Failed") != null);
        assertThat(changed("Connection state", "Online", "Unhealthy").name()).isEqualTo("dublinsite");
        assertThat(changed("Status", "enabled", "disabled").name()).isEqualTo("cork-client-token");
        shoot("changes-four");

        filter(ChangesViewModel.Filter.UNHEALTHY);
        waitUntil("the Unhealthy filter keeps the site", () -> this.<Change>rows("#changes-table").stream()
                .map(Change::name).toList().equals(List.of("dublinsite")));
        filter(ChangesViewModel.Filter.FAILED_RUNS);
        waitUntil("the failed-runs filter keeps the build", () -> changed("Run status", null, "Failed") != null
                && this.<Change>rows("#changes-table").stream().allMatch(c -> c.kind().equals("run")
                        && ("Failed".equals(c.after()) || c.what() == Change.What.added)));

        onFx(() -> {
            model.showChanges(before);
            return null;
        });
        waitUntil("the comparison with the earlier snapshot shows them too", () ->
                changed("Connection status", "Approved", "Pending") != null
                        && changed("Connection state", "Online", "Unhealthy") != null
                        && changed("Status", "enabled", "disabled") != null);
        shoot("changes-compared-four");
    }

    private String registryId(String name) {
        return services.sandbox().orElseThrow().data().registries().stream().filter(r -> r.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private CachedResource cached(CacheScope scope, String parentId, ResourceKind kind, String name) {
        return services.store().children(scope, parentId, kind).stream().filter(r -> r.name().equals(name))
                .findFirst().orElse(null);
    }

    private static String digest(CachedResource run) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.json())
                    .at("/properties/outputImages/0/digest").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Enter on the first search result, as a keyboard user opens it. */
    private void openFirstResult() throws Exception {
        onFx(() -> {
            TableView<?> results = lookup("#search-results").query();
            results.getSelectionModel().select(0);
            results.requestFocus();
            return null;
        });
        type(KeyCode.ENTER);
    }

    /** Types {@code text} into the search box and waits for the first result to be the {@code what} expected. */
    private void search(String what, String text, java.util.function.Predicate<SearchHit> expected) throws Exception {
        onFx(() -> {
            lookup("#search-field").<TextField>query().setText(text);
            return null;
        });
        waitUntil("searching " + what + " (" + text + ") finds it first", () -> !rows("#search-results").isEmpty()
                && expected.test(this.<SearchHit>rows("#search-results").getFirst()));
    }

    /** The change of {@code field} to {@code after} (from {@code before}, when not null) the table shows, or null. */
    private Change changed(String field, String before, String after) throws Exception {
        return this.<Change>rows("#changes-table").stream().filter(c -> field.equals(c.field()) && after.equals(c.after())
                && (before == null || before.equals(c.before()))).findFirst().orElse(null);
    }

    private void filter(ChangesViewModel.Filter f) throws Exception {
        onFx(() -> {
            lookup("#changes-filter").<ComboBox<Object>>query().setValue(f);
            return null;
        });
    }

    @Test
    void aChangeBetweenTwoRefreshesShowsInWhatChangedAndMarksTheTreeUntilLookedAt() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxServer sandbox = services.sandbox().orElseThrow();
        SandboxData.PrivateEndpointConnection approved = sandbox.data().privateEndpointConnections().stream()
                .filter(c -> c.status().equals("Approved") && c.registryId().endsWith("/fabrikamedgehub")).findFirst().orElseThrow();
        // Its owner re-asks from another network: the connection goes back to Pending, outside the console.
        sandbox.state().change(approved.id(), n -> ((ObjectNode) n.at("/properties/privateLinkServiceConnectionState"))
                .put("status", "Pending").put("description", "Please approve again from the new VNet"));

        onFx(() -> model.refresh()).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            model.showChanges(null);
            return null;
        });
        waitUntil("the changes page opens", () -> visible("#changes-table"));
        onFx(() -> {
            lookup("#changes-filter").<ComboBox<Object>>query().setValue(dev.acrconsole.ui.changes.ChangesViewModel.Filter.PENDING_ENDPOINTS);
            return null;
        });
        waitUntil("the connection that went Pending is listed", () -> rows("#changes-table").size() == 1);
        Change change = this.<Change>rows("#changes-table").getFirst();
        assertThat(change.field()).isEqualTo("Connection status");
        assertThat(change.before()).isEqualTo("Approved");
        assertThat(change.after()).isEqualTo("Pending");
        shoot("changes-pending");

        // The tree marks the registry (and its connections folder) until the user opens that folder.
        waitUntil("the registry is marked", () -> model.navigation().changedProperty().get()
                .contains(approved.registryId().toLowerCase()));
        selectInTree("Private endpoint connections", "fabrikamedgehub");
        waitUntil("looking clears the mark", () -> !model.navigation().changedProperty().get()
                .contains(approved.registryId().toLowerCase()));
    }

    @Test
    void aSnapshotOpensReadOnlyElsewhereHoldsNoSecretAndComparesWithTheCache() throws Exception {
        openWindow(dir.resolve("a"), LaunchOptions.Mode.SANDBOX).get(60, TimeUnit.SECONDS);
        SandboxServer sandbox = services.sandbox().orElseThrow();
        List<String> registries = registryNamesInTree();
        Path file = dir.resolve("review.acrsnap");
        onFx(() -> model.exportSnapshot(file, false)).get(30, TimeUnit.SECONDS);
        waitUntil("the user is told", () -> visible("#toast") && text("#toast").startsWith("Snapshot of everything written"));

        // Something changes after the snapshot: a registry goes away at ARM.
        String gone = sandbox.data().registries().getFirst().id();
        try (var client = java.net.http.HttpClient.newBuilder().sslContext(trust(sandbox)).build()) {
            client.send(java.net.http.HttpRequest.newBuilder(sandbox.baseUrl().resolve(gone.substring(1) + "?api-version=2025-11-01"))
                    .header("Authorization", "Bearer " + SandboxServer.token()).DELETE().build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        Thread.sleep(3200); // the sandbox's delete takes 3 s
        onFx(() -> model.refresh()).get(60, TimeUnit.SECONDS);
        onFx(() -> {
            model.showChanges(file);
            return null;
        });
        waitUntil("the comparison lists the removed registry", () -> this.<Change>rows("#changes-table").stream()
                .anyMatch(c -> c.what() == Change.What.removed && c.id().equalsIgnoreCase(gone)));
        shoot("changes-compared");
        closeWindow();

        // Another machine: a fresh data dir opens the snapshot read-only, with the same tree.
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(SandboxServer.token());
        services = new AppServices(LaunchOptions.Mode.SNAPSHOT, dir.resolve("b"),
                dev.acrconsole.cache.Snapshots.open(file, dir.resolve("b").resolve("work"), Kinds.CATALOG.cachePolicy()), java.time.Clock.systemUTC());
        openExisting().get(30, TimeUnit.SECONDS);
        assertThat(text("#offline-banner")).startsWith("Snapshot (read-only) of everything, made ");
        assertThat(registryNamesInTree()).containsExactlyInAnyOrderElementsOf(registries);
        assertThat(Files.readAllBytes(file)).as("reading a snapshot never writes to it").isEqualTo(bytes);
        shoot("snapshot-open");
    }

    private static javax.net.ssl.SSLContext trust(SandboxServer sandbox) throws Exception {
        var store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("sandbox", sandbox.certificate());
        var tmf = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        var ctx = javax.net.ssl.SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
