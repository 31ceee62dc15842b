package dev.acrconsole.ui.connectedregistries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryActions;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryForm;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryUpdate;
import dev.acrconsole.app.connectedregistries.SyncSettings;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connected registry update form without the toolkit: it starts from the cache, refuses bad values, sends a PATCH. */
class UpdateConnectedRegistryViewModelTest {
    @TempDir
    Path dir;

    private static Messages messages(UpdateConnectedRegistryViewModel m) {
        return Messages.of(m, SyncSettings.SCHEDULE, SyncSettings.WINDOW, SyncSettings.TTL, ConnectedRegistryForm.LOG_LEVEL,
                ConnectedRegistryForm.NOTIFICATIONS);
    }

    /** The connected registry {@code name} of fabrikamedgehub, with the registry's tokens cached (the page reads both). */
    private static Row connected(PageFixture f, String name) {
        Row hub = f.registry("fabrikamedgehub");
        f.fetch(hub, TokenKind.KIND);
        f.fetch(hub, ConnectedRegistryKind.KIND);
        return f.child(hub, ConnectedRegistryKind.KIND, name);
    }

    @Test
    void itStartsFromTheCachedSettingsAndOffersTheRegistrysTokensButNoSyncToken() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateConnectedRegistryViewModel galway = new UpdateConnectedRegistryViewModel(f.context, connected(f, "galwaypilot"));
            SyncFields fields = galway.fields();
            assertThat(galway.name()).isEqualTo("galwaypilot");
            assertThat(fields.scheduleProperty().get()).isEqualTo("0 2 * * 0,6");
            assertThat(fields.syncWindowProperty().get()).isEqualTo("PT12H");
            assertThat(fields.messageTtlProperty().get()).isEqualTo("P30D");
            assertThat(fields.nextRunsProperty().getValue()).startsWith("Next syncs (UTC): ");
            assertThat(fields.clientTokens()).extracting(TokenChoice::toString)
                    .contains("dublin-client-token", "cork-client-token", "old-site-token (disabled)")
                    .doesNotContain("galwaypilot-sync-token");
            // Its siblings' sync tokens neither: a client holding one could write their gateways' sync messages.
            assertThat(fields.clientTokens()).extracting(TokenChoice::toString).noneMatch(t -> t.contains("-sync-token"));
            assertThat(fields.clientTokens()).noneMatch(t -> t.chosenProperty().get());

            UpdateConnectedRegistryViewModel dublin = new UpdateConnectedRegistryViewModel(f.context, connected(f, "dublinsite"));
            assertThat(dublin.fields().nextRunsProperty().getValue()).isEqualTo("Syncs continuously (no window needed).");
            assertThat(dublin.fields().notificationsProperty().get()).isEqualTo("hello-world:*:*");
            assertThat(dublin.fields().clientTokens()).filteredOn(t -> t.chosenProperty().get()).extracting(TokenChoice::toString)
                    .containsExactly("dublin-client-token");
        }
    }

    @Test
    void badSyncValuesAndPatternsAreRefusedWhereTheyAreTypedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            UpdateConnectedRegistryViewModel m = new UpdateConnectedRegistryViewModel(f.context, connected(f, "galwaypilot"));
            Messages shown = messages(m);
            int requests = f.sandbox().requestCount();

            m.fields().syncWindowProperty().set("P8D");
            assertThat(shown.of(SyncSettings.WINDOW)).contains("P7D");
            m.fields().notificationsProperty().set("app/*");
            assertThat(shown.of(ConnectedRegistryForm.NOTIFICATIONS)).contains("<repository>:<tag>");
            m.fields().scheduleProperty().set("* * * * *");
            assertThat(shown.of(SyncSettings.WINDOW)).as("a window is checked whatever the schedule").contains("P7D");
            m.fields().scheduleProperty().set("61 * * * *");
            assertThat(shown.of(SyncSettings.SCHEDULE)).startsWith("Not a valid schedule");
            assertThat(m.fields().nextRunsProperty().getValue()).as("no next syncs for a wrong schedule").isEmpty();

            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(SyncSettings.SCHEDULE, SyncSettings.WINDOW, ConnectedRegistryForm.NOTIFICATIONS);
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void aGoodUpdateIsSentAndTheNextFormStartsFromIt() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row galway = connected(f, "galwaypilot");
            UpdateConnectedRegistryViewModel m = new UpdateConnectedRegistryViewModel(f.context, galway);
            m.fields().scheduleProperty().set("30 1 * * *");
            m.fields().syncWindowProperty().set("PT4H");
            m.fields().notificationsProperty().set("app/*:*");
            m.fields().logLevelProperty().set("Debug");
            TokenChoice cork = m.fields().clientTokens().stream().filter(t -> t.toString().equals("cork-client-token"))
                    .findFirst().orElseThrow();
            cork.chosenProperty().set(true);

            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.method()).isEqualTo("PATCH");
            assertThat(op.targetId()).isEqualTo(galway.id());
            JsonNode now = f.atArm(galway.id());
            assertThat(now.at("/properties/parent/syncProperties/schedule").asText()).isEqualTo("30 1 * * *");
            assertThat(now.at("/properties/parent/syncProperties/syncWindow").asText()).isEqualTo("PT4H");
            assertThat(now.at("/properties/notificationsList/0").asText()).isEqualTo("app/*:*");
            assertThat(now.at("/properties/logging/logLevel").asText()).isEqualTo("Debug");
            assertThat(now.at("/properties/clientTokenIds").toString()).contains(cork.id());

            UpdateConnectedRegistryViewModel again = new UpdateConnectedRegistryViewModel(f.context, f.row(galway.id()));
            assertThat(again.fields().scheduleProperty().get()).isEqualTo("30 1 * * *");
            assertThat(again.fields().logLevelProperty().get()).isEqualTo("Debug");
            assertThat(again.fields().clientTokens()).filteredOn(t -> t.chosenProperty().get()).extracting(TokenChoice::id)
                    .containsExactly(cork.id());
        }
    }

    @Test
    void aSyncTokenAlreadyServingClientsStaysOfferedAndTickedSoAnUpdateKeepsIt() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row galway = connected(f, "galwaypilot");
            String dublinSync = connected(f, "dublinsite").details(ConnectedRegistryDetails.class).sync().tokenId();
            ConnectedRegistryUpdate sent = new UpdateConnectedRegistryViewModel(f.context, galway).update();
            // Made elsewhere (az, the Portal): a sibling's sync token among the client tokens.
            f.ended(f.context.submit(galway.scope(), ConnectedRegistryActions.update(new ConnectedRegistryUpdate(sent.id(),
                    sent.tenantId(), sent.sync(), sent.logLevel(), sent.auditLog(), sent.notifications(), List.of(dublinSync)))));

            UpdateConnectedRegistryViewModel m = new UpdateConnectedRegistryViewModel(f.context, f.row(galway.id()));
            assertThat(m.fields().clientTokens()).filteredOn(t -> t.chosenProperty().get()).extracting(TokenChoice::id)
                    .containsExactly(dublinSync);
            assertThat(m.update().clientTokenIds()).containsExactly(dublinSync);
        }
    }
}
