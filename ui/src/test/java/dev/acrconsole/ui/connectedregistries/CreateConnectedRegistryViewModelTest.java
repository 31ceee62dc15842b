package dev.acrconsole.ui.connectedregistries;

import static dev.acrconsole.ui.page.PageFixture.await;
import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryForm;
import dev.acrconsole.app.connectedregistries.CreateConnectedRegistryFlow;
import dev.acrconsole.app.connectedregistries.SyncSettings;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.connectedregistries.CreateConnectedRegistryViewModel.RegistryChoice;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The create-connected-registry wizard without the toolkit: which registries qualify and why not, the data endpoint
 * turned on from it, the name's rules and ARM's check, pages that do not open while they are wrong, and the three
 * operations of a create.
 */
class CreateConnectedRegistryViewModelTest {
    @TempDir
    Path dir;

    /** The messages the wizard's pages bind under their fields. */
    private static Messages messages(CreateConnectedRegistryViewModel m) {
        return Messages.of(m, ConnectedRegistryForm.PARENT, ConnectedRegistryForm.NAME, ConnectedRegistryForm.MODE,
                ConnectedRegistryForm.REPOSITORIES, SyncSettings.SCHEDULE, SyncSettings.WINDOW, SyncSettings.TTL,
                ConnectedRegistryForm.LOG_LEVEL, ConnectedRegistryForm.NOTIFICATIONS);
    }

    /** The wizard with the messages its pages show. */
    private record Wizard(CreateConnectedRegistryViewModel m, Messages shown) {}

    /** Opens the wizard from {@code registry}'s page (null: from nowhere) and waits until the chosen registry is read. */
    private static Wizard open(PageFixture f, String registry) {
        CreateConnectedRegistryViewModel m = new CreateConnectedRegistryViewModel(f.context);
        Messages shown = messages(m);
        await(m.load(registry == null ? null : f.registry(registry).id()));
        waitFor("the chosen registry is read", () -> m.form().parent() != null);
        return new Wizard(m, shown);
    }

    private static void choose(CreateConnectedRegistryViewModel m, String name) {
        m.registryProperty().set(m.registries().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
        // The parent is set, then its listener says the verdict, on the fixture's background thread: wait for both.
        waitFor(name + " is read", () -> {
            var parent = m.form().parent();
            return parent != null && parent.name().equals(name)
                    && m.parentVerdictProperty().get().equals(parent.problem() == null ? "" : parent.problem());
        });
    }

    private static void freeName(CreateConnectedRegistryViewModel m, String name) {
        m.nameProperty().set(name);
        waitFor(name + " is found free", () -> "Available".equals(m.nameCheckProperty().get()));
    }

    @Test
    void everyCachedRegistryIsOfferedAndThePagesOneIsChosen() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            CreateConnectedRegistryViewModel m = open(f, "fabrikamedgehub").m();
            assertThat(m.registries()).extracting(RegistryChoice::name).containsExactlyInAnyOrderElementsOf(
                    f.sandbox().data().registries().stream().map(SandboxData.Registry::name).toList());
            assertThat(m.registryProperty().get().name()).isEqualTo("fabrikamedgehub");
            assertThat(m.parentVerdictProperty().get()).isEmpty();
            assertThat(m.canEnableDataEndpointProperty().getValue()).isFalse();
            assertThat(m.pageProperty().get()).isZero();

            CreateConnectedRegistryViewModel fromNowhere = open(f, null).m();
            assertThat(fromNowhere.registryProperty().get().sku()).as("a Premium registry is chosen").isEqualTo("Premium");
        }
    }

    @Test
    void aBasicOrStandardRegistryIsRefusedWithItsReasonAndNothingIsAskedOrSent() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            Wizard w = open(f, "fabrikamedgehub");
            CreateConnectedRegistryViewModel m = w.m();
            Messages shown = w.shown();
            int requests = f.sandbox().requestCount();

            choose(m, "contosocitest");
            assertThat(m.parentVerdictProperty().get()).isEqualTo("contosocitest is a Basic registry: connected registries need"
                    + " the Premium SKU (with its dedicated data endpoint). Upgrade it to Premium first (Registry › Update),"
                    + " or choose a Premium registry.");
            assertThat(m.canEnableDataEndpointProperty().getValue()).as("nothing the wizard can fix").isFalse();
            m.nameProperty().set("store05");
            assertThat(m.nameCheckProperty().get()).as("no name is checked in a refused registry").isEmpty();
            assertThat(m.next()).isFalse();
            assertThat(m.pageProperty().get()).isZero();
            assertThat(shown.showing()).containsOnlyKeys(ConnectedRegistryForm.PARENT);

            choose(m, "contosoreleases");
            assertThat(m.parentVerdictProperty().get()).startsWith("contosoreleases is a Standard registry: ");
            assertThat(m.next()).isFalse();
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void aPremiumRegistryWithoutItsDataEndpointIsOfferedToHaveItTurnedOn() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir, PageFixture.QUICK)) {
            CreateConnectedRegistryViewModel m = open(f, "fabrikamedgehub").m();
            choose(m, "contosomirror");
            assertThat(m.parentVerdictProperty().get()).isEqualTo("contosomirror's dedicated data endpoint is off: connected"
                    + " registries sync through it. Enable it (an operation), then go on.");
            assertThat(m.canEnableDataEndpointProperty().getValue()).isTrue();
            assertThat(m.next()).isFalse();

            m.enableDataEndpoint();
            waitFor("the registry is read again with its data endpoint", () -> !m.enablingProperty().get()
                    && m.form().parent() != null && m.form().parent().dataEndpointEnabled());

            assertThat(m.parentVerdictProperty().get()).isEmpty();
            assertThat(m.canEnableDataEndpointProperty().getValue()).isFalse();
            Operation enabled = f.services.journal().all().getLast();
            assertThat(enabled.title()).isEqualTo("Enable the data endpoint of contosomirror");
            assertThat(enabled.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(f.atArm(f.registry("contosomirror").id()).at("/properties/dataEndpointEnabled").asBoolean()).isTrue();
        }
    }

    @Test
    void theNameFollowsTheRulesAndANameInUseIsSaidUnderIt() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            Wizard w = open(f, "fabrikamedgehub");
            CreateConnectedRegistryViewModel m = w.m();
            Messages shown = w.shown();

            m.nameProperty().set("site-01");
            assertThat(shown.of(ConnectedRegistryForm.NAME)).isEqualTo("Use only letters and digits (no dashes, dots or spaces).");
            m.nameProperty().set("abc");
            assertThat(shown.of(ConnectedRegistryForm.NAME)).isEqualTo("Use 5 to 35 letters and digits (this is 3): ARM allows 50,"
                    + " and the sync scope map's name, <name>-sync-scope-map, must fit in 50 as well.");
            assertThat(m.next()).isFalse();

            m.nameProperty().set("dublinsite");
            waitFor("ARM's answer shows", () -> !shown.of(ConnectedRegistryForm.NAME).isEmpty());
            assertThat(shown.of(ConnectedRegistryForm.NAME))
                    .isEqualTo("A connected registry named dublinsite already exists in this registry: choose another name.");
            assertThat(m.next()).isFalse();

            freeName(m, "limerick01");
            assertThat(shown.of(ConnectedRegistryForm.NAME)).isEmpty();
            assertThat(m.next()).isTrue();
            assertThat(m.pageProperty().get()).isEqualTo(1);
        }
    }

    @Test
    void aPageDoesNotOpenTheNextWhileItIsWrongAndLaterPagesAreNotJudgedEarly() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            Wizard w = open(f, "fabrikamedgehub");
            CreateConnectedRegistryViewModel m = w.m();
            Messages shown = w.shown();
            freeName(m, "limerick02");
            int requests = f.sandbox().requestCount();
            assertThat(m.next()).isTrue();
            assertThat(shown.showing()).as("the repositories page is not judged before it shows").isEmpty();

            assertThat(m.next()).isFalse();
            assertThat(shown.showing()).containsExactly(java.util.Map.entry(ConnectedRegistryForm.REPOSITORIES,
                    "Name at least one repository to sync, e.g. hello-world."));
            m.repositoriesProperty().set("Hello World");
            assertThat(shown.of(ConnectedRegistryForm.REPOSITORIES)).startsWith("'Hello World' is not a repository name");
            m.repositoriesProperty().set("hello-world");
            m.fields().scheduleProperty().set("0 9 * * *");
            assertThat(shown.of(SyncSettings.WINDOW)).contains("A sync window is needed", "PT3H");
            assertThat(m.fields().nextRunsProperty().getValue()).startsWith("Next syncs (UTC): ");
            m.fields().syncWindowProperty().set("PT2H");
            assertThat(shown.of(SyncSettings.WINDOW)).contains("out of range");
            m.fields().messageTtlProperty().set("P91D");
            assertThat(shown.of(SyncSettings.TTL)).contains("P90D");
            assertThat(m.next()).isFalse();
            assertThat(m.pageProperty().get()).isEqualTo(1);

            m.fields().syncWindowProperty().set("PT3H");
            m.fields().messageTtlProperty().set("P2D");
            assertThat(m.next()).isTrue();
            m.fields().notificationsProperty().set("hello-world:*:*\nhello-world");
            assertThat(m.next()).isFalse();
            assertThat(shown.of(ConnectedRegistryForm.NOTIFICATIONS)).startsWith("'hello-world' is not a notification pattern");
            assertThat(m.pageProperty().get()).isEqualTo(2);
            m.back();
            assertThat(m.pageProperty().get()).isEqualTo(1);
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void createMakesTheSyncScopeMapTheSyncTokenAndTheConnectedRegistryInOrder() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir, PageFixture.QUICK)) {
            Row hub = f.registry("fabrikamedgehub");
            f.fetch(hub, TokenKind.KIND);
            CreateConnectedRegistryViewModel m = open(f, "fabrikamedgehub").m();
            waitFor("its tokens are offered", () -> m.fields().clientTokens().size() >= 3);
            freeName(m, "limerick01");
            assertThat(m.next()).isTrue();
            m.repositoriesProperty().set("hello-world\napps/frontend");
            m.fields().scheduleProperty().set("0 22 * * *");
            m.fields().syncWindowProperty().set("PT6H");
            m.fields().messageTtlProperty().set("P3D");
            assertThat(m.next()).isTrue();
            m.fields().notificationsProperty().set("hello-world:*:*");
            TokenChoice client = m.fields().clientTokens().stream().filter(t -> t.toString().equals("dublin-client-token"))
                    .findFirst().orElseThrow();
            client.chosenProperty().set(true);
            assertThat(m.next()).isTrue();
            assertThat(m.pageProperty().get()).isEqualTo(CreateConnectedRegistryViewModel.CREATE_PAGE);
            assertThat(m.summary()).contains("In fabrikamedgehub, three operations", "scope map limerick01-sync-scope-map",
                    "token limerick01-sync-token", "connected registry limerick01 (Registry), syncing on '0 22 * * *' for PT6H",
                    "1 client token(s)");

            assertThat(m.create()).isTrue();
            waitFor("the creation ends", () -> !m.workingProperty().get() && !m.outcomeProperty().get().isEmpty());

            assertThat(m.outcomeProperty().get()).startsWith("Made ").contains("Get connection string");
            assertThat(m.steps()).extracting(CreateConnectedRegistryFlow.Step::state).containsOnly(CreateConnectedRegistryFlow.State.DONE);
            assertThat(m.canRemoveProperty().get()).isFalse();
            assertThat(f.services.journal().all()).extracting(Operation::title).containsSubsequence(
                    "Create scope map limerick01-sync-scope-map", "Create token limerick01-sync-token", "Create connected registry limerick01");
            assertThat(f.atArm(hub.id() + "/scopeMaps/limerick01-sync-scope-map").at("/properties/actions").toString())
                    .contains("repositories/hello-world/content/write", "repositories/apps/frontend/metadata/read",
                            "gateway/limerick01/config/read", "gateway/limerick01/message/write");
            assertThat(f.atArm(hub.id() + "/tokens/limerick01-sync-token").at("/properties/scopeMapId").asText())
                    .endsWith("/scopeMaps/limerick01-sync-scope-map");
            JsonNode made = f.atArm(hub.id() + "/connectedRegistries/limerick01");
            assertThat(made.at("/properties/parent/syncProperties/tokenId").asText()).endsWith("/tokens/limerick01-sync-token");
            assertThat(made.at("/properties/parent/syncProperties/schedule").asText()).isEqualTo("0 22 * * *");
            assertThat(made.at("/properties/parent/syncProperties/syncWindow").asText()).isEqualTo("PT6H");
            assertThat(made.at("/properties/notificationsList/0").asText()).isEqualTo("hello-world:*:*");
            assertThat(made.at("/properties/clientTokenIds/0").asText()).isEqualTo(client.id());

            m.back();
            assertThat(m.pageProperty().get()).as("once started, the wizard stays on its last page").isEqualTo(3);
            assertThat(m.create()).as("and creates once").isFalse();
        }
    }
}
