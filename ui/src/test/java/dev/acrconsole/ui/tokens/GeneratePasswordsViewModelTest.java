package dev.acrconsole.ui.tokens;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.tokens.GeneratedPasswords;
import dev.acrconsole.app.tokens.TokenCredentials;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CacheExport;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generating a token's passwords without the toolkit: the expiry's rule, the passwords handed over and kept nowhere. */
class GeneratePasswordsViewModelTest {
    private static final String[] PLANTED = {"vmaPlantedPasswordOne0x7Q", "vmaPlantedPasswordTwo0x9R"};

    @TempDir
    Path dir;

    private static Row token(PageFixture f, String name) {
        Row registry = f.registry("fabrikamedgehub");
        f.fetch(registry, TokenKind.KIND);
        return f.child(registry, TokenKind.KIND, name);
    }

    @Test
    void aDayThatIsNotAfterTodayIsRefusedWhereItIsChosenAndNothingIsAsked() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            GeneratePasswordsViewModel m = new GeneratePasswordsViewModel(f.context, token(f, "dublin-client-token"));
            Messages shown = Messages.of(m, TokenCredentials.EXPIRY);
            List<GeneratedPasswords> handed = new ArrayList<>();
            int requests = f.sandbox().requestCount();
            assertThat(m.tokenName()).isEqualTo("dublin-client-token");

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            m.expiryProperty().set(today.minusDays(1).toString());
            assertThat(shown.of(TokenCredentials.EXPIRY)).isEqualTo("Choose a day after today, or no expiry.");
            m.expiryProperty().set(today.toString());
            assertThat(shown.of(TokenCredentials.EXPIRY)).as("today has begun: it is past too").isNotEmpty();
            assertThat(m.submit(handed::add)).isNull();
            assertThat(handed).isEmpty();
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);

            m.expiryProperty().set(today.plusDays(1).toString());
            assertThat(shown.of(TokenCredentials.EXPIRY)).isEmpty();
            m.expiryProperty().set("");
            assertThat(shown.of(TokenCredentials.EXPIRY)).as("no expiry").isEmpty();
        }
    }

    @Test
    void onAProductionRegistryGeneratingAsksForTheTokensTypedNameAndReadOnlyModeSendsNothing() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            f.sandbox().tokenPasswords().plant(PLANTED);
            Row token = token(f, "dublin-client-token");
            f.services.guard().mark(f.registry("fabrikamedgehub").id(), true);
            List<String> asked = new ArrayList<>();
            f.services.guard().confirmer((name, action) -> {
                asked.add(name + " / " + action);
                return java.util.concurrent.CompletableFuture.completedFuture(false);
            });
            GeneratePasswordsViewModel m = new GeneratePasswordsViewModel(f.context, token);
            List<GeneratedPasswords> handed = new ArrayList<>();
            int requests = f.sandbox().requestCount();

            assertThat(m.submit(handed::add)).failsWithin(java.time.Duration.ofSeconds(10)).withThrowableThat()
                    .withMessageContaining("dublin-client-token is in production, and its name was not typed");
            assertThat(asked).containsExactly("dublin-client-token / Generate password1 of token dublin-client-token");

            f.services.guard().readOnly(true);
            assertThat(m.submit(handed::add)).failsWithin(java.time.Duration.ofSeconds(10)).withThrowableThat()
                    .withMessageContaining("Read-only mode: nothing is sent");
            assertThat(handed).isEmpty();
            assertThat(f.sandbox().requestCount()).as("nothing sent").isEqualTo(requests);
        }
    }

    @Test
    void aDayThatDoesNotReadIsSaidWhereItWasTypedKeptAsTypedAndNothingIsAsked() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            GeneratePasswordsViewModel m = new GeneratePasswordsViewModel(f.context, token(f, "dublin-client-token"));
            Messages shown = Messages.of(m, TokenCredentials.EXPIRY);
            List<GeneratedPasswords> handed = new ArrayList<>();
            int requests = f.sandbox().requestCount();

            for (String typed : List.of("tomorrow", "30/06/2027", "2027-02-30")) {
                m.expiryProperty().set(typed);
                assertThat(shown.of(TokenCredentials.EXPIRY)).as(typed)
                        .isEqualTo("'" + typed + "' is not a day: type it as year-month-day (YYYY-MM-DD), or pick it.");
                assertThat(m.submit(handed::add)).as("not sent as 'no expiry'").isNull();
                assertThat(m.expiryProperty().get()).as("kept as typed").isEqualTo(typed);
            }
            assertThat(handed).isEmpty();
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);

            String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).getYear() + "-6-30";
            m.expiryProperty().set(nextYear);
            assertThat(shown.of(TokenCredentials.EXPIRY)).as("a day without leading zeros reads").isEmpty();
        }
    }

    @Test
    void theGeneratedPasswordsGoToTheCallerAndReachNeitherTheJournalTheCacheFilesNorTheExport() throws Exception {
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row token = token(f, "dublin-client-token");
            f.sandbox().tokenPasswords().plant(PLANTED);
            GeneratePasswordsViewModel m = new GeneratePasswordsViewModel(f.context, token);
            LocalDate expiry = LocalDate.now(ZoneOffset.UTC).plusDays(30);
            m.whichProperty().set(TokenCredentials.Which.BOTH);
            m.expiryProperty().set(expiry.toString());
            List<GeneratedPasswords> handed = new ArrayList<>();

            await(m.submit(handed::add));

            assertThat(handed).hasSize(1);
            GeneratedPasswords passwords = handed.getFirst();
            assertThat(passwords.username()).isEqualTo("dublin-client-token");
            assertThat(passwords.passwords()).extracting(GeneratedPasswords.Password::name).containsExactly("password1", "password2");
            assertThat(passwords.passwords()).extracting(p -> p.value().reveal()).containsExactly(PLANTED);
            assertThat(passwords.passwords()).allSatisfy(p -> assertThat(p.expiry().toLocalDate()).isEqualTo(expiry));
            assertThat(f.services.journal().all()).as("not an operation").isEmpty();

            f.fetch(f.registry("fabrikamedgehub"), TokenKind.KIND); // the token is read again, with its new passwords' dates
            CacheExport.write(f.services.store(), f.services.journal(), export);
        }
        String exported = export.toString(StandardCharsets.UTF_8);
        assertThat(exported).contains("dublin-client-token", "password1");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("cache.db");
        for (String secret : PLANTED) {
            assertThat(exported).as("the export").doesNotContain(secret);
            for (Path file : files) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(secret + " in " + file)
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    void armsRefusalComesBackInItsWordsAndNothingIsHandedOver() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            GeneratePasswordsViewModel m = new GeneratePasswordsViewModel(f.context, token(f, "cork-client-token"));
            f.sandbox().faults().deny("generateCredentials");
            List<GeneratedPasswords> handed = new ArrayList<>();

            Throwable refused = catchThrowable(m.submit(handed::add)::join);

            assertThat(refused).isNotNull();
            assertThat(refused.getCause()).hasMessageStartingWith("AuthorizationFailed: ");
            assertThat(handed).isEmpty();
        }
    }
}
