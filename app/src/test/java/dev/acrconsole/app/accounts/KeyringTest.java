package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OS keyring probe never lets an Error through, and falls back to memory with a one-line notice. */
class KeyringTest {
    @TempDir
    Path dir;

    @Test
    void anOsStoreThatFailsWithAnErrorMeansMemoryOnlyWithANotice() {
        // What msal4j's Linux accessor does without libsecret: an Error, not an Exception.
        Keyring keyring = Keyring.probe(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'libsecret-1'");
        });

        assertThat(keyring.persistent()).isFalse();
        assertThat(keyring.notice()).hasValue(Keyring.MEMORY_ONLY);
        assertThat(keyring.notice().get()).doesNotContain("\n");
        assertThat(keyring.store()).isInstanceOf(MemorySecretStore.class);
        keyring.store().write("k", "v");
        assertThat(keyring.store().read("k")).hasValue("v");
    }

    @Test
    void theRealOsStoreOnThisMachineEitherKeepsASecretOrFallsBackToMemory() {
        Keyring keyring = Keyring.probe(dir);

        if (keyring.persistent()) {
            keyring.store().write("keyring-test", "s3cret");
            assertThat(keyring.store().read("keyring-test")).hasValue("s3cret");
            keyring.store().delete("keyring-test");
        } else {
            // This machine (and CI) has no keyring: the probe's Error became the notice, not a crash.
            assertThat(keyring.notice()).hasValue(Keyring.MEMORY_ONLY);
            assertThat(keyring.store()).isInstanceOf(MemorySecretStore.class);
        }
    }

    @Test
    void aStoreThatLosesItsTestEntryIsNotTrusted() {
        Keyring keyring = Keyring.probe(() -> new SecretStore() {
            @Override
            public java.util.Optional<String> read(String key) {
                return java.util.Optional.empty(); // kept nothing
            }

            @Override
            public void write(String key, String secret) {
            }

            @Override
            public void delete(String key) {
            }

            @Override
            public boolean persistent() {
                return true;
            }
        });

        assertThat(keyring.persistent()).isFalse();
    }
}
