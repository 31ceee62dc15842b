package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What people type into a search box besides words ({@link Search#SYNTAX}): operators, a quoted phrase, a trailing *,
 * -word. Each once returned nothing at all; over a real index of real rows.
 */
class SearchSyntaxTest {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path dir;
    private CacheDatabase db;
    private Search search;

    @BeforeEach
    void cache() {
        db = CacheDatabase.open(dir, TestKinds.POLICY);
        ResourceStore store = new ResourceStore(db);
        store.replaceListing(TestRows.SCOPE, TestRows.SUB + "|registries", TestKinds.REGISTRY, List.of(
                registry("contosoprod", "Production images for Contoso"),
                registry("contosodev", "Contoso team builds, not production"),
                registry("fabrikamprod", "Fabrikam production")), T1);
        search = new Search(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(String text) {
        return search.find(text, null, Set.of(), 10).stream().map(SearchHit::name).toList();
    }

    @Test
    void andInCapitalsIsWhatEverySearchDoesAlready() {
        assertThat(names("contoso AND prod")).containsExactlyInAnyOrder("contosoprod", "contosodev");
        assertThat(names("contoso prod")).containsExactlyInAnyOrderElementsOf(names("contoso AND prod"));
        // In lower case it is a word like any other: nothing here has a word starting with "and".
        assertThat(names("contoso and prod")).isEmpty();
    }

    @Test
    void aQuotedPhraseMatchesItsWordsTogetherInThatOrder() {
        assertThat(names("\"images for contoso\"")).containsExactly("contosoprod");
        assertThat(names("\"contoso images\"")).isEmpty(); // both words are there, not together
        assertThat(names("\"fabrikam production\" fabrikam")).containsExactly("fabrikamprod");
        assertThat(names("\"not production")).containsExactly("contosodev"); // an unclosed quote runs to the end
    }

    @Test
    void aTrailingStarIsAPrefixAsEveryWordIs() {
        assertThat(names("contoso*")).containsExactlyInAnyOrder("contosoprod", "contosodev");
        assertThat(names("fabrik* prod*")).containsExactly("fabrikamprod");
        assertThat(names("*")).isEmpty();
    }

    @Test
    void minusOrNotLeavesOutWhatHasTheWordOrPhrase() {
        assertThat(names("contoso -build")).containsExactly("contosoprod"); // -word is a prefix too: "builds"
        assertThat(names("contoso NOT contosodev")).containsExactly("contosoprod");
        assertThat(names("production -\"not production\"")).containsExactlyInAnyOrder("contosoprod", "fabrikamprod");
        assertThat(names("prod -fabrikam -contosodev")).containsExactly("contosoprod");
        // The excluded word leaves out hits by their whole text, not only by name.
        assertThat(names("contoso -team")).containsExactly("contosoprod");
        // A hyphen inside a word is no exclusion: "westus-2" is two words to find.
        assertThat(names("contoso-prod")).containsExactlyInAnyOrder("contosoprod", "contosodev");
    }

    @Test
    void onlyExclusionsOrOrFindNothingSilentlyNoMore() {
        assertThat(names("-contoso")).isEmpty();
        assertThat(Search.note("-contoso")).contains("Nothing to look for");
        assertThat(Search.note("contoso OR fabrikam")).contains("OR is not supported");
        assertThat(Search.note("contoso AND prod")).isNull();
        assertThat(Search.note("contoso or prod")).isNull();
    }

    private static CachedResource registry(String name, String description) {
        CachedResource r = TestRows.registry(name, T1);
        String json = r.json().replace("\"provisioningState\":\"Succeeded\"}",
                "\"provisioningState\":\"Succeeded\",\"description\":\"" + description + "\"}");
        return new CachedResource(r.scope(), r.id(), r.kind(), r.name(), r.type(), r.tenantId(), r.subscriptionId(),
                r.resourceGroup(), r.location(), r.sku(), r.provisioningState(), r.parentId(), json, r.fetchedAt());
    }
}
