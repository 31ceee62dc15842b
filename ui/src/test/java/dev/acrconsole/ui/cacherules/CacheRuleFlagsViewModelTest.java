package dev.acrconsole.ui.cacherules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.cacherules.CacheRuleHealth;
import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.sandbox.CacheSample;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flag on a registry's page: the rule on an unhealthy credential set, which set, ARM's error; and when it goes. */
class CacheRuleFlagsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aRegistrysPageFlagsTheRuleWhoseCredentialSetIsUnhealthyListingTheCacheItselfOnce() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            CacheRuleFlagsViewModel m = new CacheRuleFlagsViewModel(f.context);
            PageFixture.await(m.show(registry)); // the folders were never opened: the section lists them

            assertThat(m.shownProperty().get()).isTrue();
            assertThat(m.headingProperty().get()).isEqualTo("Cache rules that cannot sign in to their upstream (1)");
            assertThat(m.flags()).extracting(CacheRuleHealth.Flag::text).containsExactly("ghcr-actions-runner "
                    + "(ghcr.io/actions/actions-runner) uses credential set ghcr-creds: Unhealthy — Credential1: "
                    + CacheSample.SECRET_NOT_FOUND + ": The secret 'ghcr-pat' was not found in Key Vault 'contoso-build-kv', "
                    + "or the credential set's identity may not read it.");
            m.open(m.flags().getFirst());
            assertThat(f.revealed).containsExactly("row " + registry.id() + "/cacheRules/ghcr-actions-runner " + CacheRuleKind.KIND.code());

            // Another registry with no cache: nothing to flag, the section hides.
            PageFixture.await(m.show(f.registry("contosoprodacr")));
            assertThat(m.shownProperty().get()).isFalse();
            assertThat(m.flags()).isEmpty();
        }
    }

    @Test
    void aSetThatTurnsUnhealthyIsFlaggedAfterTheNextRefreshWithoutReopeningThePage() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry(CacheSample.REGISTRY);
            CacheRuleFlagsViewModel m = new CacheRuleFlagsViewModel(f.context);
            PageFixture.await(m.show(registry));
            assertThat(m.flags()).extracting(CacheRuleHealth.Flag::ruleName).containsExactly("ghcr-actions-runner");

            f.sandbox().state().change(registry.id() + "/credentialSets/dockerhub-creds", n -> ((ObjectNode) n
                    .at("/properties/authCredentials/0/credentialHealth")).put("status", "Unhealthy")
                    .put("errorCode", "KeyVaultAccessDenied").put("errorMessage", "Access denied."));
            f.refresh(); // the folders were listed once: a refresh reads them, and the cache's change reloads the section

            assertThat(m.flags()).extracting(CacheRuleHealth.Flag::ruleName)
                    .containsExactlyInAnyOrder("ghcr-actions-runner", "nginx-cache", "dockerhub-library");
            assertThat(m.headingProperty().get()).endsWith("(3)");
        }
    }
}
