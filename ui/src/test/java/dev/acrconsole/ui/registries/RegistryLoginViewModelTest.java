package dev.acrconsole.ui.registries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.dataplane.RegistryLogin;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.page.Session;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry login without the toolkit: nothing typed is refused where it was typed and nothing is sent; a scope-map
 * token limited to one repository sees that repository only; a wrong password is the registry's own refusal.
 */
class RegistryLoginViewModelTest {
    private static final String V = "?api-version=2025-11-01";

    @TempDir
    Path dir;

    @Test
    void aScopeMapTokenForOneRepositorySeesOnlyItAndAWrongPasswordIsRefusedInTheRegistrysWords() throws Exception {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            var registry = f.registry("contosoprodacr");
            Session s = f.services.session().orElseThrow();
            String password = webReaderToken(f, s, registry.id());

            RegistryLoginViewModel m = new RegistryLoginViewModel(f.context, registry);
            Messages shown = Messages.of(m, RegistryLogin.USERNAME, RegistryLogin.PASSWORD);
            int requests = f.sandbox().requestCount();
            assertThat(m.submit()).as("nothing typed: not sent").isNull();
            assertThat(shown.of(RegistryLogin.USERNAME)).startsWith("Type the scope-map token's name");
            assertThat(shown.of(RegistryLogin.PASSWORD)).isEqualTo("Type one of its passwords.");
            assertThat(f.sandbox().requestCount()).isEqualTo(requests);

            m.usernameProperty().set("webreader");
            m.passwordProperty().set(password);
            m.rememberProperty().set(true);
            done(m.submit());

            assertThat(repositories(f, registry.id())).containsExactly("apps/web");

            RegistryLoginViewModel wrong = new RegistryLoginViewModel(f.context, registry);
            wrong.usernameProperty().set("webreader");
            wrong.passwordProperty().set("not-it");
            CompletableFuture<?> refused = wrong.submit();
            assertThat(refused).isNotNull();
            try {
                refused.get(30, TimeUnit.SECONDS);
                throw new AssertionError("a wrong password was accepted");
            } catch (ExecutionException e) {
                assertThat(e.getCause().getMessage()).startsWith("The registry refused this login: ")
                        .contains("UNAUTHORIZED").doesNotContain("not-it");
            }
            assertThat(wrong.usernameProperty().get()).as("what was typed stays").isEqualTo("webreader");
            assertThat(repositories(f, registry.id())).as("nothing cached is lost").containsExactly("apps/web");

            // The refused login leaves the one that worked in use, and kept.
            assertThat(s.refresh().refreshChildren(registry.resource(), RepositoryKind.KIND, RefreshListener.NONE).failures())
                    .isEmpty();
            assertThat(repositories(f, registry.id())).as("still read as webreader").containsExactly("apps/web");
            String server = m.loginServer();
            assertThat(s.dataPlanes().remembered().find(server)).hasValueSatisfying(l ->
                    assertThat(l.username()).isEqualTo("webreader"));

            done(new RegistryLoginViewModel(f.context, registry).useAccount());
            assertThat(repositories(f, registry.id())).as("the account sees them all again").contains("apps/web", "nginx");
            assertThat(s.dataPlanes().remembered().find(server)).as("and the keyring has no login for it").isEmpty();
        }
    }

    /** A scope map reading apps/web only, a token on it, and one of its passwords (made by ARM, as the Portal would). */
    private static String webReaderToken(PageFixture f, Session s, String registryId) {
        send(s, "PUT", registryId + "/scopeMaps/webreaders" + V, "{\"properties\":{\"actions\":["
                + "\"repositories/apps/web/content/read\",\"repositories/apps/web/metadata/read\"]}}");
        send(s, "PUT", registryId + "/tokens/webreader" + V, "{\"properties\":{\"scopeMapId\":\"" + registryId
                + "/scopeMaps/webreaders\",\"status\":\"enabled\"}}");
        f.sandbox().tokenPasswords().plant("web-reader-secret");
        send(s, "POST", registryId + "/generateCredentials" + V, "{\"tokenId\":\"" + registryId
                + "/tokens/webreader\",\"name\":\"password1\"}");
        return "web-reader-secret";
    }

    private static void send(Session s, String method, String path, String body) {
        ArmResponse r = s.arm().http().send(method, path, body);
        assertThat(r.status()).as(method + " " + path + ": " + r.body()).isBetween(200, 202);
    }

    private static List<String> repositories(PageFixture f, String registryId) {
        return f.services.store().listingRows(f.scope(), ListingKeys.children(registryId, RepositoryKind.KIND)).stream()
                .map(CachedResource::name).toList();
    }

    private static void done(CompletableFuture<?> sending) throws Exception {
        assertThat(sending).isNotNull();
        sending.get(30, TimeUnit.SECONDS);
    }
}
