package dev.acrconsole.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.accounts.Accounts;
import dev.acrconsole.app.accounts.Keyring;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.privateendpoints.ConnectionActions;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.settings.AccountKind;
import dev.acrconsole.app.settings.CloudSettings;
import dev.acrconsole.app.settings.ProxySettings;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.cache.ResourceStore;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.sandbox.SandboxPrincipal;
import dev.acrconsole.sandbox.SandboxServer;
import dev.acrconsole.ui.FxRead;
import dev.acrconsole.ui.fx.FxBridge;
import dev.acrconsole.ui.main.MainViewModel;
import dev.acrconsole.ui.main.MainWindow;
import dev.acrconsole.ui.main.Screenshot;
import dev.acrconsole.ui.navigation.NavNode;
import dev.acrconsole.ui.services.AppServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The accounts panel in a real window (Monocle, headless), signing in to the sandbox as a custom cloud through the
 * real MSAL and azure-identity code, into a real SQLite cache.
 */
class AccountsPanelTest extends FxRobot {
    private static final Predicate<NavNode> REGISTRY = n -> n.is(RegistryKind.KIND);
    private static final Predicate<NavNode> SUBSCRIPTION = n -> n.is(SubscriptionKind.KIND);
    private static final Predicate<NavNode> ACCOUNT = n -> n.role() == NavNode.Role.ACCOUNT;
    private static final Predicate<NavNode> MESSAGE = n -> n.role() == NavNode.Role.MESSAGE;
    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private SandboxData.Subscription prod;
    private SandboxData.Subscription edge;
    private AppServices services;
    private MainViewModel model;

    @BeforeEach
    void sandboxAsACustomCloud() throws Exception {
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        prod = sandbox.data().subscriptions().getFirst();
        edge = sandbox.data().subscriptions().get(2);
        // Alice is at home in Contoso and a guest in Fabrikam, whose conditional access wants MFA.
        sandbox.identity().registerUser(new SandboxPrincipal("alice@contoso.com", prod.tenantId(),
                Set.of(prod.subscriptionId(), edge.subscriptionId()), Set.of(edge.tenantId())));
        Path ca = Files.writeString(dir.resolve("sandbox-ca.pem"), sandbox.certificatePem());
        // The user set up the cloud and the trust before: what the add-account and network dialogs save.
        try (CacheDatabase db = CacheDatabase.open(dataDir(), Kinds.CATALOG.cachePolicy())) {
            Accounts setup = new Accounts(dataDir(), new ResourceStore(db), Kinds.CATALOG, Clock.systemUTC(), Map.of(), Keyring.probe(dataDir()));
            setup.addCloud(new CloudSettings("Sandbox", sandbox.baseUrl().toString(), sandbox.identityUrl().toString(),
                    sandbox.baseUrl().toString()));
            setup.saveNetwork(ProxySettings.SYSTEM, null, ca.toString());
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
        sandbox.close();
    }

    @Test
    void theDeviceCodeIsShownAndCancelForgetsTheSignIn() throws Exception {
        openWindow();
        assertThat(text("#status-mode")).as("no accounts yet: offline until one is added").isEqualTo("Offline");
        assertThat(visible("#accounts-panel")).isTrue();
        assertThat(text("#accounts-notice")).contains("memory only");

        interact(() -> model.accounts().add(deviceCode()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !field("#device-code").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#device-code-box")).isTrue();
        String code = field("#device-code");
        assertThat(code).matches("[0-9A-F]{8}");
        assertThat(field("#device-code-url")).startsWith(sandbox.identityUrl().toString()).endsWith("devicelogin");

        clickOn("#device-code-cancel");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !visible("#device-code-box"));
        assertThat(text("#accounts-status")).isEqualTo("Sign-in cancelled.");
        assertThat(model.accounts().accountsProperty()).isEmpty();
        assertThat(text("#status-mode")).isEqualTo("Offline");
    }

    @Test
    void approvingTheDeviceCodeGoesLiveAndAnMfaTenantExplainsAnEmptyTree() throws Exception {
        openWindow();
        interact(() -> model.accounts().add(deviceCode()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !field("#device-code").isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible("#device-code-box")).isTrue();
        sandbox.identity().approveDeviceCode(field("#device-code"), "alice@contoso.com");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(REGISTRY).size()
                == sandbox.data().registries(prod.subscriptionId()).size());
        assertThat(text("#status-mode")).isEqualTo("Live");
        assertThat(treeNames(ACCOUNT)).containsExactly("alice@contoso.com");
        assertThat(treeNames(SUBSCRIPTION)).containsExactly(prod.displayName());
        // Fabrikam is listed but not signed in to until opened; opening it finds it wants MFA, and says so.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shows("#open-" + edge.tenantId()));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#open-" + edge.tenantId());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shows("#sign-in-" + edge.tenantId()));
        assertThat(text(".tenant-problem"))
                .isEqualTo("Needs multi-factor authentication (AADSTS50076).");
        WaitForAsyncUtils.waitForFxEvents();
        saveScreenshot("accounts-panel.png");
        // The tree shrank when the tenant was opened: the rows below its end are blank, no arrow of a former row left,
        // nor its name (an emptied cell keeps its graphic, hidden).
        List<TreeCell<?>> blank = WaitForAsyncUtils.asyncFx(() -> lookup(".tree-cell").<TreeCell<?>>queryAll().stream()
                .filter(cell -> cell.isVisible() && cell.isEmpty()).toList()).get(10, TimeUnit.SECONDS);
        long staleArrows = WaitForAsyncUtils.asyncFx(() -> blank.stream()
                .filter(cell -> cell.lookupAll(".arrow").stream().anyMatch(arrow -> arrow.isVisible()
                        && arrow.getParent() != null && arrow.getParent().isVisible() && arrow.getScene() != null))
                .count()).get(10, TimeUnit.SECONDS);
        assertThat(staleArrows).isZero();
        assertThat(blank).noneMatch(cell -> cell.getGraphic() != null && cell.getGraphic().isVisible());

        // The account's "keep everything for offline review", remembered in settings.json.
        clickOn("#keep-everything-" + AccountCard.safeId("alice@contoso.com@Sandbox"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> services.accounts().settings().accounts().getFirst().keepEverything());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.refreshingProperty().get());

        clickOn("#sub-" + prod.subscriptionId());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(SUBSCRIPTION).isEmpty());
        assertThat(treeNames(MESSAGE)).singleElement().asString().contains("Fabrikam").contains("multi-factor");
    }

    @Test
    void removingAnAccountAsksAndDeletesItsCachedRowsWhenTold() throws Exception {
        sandbox.identity().registerApp("aaaaaaaa-0000-0000-0000-000000000001", "secret-a",
                new SandboxPrincipal("contoso-ci", prod.tenantId(), Set.of(prod.subscriptionId())));
        sandbox.identity().registerApp("bbbbbbbb-0000-0000-0000-000000000002", "secret-b",
                new SandboxPrincipal("fabrikam-ci", edge.tenantId(), Set.of(edge.subscriptionId())));
        openWindow();
        interact(() -> model.accounts().add(servicePrincipal(prod.tenantId(), "aaaaaaaa-0000-0000-0000-000000000001", "secret-a")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(SUBSCRIPTION).size() == 1);
        interact(() -> model.accounts().add(servicePrincipal(edge.tenantId(), "bbbbbbbb-0000-0000-0000-000000000002", "secret-b")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(SUBSCRIPTION).size() == 2);
        // Each account's tree holds only its own subscription.
        assertThat(subscriptionsUnder("app:aaaaaaaa-0000-0000-0000-000000000001")).containsExactly(prod.displayName());
        assertThat(subscriptionsUnder("app:bbbbbbbb-0000-0000-0000-000000000002")).containsExactly(edge.displayName());

        // The panel has read both accounts' subscriptions back from the cache.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shows("#sub-" + prod.subscriptionId())
                && shows("#sub-" + edge.subscriptionId()));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#remove-app_aaaaaaaa-0000-0000-0000-000000000001_Sandbox");
        clickOn("Remove and delete cached data");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(ACCOUNT).size() == 1);
        assertThat(treeNames(SUBSCRIPTION)).containsExactly(edge.displayName());
        assertThat(text("#accounts-status")).startsWith("Account removed with its ");
        assertThat(services.store().navigationRows(new dev.acrconsole.cache.CacheScope(
                "app:aaaaaaaa-0000-0000-0000-000000000001", "Sandbox"))).isEmpty();
    }

    @Test
    void aLiveAccountApprovesAPendingConnectionThroughItsOwnSession() throws Exception {
        sandbox.identity().registerApp("cccccccc-0000-0000-0000-000000000003", "secret-c",
                new SandboxPrincipal("contoso-ops", prod.tenantId(), Set.of(prod.subscriptionId())));
        openWindow();
        interact(() -> model.accounts().add(servicePrincipal(prod.tenantId(), "cccccccc-0000-0000-0000-000000000003", "secret-c")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(REGISTRY).size()
                == sandbox.data().registries(prod.subscriptionId()).size());
        var pending = services.store().withJsonValue(null, dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind.KIND,
                "$.properties.privateLinkServiceConnectionState.status", "Pending");
        assertThat(pending).hasSize(2).allMatch(c -> c.scope().account().equals("app:cccccccc-0000-0000-0000-000000000003"));
        var connection = pending.getFirst();

        var journaled = WaitForAsyncUtils.asyncFx(() -> model.pageContext().submit(connection.scope(),
                        dev.acrconsole.app.privateendpoints.ConnectionActions.approve(connection.id(), connection.tenantId(), "ok")))
                .get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS);

        assertThat(journaled.scope()).isEqualTo(connection.scope());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> services.journal().get(journaled.id()).orElseThrow().state().terminal());
        assertThat(services.journal().get(journaled.id()).orElseThrow().state()).isEqualTo(dev.acrconsole.cache.Operation.State.Succeeded);
        assertThat(sandbox.state().get(connection.id()).orElseThrow()
                .at("/properties/privateLinkServiceConnectionState/status").asText()).isEqualTo("Approved");
    }

    @Test
    void theServicePrincipalFormRefusesABadTenantWhereItIsTypedAndKeepsTheSecretOutOfTheSettings() throws Exception {
        sandbox.identity().registerApp("dddddddd-0000-0000-0000-000000000004", "form-secret-value",
                new SandboxPrincipal("form-ci", prod.tenantId(), Set.of(prod.subscriptionId())));
        openWindow();
        clickOn("#add-account");
        clickOn("Service principal…");
        interact(() -> lookup("#add-cloud").<javafx.scene.control.ChoiceBox<String>>query().setValue("Sandbox"));
        clickOn("#add-tenant").write("not a tenant");
        clickOn("#add-client-id").write("dddddddd-0000-0000-0000-000000000004");
        clickOn("#add-secret").write("form-secret-value");
        clickOn("OK");

        assertThat(text("#form-error")).startsWith("Tenant: a tenant id (GUID) or domain");
        Node form = lookup("#form-error").query();
        Screenshot shot = WaitForAsyncUtils.asyncFx(() -> Screenshot.capture(form.getScene())).get(10, TimeUnit.SECONDS);
        shot.writePng(Path.of("target", "add-account-dialog.png"));

        interact(() -> lookup("#add-tenant").queryAs(TextField.class).setText(prod.tenantId()));
        clickOn("OK");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> treeNames(SUBSCRIPTION).size() == 1);
        assertThat(Files.readString(dataDir().resolve("settings.json"))).contains("dddddddd-0000-0000-0000-000000000004")
                .doesNotContain("form-secret-value");
    }

    private static AddAccountRequest deviceCode() {
        return new AddAccountRequest(AccountKind.DEVICE_CODE, "Sandbox", null, null, null, null, null);
    }

    private static AddAccountRequest servicePrincipal(String tenant, String clientId, String secret) {
        return new AddAccountRequest(AccountKind.SERVICE_PRINCIPAL_SECRET, "Sandbox", null, tenant, clientId, secret, null);
    }

    private Path dataDir() {
        return dir.resolve("data");
    }

    private void openWindow() throws Exception {
        services = new AppServices(LaunchOptions.Mode.LIVE, dataDir(), CacheDatabase.open(dataDir(), Kinds.CATALOG.cachePolicy()), Clock.systemUTC());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new MainViewModel(services, FxBridge.executor());
            new MainWindow(model, services.uiKinds(), f -> { }).showIn(s);
            model.start();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#accounts-notice").isEmpty());
    }

    private String text(String query) {
        return FxRead.on(() -> lookup(query).queryAs(Label.class).getText());
    }

    /**
     * Whether a node matching {@code query} is in the window, looked up on the FX thread: a lookup from the test's
     * thread walks children lists the FX thread may be changing (it once failed with IndexOutOfBoundsException).
     */
    private boolean shows(String query) {
        return FxRead.on(() -> lookup(query).tryQuery().isPresent());
    }

    private String field(String query) {
        return FxRead.on(() -> lookup(query).queryAs(TextField.class).getText());
    }

    private boolean visible(String query) {
        return FxRead.on(() -> lookup(query).query().isVisible());
    }

    private List<String> treeNames(Predicate<NavNode> kind) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            List<String> names = new ArrayList<>();
            collect(tree.getRoot(), kind, names);
            return names;
        }).get(10, TimeUnit.SECONDS);
    }

    private List<String> subscriptionsUnder(String account) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TreeView<NavNode> tree = lookup("#navigation").query();
            List<String> names = new ArrayList<>();
            for (TreeItem<NavNode> a : tree.getRoot().getChildren()) {
                if (a.getValue().name().equals(account)) {
                    collect(a, SUBSCRIPTION, names);
                }
            }
            return names;
        }).get(10, TimeUnit.SECONDS);
    }

    private static void collect(TreeItem<NavNode> item, Predicate<NavNode> kind, List<String> names) {
        for (TreeItem<NavNode> child : item.getChildren()) {
            if (kind.test(child.getValue())) {
                names.add(child.getValue().name());
            }
            collect(child, kind, names);
        }
    }

    private void saveScreenshot(String name) throws Exception {
        Node root = lookup("#accounts-panel").query();
        Screenshot shot = WaitForAsyncUtils.asyncFx(() -> Screenshot.capture(root.getScene())).get(10, TimeUnit.SECONDS);
        shot.writePng(Path.of("target", name));
    }
}
