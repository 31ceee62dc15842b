package dev.acrconsole.ui.search;

import static dev.acrconsole.ui.page.PageFixture.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.refresh.RefreshListener;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.app.runs.RunKind;
import dev.acrconsole.app.runs.RunListing;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.RunQuery;
import dev.acrconsole.cache.SearchHit;
import dev.acrconsole.sandbox.SandboxData;
import dev.acrconsole.ui.page.PageFixture;
import dev.acrconsole.ui.page.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search over the cache without the toolkit, as the user types (the pause before it asks runs on a real pool): what is
 * found, the kind filter, and what opening a hit asks of the tree.
 */
class SearchViewModelTest {
    @TempDir
    Path dir;

    private static SearchViewModel search(PageFixture f) {
        return new SearchViewModel(f.context, f.services.review().search());
    }

    private static List<SearchHit> hits(SearchViewModel search) {
        return List.copyOf(search.hits());
    }

    /** Types {@code text} and waits until the hits shown satisfy {@code shown}. */
    private static void type(SearchViewModel search, String text, Predicate<List<SearchHit>> shown) {
        search.textProperty().set(text);
        waitFor("the hits for '" + text + "' show", () -> shown.test(hits(search)));
    }

    private static Predicate<List<SearchHit>> contains(String id) {
        return hits -> hits.stream().anyMatch(h -> h.id().equalsIgnoreCase(id));
    }

    @Test
    void aLoginServerFindsItsRegistryFirstAndTheKindFilterKeepsOnlyRegistries() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            SandboxData.Registry prod = f.sandboxRegistry("contosoprodacr");
            SearchViewModel search = search(f);

            type(search, prod.loginServer(), contains(prod.id()));

            assertThat(hits(search).getFirst().id()).as("its name matches: it comes first").isEqualTo(prod.id());
            assertThat(hits(search)).extracting(SearchHit::kind).contains(RegistryEndpointKind.KIND);
            assertThat(search.statusProperty().get()).matches(hits(search).size() + " found in \\d+ ms \\(the cache, offline too\\)\\.");

            search.kinds().add(RegistryKind.KIND);
            waitFor("only registries show", () -> hits(search).stream().allMatch(h -> h.kind() == RegistryKind.KIND));
            assertThat(hits(search)).extracting(SearchHit::id).containsExactly(prod.id());

            search.open(hits(search).getFirst());
            assertThat(f.revealed).containsExactly("show " + prod.id());
        }
    }

    @Test
    void anEndpointHostFindsTheEndpointsPointingThereAndOpensTheirFolderRow() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            SearchViewModel search = search(f);
            search.kinds().add(RegistryEndpointKind.KIND);

            type(search, "fabrikamedgehub.azurecr.io", hits -> hits.size() == 3);

            assertThat(hits(search)).extracting(SearchHit::name)
                    .containsExactlyInAnyOrder("hub-mirror", "dataflow-graphs", "hub-images");
            SearchHit mirror = hits(search).stream().filter(h -> h.name().equals("hub-mirror")).findFirst().orElseThrow();
            search.open(mirror);
            assertThat(f.revealed).containsExactly("row " + mirror.id() + " " + RegistryEndpointKind.KIND.code());
        }
    }

    @Test
    void aRunIdFindsTheCachedRunAndOpeningItAsksForItsRowInTheRunsFolder() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            Row registry = f.registry("contosoprodacr");
            Session session = f.services.session().orElseThrow();
            List<CachedResource> fetched = new RunListing(session.arm(), f.services.store(), Clock.systemUTC())
                    .first(registry.resource(), RunQuery.all(), 10).runs();
            CachedResource run = fetched.get(4);
            SearchViewModel search = search(f);
            search.kinds().add(RunKind.KIND);

            type(search, run.name(), contains(run.id()));

            assertThat(hits(search)).allMatch(h -> h.kind() == RunKind.KIND);
            search.open(hits(search).stream().filter(h -> h.id().equalsIgnoreCase(run.id())).findFirst().orElseThrow());
            assertThat(f.revealed).containsExactly("row " + run.id() + " " + RunKind.KIND.code());
        }
    }

    @Test
    void aTokenNameFindsTheTokenOnceItsFolderWasRead() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            Row hub = f.registry("fabrikamedgehub");
            String tokenId = hub.id() + "/tokens/dublin-client-token";
            SearchViewModel search = search(f);
            search.kinds().add(TokenKind.KIND);
            type(search, "dublin-client-token", List::isEmpty);
            waitFor("the search answered", () -> search.statusProperty().get().equals("Nothing cached matches."));

            f.services.session().orElseThrow().refresh().refreshChildren(hub.resource(), TokenKind.KIND, RefreshListener.NONE);
            search.searchNow();

            waitFor("the token is found", () -> contains(tokenId).test(hits(search)));
            assertThat(hits(search)).extracting(SearchHit::name).containsExactly("dublin-client-token");
            search.open(hits(search).getFirst());
            assertThat(f.revealed).containsExactly("row " + hits(search).getFirst().id() + " " + TokenKind.KIND.code());
        }
    }

    @Test
    void aTenantIsFoundButIsNoNodeOfTheTreeSoNothingOpens() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            SearchViewModel search = search(f);
            search.kinds().add(TenantKind.KIND);

            type(search, "fabrikam.onmicrosoft.com", hits -> hits.size() == 1);

            assertThat(hits(search).getFirst().name()).isEqualTo("Fabrikam");
            search.open(hits(search).getFirst());
            assertThat(f.revealed).isEmpty();
        }
    }

    @Test
    void clearingTheTextClearsTheHitsAndSaysWhatToDo() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            SearchViewModel search = search(f);
            assertThat(search.statusProperty().get()).startsWith("Type to search names, ids, login servers");
            assertThat(search.filterableKinds()).startsWith(TenantKind.KIND, SubscriptionKind.KIND)
                    .contains(RegistryKind.KIND, TokenKind.KIND, RunKind.KIND);
            assertThat(search.title(RunKind.KIND)).isEqualTo("Runs");

            type(search, "Contoso Production", hits -> !hits.isEmpty());
            search.textProperty().set(" ");

            waitFor("the hits are cleared", () -> search.hits().isEmpty());
            waitFor("it says what to do", () -> search.statusProperty().get().equals("Type to search."));
        }
    }

    @Test
    void whatIsTypedBesidesWordsIsReadAndAnOperatorItLacksIsNamed() {
        try (PageFixture f = PageFixture.sandboxScheduling(dir)) {
            SearchViewModel search = search(f);
            assertThat(search.statusProperty().get()).contains("\"a phrase\"", "-word");

            type(search, "contoso AND prod", hits -> hits.stream().anyMatch(h -> h.name().equals("contosoprodacr")));

            type(search, "contoso -prod", hits -> hits.stream().noneMatch(h -> h.name().equals("contosoprodacr"))
                    && hits.stream().anyMatch(h -> h.name().equals("contosodevacr")));

            search.textProperty().set("contosodevacr OR contosoprodacr");
            waitFor("the note on OR", () -> search.statusProperty().get().startsWith("OR is not supported"));
        }
    }
}
