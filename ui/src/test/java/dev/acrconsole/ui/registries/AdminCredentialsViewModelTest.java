package dev.acrconsole.ui.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.tokens.AdminCredentials;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin credentials dialog without the toolkit: shown from ARM once, one password regenerated on request. */
class AdminCredentialsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theCredentialsAreHandedToTheDialogAndARegeneratedPasswordReplacesItsOldOne() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            f.sandbox().tokenPasswords().plant("Adm1n-pw-one-4c1e", "Adm1n-pw-two-93fa", "Adm1n-pw-new-07bd");
            List<AdminCredentials.Shown> shown = new ArrayList<>();
            AdminCredentialsViewModel m = new AdminCredentialsViewModel(f.context, f.registry("contosodevacr"));
            PageFixture.await(m.submit(shown::add));
            assertThat(shown).singleElement().satisfies(c -> {
                assertThat(c.username()).isEqualTo("contosodevacr");
                assertThat(c.password().reveal()).isEqualTo("Adm1n-pw-one-4c1e");
                assertThat(c.password2().reveal()).isEqualTo("Adm1n-pw-two-93fa");
            });

            m.whatProperty().set(AdminCredentialsViewModel.What.REGENERATE_PASSWORD);
            PageFixture.await(m.submit(shown::add));
            assertThat(shown.getLast().password().reveal()).isEqualTo("Adm1n-pw-new-07bd");
            assertThat(shown.getLast().password2().reveal()).isEqualTo("Adm1n-pw-two-93fa");
            assertThat(f.services.journal().all()).as("never an operation: the journal holds no password").isEmpty();
        }
    }

    @Test
    void onAProductionRegistryRegenerateAsksForTheTypedNameAndReadOnlyModeSendsNothing() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            f.sandbox().tokenPasswords().plant("Adm1n-pw-one-4c1e", "Adm1n-pw-two-93fa", "Adm1n-pw-new-07bd");
            var registry = f.registry("contosodevacr");
            f.services.guard().mark(registry.id(), true);
            List<String> asked = new ArrayList<>();
            boolean[] typed = {false};
            f.services.guard().confirmer((name, action) -> {
                asked.add(name + " / " + action);
                return java.util.concurrent.CompletableFuture.completedFuture(typed[0]);
            });
            List<AdminCredentials.Shown> shown = new ArrayList<>();
            AdminCredentialsViewModel m = new AdminCredentialsViewModel(f.context, registry);
            m.whatProperty().set(AdminCredentialsViewModel.What.REGENERATE_PASSWORD2);
            int requests = f.sandbox().requestCount();

            assertThat(m.submit(shown::add)).failsWithin(java.time.Duration.ofSeconds(10)).withThrowableThat()
                    .withMessageContaining("contosodevacr is in production, and its name was not typed");
            assertThat(asked).containsExactly("contosodevacr / Regenerate password2 of contosodevacr");
            assertThat(f.sandbox().requestCount()).as("nothing sent").isEqualTo(requests);

            typed[0] = true;
            PageFixture.await(m.submit(shown::add));
            assertThat(shown).as("typed: regenerated and shown").singleElement().satisfies(c -> assertThat(c.password2()).isNotNull());

            f.services.guard().readOnly(true);
            int before = f.sandbox().requestCount();
            assertThat(m.submit(shown::add)).failsWithin(java.time.Duration.ofSeconds(10)).withThrowableThat()
                    .withMessageContaining("Read-only mode: nothing is sent");
            assertThat(f.sandbox().requestCount()).isEqualTo(before);
            assertThat(asked).hasSize(2);
        }
    }

    @Test
    void aRegistryWhoseAdminUserIsDisabledIsToldSoAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            AdminCredentialsViewModel m = new AdminCredentialsViewModel(f.context, f.registry("contosoprodacr"));
            Messages messages = Messages.of(m, AdminCredentialsViewModel.WHAT);
            int requests = f.sandbox().requestCount();
            assertThat(m.submit(c -> { })).isNull();
            assertThat(messages.of(AdminCredentialsViewModel.WHAT))
                    .isEqualTo("The admin user of contosoprodacr is disabled: enable it with Update… first.");
            assertThat(f.sandbox().requestCount()).isEqualTo(requests);
        }
    }
}
