package dev.acrconsole.ui.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.tokens.TokenForm;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.tokens.TokenFormViewModel.ScopeMapChoice;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token form without the toolkit: scope maps offered from the cache, the current one chosen, what is sent. */
class TokenFormViewModelTest {
    @TempDir
    Path dir;

    private static ScopeMapChoice choice(TokenFormViewModel m, String name) {
        return m.scopeMaps().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theScopeMapsOfferedAreTheRegistrysCachedOnesAndANewTokenNeedsANameAndOne() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("fabrikamedgehub");
            assertThat(new TokenFormViewModel(f.context, registry, null).scopeMaps())
                    .as("the scope maps folder was never opened: none cached, none offered").isEmpty();

            var cached = f.fetch(registry, ScopeMapKind.KIND);
            TokenFormViewModel m = new TokenFormViewModel(f.context, registry, null);
            Messages shown = Messages.of(m, TokenForm.NAME, TokenForm.SCOPE_MAP);
            assertThat(m.creating()).isTrue();
            assertThat(m.scopeMaps()).extracting(ScopeMapChoice::name)
                    .containsExactlyElementsOf(cached.stream().map(Row::name).toList())
                    .contains("_repositories_pull", "_repositories_push", "dublinsite-sync-scope-map");
            assertThat(m.scopeMapProperty().get()).as("a new token has none chosen").isNull();

            m.nameProperty().set("site_client");
            assertThat(shown.of(TokenForm.NAME)).isEqualTo("Use only letters, digits and '-'.");
            assertThat(m.submit()).isNull();
            assertThat(shown.of(TokenForm.SCOPE_MAP)).isEqualTo("Choose the scope map that says what the token may do.");
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void editingPreselectsTheTokensScopeMapAndKeepsItsNameAndStatus() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            Row registry = f.registry("fabrikamedgehub");
            f.fetch(registry, ScopeMapKind.KIND);
            f.fetch(registry, TokenKind.KIND);

            TokenFormViewModel cork = new TokenFormViewModel(f.context, registry, f.child(registry, TokenKind.KIND, "cork-client-token"));
            assertThat(cork.creating()).isFalse();
            assertThat(cork.nameProperty().get()).isEqualTo("cork-client-token");
            assertThat(cork.scopeMapProperty().get()).isEqualTo(choice(cork, "_repositories_push"));
            assertThat(cork.enabledProperty().get()).isTrue();

            TokenFormViewModel old = new TokenFormViewModel(f.context, registry, f.child(registry, TokenKind.KIND, "old-site-token"));
            assertThat(old.scopeMapProperty().get()).isEqualTo(choice(old, "_repositories_pull"));
            assertThat(old.enabledProperty().get()).isFalse();
        }
    }

    @Test
    void aNewTokenAndAnEditAreSentAndLandInTheSandbox() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row registry = f.registry("fabrikamedgehub");
            f.fetch(registry, ScopeMapKind.KIND);
            f.fetch(registry, TokenKind.KIND);

            TokenFormViewModel create = new TokenFormViewModel(f.context, registry, null);
            create.nameProperty().set("site-client-02");
            create.scopeMapProperty().set(choice(create, "_repositories_pull"));
            create.enabledProperty().set(false);
            Operation made = f.ended(create.submit());
            String id = registry.id() + "/tokens/site-client-02";
            assertThat(made.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(made.title()).isEqualTo("Create token site-client-02");
            assertThat(f.atArm(id).at("/properties/scopeMapId").asText()).endsWith("/scopeMaps/_repositories_pull");
            assertThat(f.atArm(id).at("/properties/status").asText()).isEqualTo("disabled");

            Row cork = f.child(registry, TokenKind.KIND, "cork-client-token");
            TokenFormViewModel edit = new TokenFormViewModel(f.context, registry, cork);
            edit.scopeMapProperty().set(choice(edit, "_repositories_admin"));
            Operation changed = f.ended(edit.submit());
            assertThat(changed.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(changed.method()).isEqualTo("PATCH");
            assertThat(f.atArm(cork.id()).at("/properties/scopeMapId").asText()).endsWith("/scopeMaps/_repositories_admin");
            assertThat(new TokenFormViewModel(f.context, registry, f.child(registry, TokenKind.KIND, "cork-client-token"))
                    .scopeMapProperty().get().name()).as("re-read into the cache").isEqualTo("_repositories_admin");
        }
    }
}
