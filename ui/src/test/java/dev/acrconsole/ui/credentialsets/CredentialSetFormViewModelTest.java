package dev.acrconsole.ui.credentialsets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.credentialsets.CredentialSetDetails;
import dev.acrconsole.app.credentialsets.CredentialSetForm;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.sandbox.CacheSample;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credential set form without the toolkit: Key Vault secret URIs checked where typed, what it sends. */
class CredentialSetFormViewModelTest {
    private static final String KV = "https://contoso-build-kv.vault.azure.net/secrets/";

    @TempDir
    Path dir;

    @Test
    void malformedKeyVaultUrisAndLoginServersAreRefusedWhereTypedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            int requests = f.sandbox().requestCount();
            CredentialSetFormViewModel m = new CredentialSetFormViewModel(f.context, registry, null);
            Messages shown = Messages.of(m, CredentialSetForm.NAME, CredentialSetForm.LOGIN_SERVER,
                    CredentialSetForm.USERNAME_SECRET, CredentialSetForm.PASSWORD_SECRET);
            m.nameProperty().set("quay-creds");
            m.loginServerProperty().set("https://quay.io");
            assertThat(shown.of(CredentialSetForm.LOGIN_SERVER)).contains("without https://");
            m.loginServerProperty().set("quay.io");
            assertThat(shown.of(CredentialSetForm.LOGIN_SERVER)).isEmpty();
            for (String wrong : new String[] {"myvault/secrets/user", "https://myvault.vault.azure.net/keys/user",
                    "http://myvault.vault.azure.net/secrets/user", "https://myvault.vault.azure.net/secrets/user/v1",
                    "https://my_vault.vault.azure.net/secrets/user", "https://myvault.example.com/secrets/user"}) {
                m.usernameSecretProperty().set(wrong);
                assertThat(shown.of(CredentialSetForm.USERNAME_SECRET)).as(wrong)
                        .startsWith("Use https://<vault>.vault.azure.net/secrets/<name>");
            }
            m.usernameSecretProperty().set(KV + "quay-user");
            assertThat(shown.of(CredentialSetForm.USERNAME_SECRET)).isEmpty();
            m.passwordSecretProperty().set(KV + "quay-pass/0123456789abcdef0123456789abcdef");
            assertThat(shown.of(CredentialSetForm.PASSWORD_SECRET)).as("a version of 32 hex digits").isEmpty();
            m.passwordSecretProperty().set("hunter2");
            assertThat(m.submit()).isNull();
            assertThat(shown.of(CredentialSetForm.PASSWORD_SECRET)).startsWith("Use https://<vault>.vault.azure.net/secrets/<name>");
            assertThat(m.passwordSecretProperty().get()).as("what was typed is kept").isEqualTo("hunter2");
            assertThat(f.services.journal().all()).isEmpty();
            assertThat(f.sandbox().requestCount()).as("nothing sent").isEqualTo(requests);
        }
    }

    @Test
    void aNewSetIsSentAndAnEditPointsTheUnhealthyOneAtNewSecrets() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            f.fetch(registry, CredentialSetKind.KIND);
            CredentialSetFormViewModel create = new CredentialSetFormViewModel(f.context, registry, null);
            create.nameProperty().set("quay-creds");
            create.loginServerProperty().set("quay.io");
            create.usernameSecretProperty().set(KV + "quay-user");
            create.passwordSecretProperty().set(KV + "quay-pass");
            Operation made = f.ended(create.submit());
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(f.child(registry, CredentialSetKind.KIND, "quay-creds").details(CredentialSetDetails.class).loginServer())
                    .isEqualTo("quay.io");

            Row ghcr = f.child(registry, CredentialSetKind.KIND, "ghcr-creds");
            CredentialSetFormViewModel edit = new CredentialSetFormViewModel(f.context, registry, ghcr);
            assertThat(edit.creating()).isFalse();
            assertThat(edit.loginServerProperty().get()).isEqualTo("ghcr.io");
            assertThat(edit.passwordSecretProperty().get()).endsWith("/ghcr-pat/4f1c2a9e0b6d4e7f8a3b5c6d7e8f9a0b");
            edit.passwordSecretProperty().set(KV + "ghcr-pat-2026");
            Operation changed = f.ended(edit.submit());
            assertThat(changed.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(changed.method()).isEqualTo("PATCH");
            CredentialSetDetails now = f.child(registry, CredentialSetKind.KIND, "ghcr-creds").details(CredentialSetDetails.class);
            assertThat(now.credentials().getFirst().passwordSecret()).isEqualTo(KV + "ghcr-pat-2026");
            assertThat(now.health()).as("re-read: the sandbox checks the new secrets").isEqualTo("Credential1: Healthy");
        }
    }
}
