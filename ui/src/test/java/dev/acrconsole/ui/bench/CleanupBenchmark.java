package dev.acrconsole.ui.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cleanup.CleanupPlan;
import dev.acrconsole.app.cleanup.CleanupPlanner;
import dev.acrconsole.app.cleanup.CleanupRules;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.repositories.RepositoryKind;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ListingContent;
import dev.acrconsole.cache.ResourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A clean-up dry run over 100,000 cached manifests (and as many tags) of one registry (target <= 1 s): reading the
 * repositories' tags and manifests from SQLite into typed rows (as the clean-up window does), then planning. The cache is built once under
 * target/bench-cleanup-100k and reused.
 */
public final class CleanupBenchmark {
    static final int MANIFESTS = 100_000;
    static final int REPOSITORIES = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CacheScope SCOPE = new CacheScope("sandbox", "Sandbox");
    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");
    private static final CachedResource REGISTRY = new CachedResource(SCOPE,
            "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/big",
            RegistryKind.KIND, "big", "Microsoft.ContainerRegistry/registries", "t", "00000000-0000-0000-0000-000000000001",
            "rg", "eastus", "Premium", "Succeeded", null, "{\"properties\":{\"loginServer\":\"big.azurecr.io\"}}", NOW);

    private CleanupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("acr.root", ".")).resolve("ui/target/bench-cleanup-100k");
        boolean built = Files.exists(dir.resolve("cache.db"));
        try (CacheDatabase db = CacheDatabase.open(dir, Kinds.CATALOG.cachePolicy())) {
            ResourceStore store = new ResourceStore(db);
            if (!built) {
                long t0 = System.nanoTime();
                build(store);
                System.out.printf("built the cache in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            CleanupRules rules = CleanupRules.of(new CleanupRules.Input(".*", ".*", "", "10", "30", true, false));
            for (int i = 0; i < 7; i++) { // the first runs warm the JIT up; each line is one dry run
                long t0 = System.nanoTime();
                CleanupPlan plan = CleanupPlanner.dryRun(rules, store, Kinds.CATALOG,
                        Kinds.CATALOG.rows(store.children(SCOPE, REGISTRY.id(), RepositoryKind.KIND)), NOW, NOW);
                long planned = System.nanoTime();
                System.out.printf("dry run %d: %.0f ms; %d tags and %d manifests to delete%n",
                        i + 1, (planned - t0) / 1e6, plan.tags().size(), plan.manifests().size());
            }
        }
    }

    /** 20 repositories of 5,000 manifests, each with one tag; a third older than 30 days. */
    private static void build(ResourceStore store) {
        store.upsert(REGISTRY, ListingKeys.ofSubscription(REGISTRY.subscriptionId(), "registries"));
        List<CachedResource> repositories = new ArrayList<>();
        for (int r = 0; r < REPOSITORIES; r++) {
            repositories.add(new RepositoryKind().fromDataPlane(REGISTRY, MAPPER.createObjectNode()
                    .put("registry", "big.azurecr.io").put("imageName", "team/app" + r), NOW));
        }
        store.replaceListings(SCOPE, List.of(new ListingContent(ListingKeys.children(REGISTRY.id(), RepositoryKind.KIND),
                RepositoryKind.KIND, repositories)), NOW);
        int perRepository = MANIFESTS / REPOSITORIES;
        for (CachedResource repository : repositories) {
            List<CachedResource> tags = new ArrayList<>();
            List<CachedResource> manifests = new ArrayList<>();
            for (int m = 0; m < perRepository; m++) {
                String digest = String.format("sha256:%064x", (long) repository.name().hashCode() * 1_000_003L + m);
                String time = NOW.minusSeconds(1_800L * m).toString(); // one every half hour, back ~100 days
                ObjectNode manifest = MAPPER.createObjectNode().put("digest", digest).put("imageSize", 30_000_000L + m)
                        .put("lastUpdateTime", time).put("createdTime", time).put("os", "linux").put("architecture", "amd64");
                manifest.putArray("tags").add("build-" + m);
                manifests.add(new ManifestKind().fromDataPlane(repository, manifest, NOW));
                ObjectNode tag = MAPPER.createObjectNode().put("name", "build-" + m).put("digest", digest)
                        .put("lastUpdateTime", time).put("createdTime", time);
                tags.add(new TagKind().fromDataPlane(repository, tag, NOW));
            }
            store.replaceListings(SCOPE, List.of(
                    new ListingContent(ListingKeys.children(repository.id(), TagKind.KIND), TagKind.KIND, tags),
                    new ListingContent(ListingKeys.children(repository.id(), ManifestKind.KIND), ManifestKind.KIND, manifests)), NOW);
        }
    }
}
