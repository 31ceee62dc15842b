package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.cli.ExportCommand;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.scopemaps.ScopeMapDetails;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.SandboxConfig;
import dev.acrconsole.ui.fx.DateField;
import dev.acrconsole.ui.tokens.TokenFormViewModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scope maps (with the actions editor), tokens and their passwords, and secrets that never reach the data dir. */
class TokensWindowTest extends WindowFixture {
    private static final SandboxConfig QUICK = SandboxConfig.defaults()
            .withOperationDuration(Duration.ofMillis(500)).withRetryAfterSeconds(0);
    private static final String[] PLANTED = {"Pl4nted-ui-pw1-93c1d", "Pl4nted-ui-pw2-77ab0", "Pl4nted-ui-conn-1e5f2"};

    @TempDir
    Path dir;

    @AfterEach
    void tearDown() throws Exception {
        closeWindow();
    }

    private List<CachedResource> rows() throws Exception {
        return onFx(() -> lookup("#child-table").tryQuery().map(n -> ((TableView<Row>) n).getItems().stream().map(Row::resource).toList())
                .orElse(List.of()));
    }

    private void openFolder(String folder, String registry) throws Exception {
        selectInTree(folder, registry);
        waitUntil(folder + " are listed", () -> !rows().isEmpty() && folder.equals(text("#child-title"))
                && text("#child-status").startsWith("Fetched"));
    }

    private void select(String table, String name) throws Exception {
        onFx(() -> {
            TableView<Row> t = lookup(table).query();
            t.getSelectionModel().select(t.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
    }

    private Operation journaled(String title) {
        return services.journal().all().stream().filter(op -> op.title().equals(title)).reduce((a, b) -> b).orElse(null);
    }

    private void awaitSucceeded(String title) throws Exception {
        waitUntil(title + " succeeds", () -> journaled(title) != null && journaled(title).state() == Operation.State.Succeeded);
    }

    @Test
    void scopeMapsAreMadeAndEditedWithTheActionsEditorAndTokensWithAScopeMap() throws Exception {
        openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
        openFolder("Scope maps", "fabrikamedgehub");
        select("#child-table", "_repositories_pull");
        waitUntil("system scope maps cannot be edited", () -> lookup("#scope-map-edit").<Button>query().isDisabled());
        assertThat(lookup("#scope-map-delete").<Button>query().isDisabled()).isTrue();

        int before = services.sandbox().orElseThrow().requestCount();
        clickOn("#scope-map-create");
        clickOn("#scope-map-name").write("site-readers");
        onFx(() -> {
            lookup(".scope-map-repository").<HBox>query().getChildren().stream().filter(n -> n instanceof TextField)
                    .map(n -> (TextField) n).findFirst().orElseThrow().setText("Hello World");
            return null;
        });
        clickOn("#scope-map-form-ok");
        assertThat(text("#scope-map-actions-error")).contains("not a repository name");
        assertThat(services.sandbox().orElseThrow().requestCount()).as("nothing sent").isEqualTo(before);
        onFx(() -> {
            lookup(".scope-map-repository").<HBox>query().getChildren().stream().filter(n -> n instanceof TextField)
                    .map(n -> (TextField) n).findFirst().orElseThrow().setText("hello-world");
            return null;
        });
        clickOn("#scope-map-add-gateway");
        onFx(() -> {
            var rows = lookup("#scope-map-form").query().lookupAll(".text-field");
            rows.stream().map(n -> (TextField) n).filter(t -> "connected registry".equals(t.getPromptText())).findFirst()
                    .orElseThrow().setText("dublinsite");
            return null;
        });
        waitUntil("the actions show as they are ticked", () -> lookup("#scope-map-actions").<TextArea>query().getText()
                .contains("gateway/dublinsite/message/write"));
        assertThat(lookup("#scope-map-actions").<TextArea>query().getText()).contains("repositories/hello-world/content/read",
                "repositories/hello-world/metadata/read").doesNotContain("content/write");
        shootDialog("scope-map-editor", "#scope-map-form");
        clickOn("#scope-map-form-ok");
        awaitSucceeded("Create scope map site-readers");
        waitUntil("it is listed", () -> rows().stream().anyMatch(r -> r.name().equals("site-readers")));
        CachedResource made = rows().stream().filter(r -> r.name().equals("site-readers")).findFirst().orElseThrow();
        assertThat(ScopeMapDetails.parse(made.json()).actions()).containsExactly("repositories/hello-world/content/read",
                "repositories/hello-world/metadata/read", "gateway/dublinsite/config/read", "gateway/dublinsite/config/write",
                "gateway/dublinsite/message/read", "gateway/dublinsite/message/write");

        // Editing a sync scope map shows its repositories and gateways, and keeps what is not changed.
        select("#child-table", "dublinsite-sync-scope-map");
        clickOn("#scope-map-edit");
        assertThat(lookup("#scope-map-form").query().lookupAll(".scope-map-repository")).hasSize(3);
        onFx(() -> {
            lookup(".scope-map-repository").<HBox>query().getChildren().stream().filter(n -> n instanceof CheckBox)
                    .map(n -> (CheckBox) n).filter(c -> c.getAccessibleText().equals("content/delete")).findFirst()
                    .orElseThrow().setSelected(false);
            return null;
        });
        shootDialog("scope-map-edit", "#scope-map-form");
        clickOn("#scope-map-form-ok");
        awaitSucceeded("Update scope map dublinsite-sync-scope-map");
        waitUntil("the change is cached", () -> rows().stream().filter(r -> r.name().equals("dublinsite-sync-scope-map"))
                .allMatch(r -> !r.json().contains("repositories/hello-world/content/delete")));
        CachedResource edited = rows().stream().filter(r -> r.name().equals("dublinsite-sync-scope-map")).findFirst().orElseThrow();
        assertThat(ScopeMapDetails.parse(edited.json()).actions()).contains("repositories/acr/connected-registry/content/delete",
                "gateway/dublinfloor1/config/read");

        openFolder("Tokens", "fabrikamedgehub");
        clickOn("#token-create");
        clickOn("#token-name").write("site-client-02");
        onFx(() -> {
            ComboBox<TokenFormViewModel.ScopeMapChoice> maps = lookup("#token-scope-map").query();
            maps.setValue(maps.getItems().stream().filter(m -> m.name().equals("site-readers")).findFirst().orElseThrow());
            lookup("#token-enabled").<CheckBox>query().setSelected(false);
            return null;
        });
        shootDialog("token-create", "#token-form");
        clickOn("#token-form-ok");
        awaitSucceeded("Create token site-client-02");
        waitUntil("it is listed", () -> rows().stream().anyMatch(r -> r.name().equals("site-client-02")));
        TokenDetails token = TokenDetails.parse(rows().stream().filter(r -> r.name().equals("site-client-02")).findFirst()
                .orElseThrow().json());
        assertThat(token.scopeMapName()).isEqualTo("site-readers");
        assertThat(token.status()).isEqualTo("disabled");
        shoot("tokens-folder");
    }

    @Test
    void generatedPasswordsAndTheConnectionStringAreShownOnceAndReachNoFileNoLogAndNoExport() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        try {
            openWindow(dir, LaunchOptions.Mode.SANDBOX, QUICK).get(60, TimeUnit.SECONDS);
            services.sandbox().orElseThrow().tokenPasswords().plant(PLANTED);
            openFolder("Tokens", "fabrikamedgehub");
            select("#child-table", "dublin-client-token");
            clickOn("#token-generate");
            onFx(() -> {
                lookup("#token-password-which").<ComboBox<TokenCredentials.Which>>query().setValue(TokenCredentials.Which.BOTH);
                return null;
            });
            DateField expiry = lookup("#token-password-expiry").query();
            int before = services.sandbox().orElseThrow().requestCount();
            // What a user types and leaves with Tab stays as typed: a text that is not a day is said under the field,
            // never read as "no expiry".
            clickOn(expiry.text()).write("tomorrow");
            type(KeyCode.TAB);
            assertThat(text("#token-password-expiry-error")).isEqualTo(
                    "'tomorrow' is not a day: type it as year-month-day (YYYY-MM-DD), or pick it.");
            assertThat(onFx(() -> expiry.text().getText())).isEqualTo("tomorrow");
            clickOn("#token-passwords-ok");
            shootDialog("token-passwords-bad-day", "#token-password-expiry");
            assertThat(visible("#token-passwords-shown")).isFalse();
            assertThat(services.sandbox().orElseThrow().requestCount()).as("nothing sent").isEqualTo(before);

            onFx(() -> {
                expiry.pick(LocalDate.now(ZoneOffset.UTC).minusDays(1)); // from the calendar
                return null;
            });
            assertThat(onFx(() -> expiry.text().getText())).isEqualTo(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
            clickOn("#token-passwords-ok");
            assertThat(text("#token-password-expiry-error")).contains("after today");
            assertThat(services.sandbox().orElseThrow().requestCount()).as("nothing sent").isEqualTo(before);

            String day = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
            onFx(() -> {
                expiry.text().clear();
                return null;
            });
            clickOn(expiry.text()).write(day);
            type(KeyCode.TAB);
            assertThat(onFx(() -> expiry.text().getText())).as("a day typed and left with Tab").isEqualTo(day);
            assertThat(text("#token-password-expiry-error")).isEmpty();
            clickOn("#token-passwords-ok");
            waitUntil("the passwords show", () -> visible("#token-passwords-shown"));
            assertThat(lookup("#token-passwords-shown-value-1").<TextField>query().getText()).isEqualTo(PLANTED[0]);
            assertThat(lookup("#token-passwords-shown-value-2").<TextField>query().getText()).isEqualTo(PLANTED[1]);
            shootDialog("token-passwords-shown", "#token-passwords-shown");
            clickOn("Close");

            selectInTree("Connected registries", "fabrikamedgehub");
            waitUntil("the connected registries are listed", () -> onFx(() -> lookup("#cr-table").tryQuery()
                    .map(n -> ((TableView<?>) n).getItems().size()).orElse(0)) == 5 && text("#cr-status").startsWith("Fetched"));
            onFx(() -> {
                TableView<Row> t = lookup("#cr-table").query();
                t.getSelectionModel().select(t.getItems().stream().filter(r -> r.name().equals("dublinsite")).findFirst().orElseThrow());
                return null;
            });
            clickOn("#cr-connection-string-button");
            shootDialog("connection-string-confirm", "#cr-connection-confirm");
            clickOn("OK");
            waitUntil("the connection string shows", () -> visible("#cr-connection-string"));
            assertThat(lookup("#cr-connection-string-value-0").<javafx.scene.control.TextInputControl>query().getText()).isEqualTo(
                    "ConnectedRegistryName=dublinsite;SyncTokenName=dublinsite-sync-token;SyncTokenPassword=" + PLANTED[2]
                            + ";ParentGatewayEndpoint=fabrikamedgehub.southeastasia.data.azurecr.io;ParentEndpointProtocol=https");
            shootDialog("connection-string", "#cr-connection-string");
            clickOn("Close");

            // Everything that could carry them runs once more: refreshes of the tokens, and the export.
            openFolder("Tokens", "fabrikamedgehub");
            clickOn("#child-refresh");
            waitUntil("the tokens are fetched again", () -> text("#child-status").startsWith("Fetched"));
            select("#child-table", "dublin-client-token");
            waitUntil("its passwords show by name and expiry, never by value", () -> visible("#field-passwords")
                    && text("#field-passwords").contains("Password 1 (expires ") && text("#field-passwords").contains("Password 2 (expires "));
            assertThat(ExportCommand.run(dir, export, tee)).isZero();
            closeWindow();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("cache.db");
        for (String secret : PLANTED) {
            byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
            for (Path f : files) {
                assertThat(indexOf(Files.readAllBytes(f), needle)).as(secret + " in " + f).isNegative();
            }
            assertThat(export.toString(StandardCharsets.UTF_8)).as("export").doesNotContain(secret);
            assertThat(console.toString(StandardCharsets.UTF_8)).as("stdout and stderr").doesNotContain(secret);
        }
        assertThat(export.toString(StandardCharsets.UTF_8)).contains("dublin-client-token", "dublinsite-sync-token");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
