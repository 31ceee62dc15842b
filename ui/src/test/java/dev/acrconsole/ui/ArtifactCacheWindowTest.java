package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.CacheSample;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.ui.cacherules.CacheRuleFormViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifact cache from the real window: the flag on the registry's page, the two folders, a credential set and a
 * cache rule created from their dialogs (a malformed Key Vault URI refused there first, nothing sent).
 */
class ArtifactCacheWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(500)).withRetryAfterSeconds(1);
    private static final String KV = "https://contoso-build-kv.vault.azure.net/secrets/";

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private List<String> tableNames() throws Exception {
        return onFx(() -> lookup("#child-table").<TableView<Row>>tryQuery()
                .map(t -> t.getItems().stream().map(Row::name).toList()).orElse(List.of()));
    }

    private void openFolder(String title, int rows) throws Exception {
        selectInTree(title, CacheSample.REGISTRY);
        waitUntil(title + " show", () -> tableNames().size() == rows && text("#child-status").startsWith("Fetched"));
    }

    private void selectRow(String name) throws Exception {
        onFx(() -> {
            TableView<Row> table = lookup("#child-table").query();
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
    }

    @Test
    void theRegistryPageFlagsTheRuleOnTheUnhealthySetAndASetAndARuleAreCreatedFromTheirDialogs() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        selectInTree(CacheSample.REGISTRY, null);
        waitUntil("the flag shows", () -> visible("#cacherule-flags-title")
                && text("#cacherule-flags-title").endsWith("(1)"));
        String flag = onFx(() -> lookup("#cacherule-flags").<javafx.scene.layout.VBox>query().getChildren().stream()
                .map(n -> ((javafx.scene.control.Hyperlink) n).getText()).findFirst().orElseThrow());
        assertThat(flag).contains("ghcr-actions-runner", "ghcr-creds", CacheSample.SECRET_NOT_FOUND);
        onFx(() -> { // the sections are below the registry's fields: scroll there, as a person would, to look
            for (javafx.scene.Node n = lookup("#cacherule-flags").query(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                }
            }
            return null;
        });
        shoot("cache-registry-flag");

        openFolder("Credential sets", 2);
        selectRow("ghcr-creds");
        waitUntil("its health shows", () -> visible("#field-credential1-health"));
        assertThat(text("#field-credential1-health")).startsWith("Credential1: Unhealthy (" + CacheSample.SECRET_NOT_FOUND);
        shoot("cache-credential-sets");

        int before = requests();
        clickOn("#credentialset-create");
        clickOn("#credentialset-name").write("quay-creds");
        clickOn("#credentialset-login-server").write("quay.io");
        clickOn("#credentialset-username").write("https://contoso-build-kv.vault.azure.net/keys/quay-user");
        clickOn("#credentialset-password").write(KV + "quay-pass");
        clickOn("#credentialset-form-ok");
        waitUntil("the malformed URI is refused where it was typed", () -> text("#credentialset-username-error").startsWith("Use https://"));
        shootDialog("cache-credential-set-refused", "#credentialset-form");
        assertThat(requests()).as("nothing sent").isEqualTo(before);
        onFx(() -> { // what a person does by selecting the text and typing it again
            lookup("#credentialset-username").<javafx.scene.control.TextField>query().setText(KV + "quay-user");
            return null;
        });
        waitUntil("the message goes", () -> text("#credentialset-username-error").isEmpty());
        clickOn("#credentialset-form-ok");
        waitUntil("the dialog closes", () -> !visible("#credentialset-form"));
        waitUntil("the set is made", () -> operation("Create credential set quay-creds") != null
                && operation("Create credential set quay-creds").state() == Operation.State.Succeeded);
        waitUntil("it shows without a refresh", () -> tableNames().contains("quay-creds"));

        openFolder("Cache rules", 4);
        clickOn("#cacherule-create");
        clickOn("#cacherule-name").write("quay-prometheus");
        clickOn("#cacherule-source").write("quay.io/prometheus/prometheus");
        clickOn("#cacherule-target").write("quay/prometheus");
        onFx(() -> {
            ComboBox<CacheRuleFormViewModel.SetChoice> sets = lookup("#cacherule-credential-set").query();
            sets.setValue(sets.getItems().stream().filter(c -> "quay-creds".equals(c.name())).findFirst().orElseThrow());
            return null;
        });
        shootDialog("cache-rule-create", "#cacherule-form");
        clickOn("#cacherule-form-ok");
        waitUntil("the dialog closes", () -> !visible("#cacherule-form"));
        waitUntil("the rule is made", () -> operation("Create cache rule quay-prometheus") != null
                && operation("Create cache rule quay-prometheus").state() == Operation.State.Succeeded);
        waitUntil("it shows without a refresh", () -> tableNames().contains("quay-prometheus"));
        selectRow("quay-prometheus");
        waitUntil("its details show", () -> visible("#field-credential-set") && text("#field-credential-set").equals("quay-creds"));
        shoot("cache-rules");
    }
}
