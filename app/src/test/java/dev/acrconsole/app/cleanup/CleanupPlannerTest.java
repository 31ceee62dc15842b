package dev.acrconsole.app.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clean-up planner over known contents: exactly what the rules select, nothing locked, nothing an index holds. */
class CleanupPlannerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final CachedResource REGISTRY = new CachedResource(new CacheScope("t", "AzureCloud"),
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/r", RegistryKind.KIND, "r",
            "Microsoft.ContainerRegistry/registries", "t", "s", "rg", "eastus", "Premium", "Succeeded", null,
            "{\"properties\":{\"loginServer\":\"r.azurecr.io\"}}", NOW);

    private final CachedResource repository = new RepositoryKind().fromDataPlane(REGISTRY, MAPPER.createObjectNode()
            .put("registry", "r.azurecr.io").put("imageName", "web"), NOW);
    private final List<Row> tags = new ArrayList<>();
    private final List<Row> manifests = new ArrayList<>();

    private void tag(String name, String digest, int daysAgo, boolean locked) {
        ObjectNode t = MAPPER.createObjectNode().put("name", name).put("digest", digest)
                .put("lastUpdateTime", NOW.minusSeconds(86_400L * daysAgo).toString());
        t.putObject("changeableAttributes").put("deleteEnabled", !locked).put("writeEnabled", !locked);
        tags.add(Kinds.CATALOG.row(new TagKind().fromDataPlane(repository, t, NOW)));
    }

    private void manifest(String digest, int daysAgo, long size, List<String> tagNames, List<String> children) {
        manifest(digest, daysAgo, size, tagNames, children, "application/vnd.oci.image.config.v1+json");
    }

    private void manifest(String digest, int daysAgo, long size, List<String> tagNames, List<String> children,
                          String configMediaType) {
        ObjectNode m = MAPPER.createObjectNode().put("digest", digest).put("imageSize", size)
                .put("lastUpdateTime", NOW.minusSeconds(86_400L * daysAgo).toString()).put("configMediaType", configMediaType);
        ArrayNode t = m.putArray("tags");
        tagNames.forEach(t::add);
        ArrayNode refs = m.putArray("references");
        children.forEach(c -> refs.addObject().put("digest", c).put("os", "linux").put("architecture", "amd64"));
        manifests.add(Kinds.CATALOG.row(new ManifestKind().fromDataPlane(repository, m, NOW)));
    }

    private CleanupPlan plan(String include, String exclude, String keep, String days, boolean untagged, boolean untaggedOnly) {
        CleanupRules rules = CleanupRules.of(new CleanupRules.Input(".*", include, exclude, keep, days, untagged, untaggedOnly));
        return CleanupPlanner.plan(rules, List.of(new CleanupPlanner.Contents(Kinds.CATALOG.row(repository), tags, manifests)),
                NOW, NOW);
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }

    @Test
    void theNewestAreKeptTheRecentStayLockedAndExcludedAreNeverTouched() {
        tag("v1", "sha256:1", 100, false);
        tag("v2", "sha256:2", 80, false);
        tag("v3", "sha256:3", 60, true); // locked
        tag("v4", "sha256:4", 40, false);
        tag("release-1", "sha256:5", 90, false);
        tag("v5", "sha256:6", 5, false); // too recent
        tag("v6", "sha256:7", 1, false);

        CleanupPlan plan = plan("v.*", null, "1", "30", false, false);

        // v6 is the newest kept; v5 is younger than 30 days; v3 is locked; release-1 is not selected.
        assertThat(names(plan.tags())).containsExactlyInAnyOrder("v4", "v2", "v1");
        assertThat(plan.manifests()).isEmpty();
        assertThat(names(plan(".*", "release-.*", "0", "30", false, false).tags()))
                .containsExactlyInAnyOrder("v4", "v2", "v1");
    }

    @Test
    void manifestsLeftUntaggedGoWithTheirBytesButNotThoseAnIndexThatStaysHolds() {
        tag("old", "sha256:a", 100, false);
        tag("multi", "sha256:i", 100, true); // a locked multi-arch tag: its index stays
        manifest("sha256:a", 100, 1000, List.of("old"), List.of());
        manifest("sha256:b", 100, 2000, List.of(), List.of()); // untagged already
        manifest("sha256:i", 100, 300, List.of("multi"), List.of("sha256:c1"));
        manifest("sha256:c1", 100, 5000, List.of(), List.of()); // the index's platform: kept with it
        manifest("sha256:new", 2, 7000, List.of(), List.of()); // untagged, but recent

        CleanupPlan plan = plan(".*", null, "0", "30", true, false);

        assertThat(names(plan.tags())).containsExactly("old");
        assertThat(names(plan.manifests())).containsExactlyInAnyOrder("sha256:a", "sha256:b");
        assertThat(plan.bytesAtMost()).isEqualTo(3000);

        CleanupPlan untaggedOnly = plan(".*", null, "0", "30", false, true);
        assertThat(untaggedOnly.tags()).isEmpty();
        assertThat(names(untaggedOnly.manifests())).containsExactly("sha256:b");
        assertThat(untaggedOnly.referrersKept()).isZero();
    }

    @Test
    void untaggedSignaturesAndSbomsAreKeptAndCountedAsAcrPurgeKeepsThem() {
        tag("v1", "sha256:img", 100, false);
        manifest("sha256:img", 100, 1000, List.of("v1"), List.of());
        manifest("sha256:sig", 100, 800, List.of(), List.of(), "application/vnd.oci.empty.v1+json"); // notation, OCI 1.1
        manifest("sha256:sbom", 100, 900, List.of(), List.of(), "application/vnd.oci.empty.v1+json");
        manifest("sha256:old-sig", 100, 700, List.of(), List.of(), "application/vnd.cncf.notary.signature");
        manifest("sha256:orphan", 100, 2000, List.of(), List.of()); // an image left untagged by a re-push

        CleanupPlan plan = plan(".*", null, "0", "30", true, false);

        assertThat(names(plan.manifests())).containsExactlyInAnyOrder("sha256:img", "sha256:orphan");
        assertThat(plan.bytesAtMost()).isEqualTo(3000);
        assertThat(plan.referrersKept()).isEqualTo(3);
    }

    @Test
    void registryTimesReadTheSameInEveryFormAndOneThatDoesNotReadIsNeverOld() {
        for (String t : List.of("2026-12-06T10:15:30Z", "2026-12-06T10:15:30.1234567Z", "2026-12-06T10:15:30.5Z",
                "2024-02-29T00:00:00.000000001Z", "2026-12-06T12:15:30+02:00", "2026-12-06T10:15:30.123-05:30")) {
            assertThat(CleanupPlanner.time(t)).as(t).isEqualTo(java.time.OffsetDateTime.parse(t).toInstant());
        }
        for (String t : List.of("2026-02-30T10:15:30Z", "2026-12-06T25:15:30Z",
                "2026-12-06 10:15:30Z", "yesterday")) {
            assertThat(CleanupPlanner.time(t)).as(t).isEqualTo(Instant.MAX);
        }
        assertThat(CleanupPlanner.time(null)).isEqualTo(Instant.MAX);
    }

    @Test
    void badRulesAreRefusedFieldByFieldInWordsAndNothingIsPlanned() {
        var errors = CleanupRules.check(new CleanupRules.Input("", "v(", "[", "-1", "thirty", false, false));

        assertThat(errors.of(CleanupRules.REPOSITORIES)).contains("Type a regular expression (.* for all).");
        assertThat(errors.of(CleanupRules.INCLUDE).orElseThrow()).startsWith("Not a regular expression: ");
        assertThat(errors.of(CleanupRules.EXCLUDE).orElseThrow()).startsWith("Not a regular expression: ");
        assertThat(errors.of(CleanupRules.KEEP).orElseThrow()).contains("-1 is out of range");
        assertThat(errors.of(CleanupRules.DAYS).orElseThrow()).contains("'thirty' is not a whole number");
    }

    @Test
    void theScheduledTaskRunsTheSamePurgeAndSaysWhereItCannot() {
        CleanupRules rules = CleanupRules.of(new CleanupRules.Input("apps/web", "v.*", "", "3", "30", true, false));
        assertThat(CleanupActions.purgeCommand(rules)).isEqualTo("acr purge --filter '^apps/web$:^v.*$' --ago 30d --keep 3 --untagged");
        assertThat(CleanupActions.purgeDiffers(rules)).isNull();

        CleanupRules only = CleanupRules.of(new CleanupRules.Input(".*", ".*", "", "0", "7", false, true));
        assertThat(CleanupActions.purgeCommand(only)).isEqualTo("acr purge --filter '^.*$:^.*$' --ago 7d --untagged-only");

        CleanupRules excluding = CleanupRules.of(new CleanupRules.Input(".*", ".*", "release-.*", "0", "7", false, false));
        assertThat(CleanupActions.purgeDiffers(excluding)).contains("has no exclusion");
    }

    @Test
    void theCsvHasOneLinePerItemAndNoCellReadsAsAFormula() {
        tag("=cmd", "sha256:1", 100, false);
        String csv = CleanupActions.csv(plan(".*", null, "0", "30", false, false));
        assertThat(csv.lines()).containsExactly("what,repository,tag or digest,last updated,size",
                "tag,web,'=cmd," + NOW.minusSeconds(86_400L * 100) + ",");
    }
}
