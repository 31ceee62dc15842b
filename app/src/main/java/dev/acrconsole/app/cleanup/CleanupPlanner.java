package dev.acrconsole.app.cleanup;

import dev.acrconsole.app.kind.KindCatalog;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.manifests.ManifestDetails;
import dev.acrconsole.app.manifests.ManifestKind;
import dev.acrconsole.app.tags.TagDetails;
import dev.acrconsole.app.tags.TagKind;
import dev.acrconsole.cache.ResourceStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out a clean-up from what is cached of a registry, as {@code acr purge} would: plain Java over typed rows, so a
 * dry run over 100,000 manifests takes no network and little time.
 */
public final class CleanupPlanner {
    private CleanupPlanner() {}

    /** One repository's cached contents. */
    public record Contents(Row repository, List<Row> tags, List<Row> manifests) {}

    /**
     * What is cached of {@code repositories} (their tags and manifests), read a repository at a time on every core:
     * the cache has a pool of readers, and a big registry has 100,000s of rows. Blocks on the cache: background only.
     */
    public static List<Contents> read(ResourceStore store, KindCatalog kinds, List<Row> repositories) {
        return repositories.parallelStream().map(r -> new Contents(r,
                kinds.rows(store.sharingParent(r.resource(), TagKind.KIND)),
                kinds.rows(store.sharingParent(r.resource(), ManifestKind.KIND)))).toList();
    }

    public static CleanupPlan plan(CleanupRules rules, List<Contents> repositories, Instant now, Instant asOf) {
        Instant cutoff = now.minusSeconds(86_400L * rules.olderThanDays());
        // Each repository is planned on its own (on every core); the plan keeps their order.
        List<CleanupPlan> parts = repositories.parallelStream().map(c -> plan(rules, c, cutoff, asOf)).toList();
        List<Row> tags = new ArrayList<>();
        List<Row> manifests = new ArrayList<>();
        long bytes = 0;
        for (CleanupPlan p : parts) {
            tags.addAll(p.tags());
            manifests.addAll(p.manifests());
            bytes += p.bytesAtMost();
        }
        return new CleanupPlan(List.copyOf(tags), List.copyOf(manifests), bytes, asOf);
    }

    private static CleanupPlan plan(CleanupRules rules, Contents c, Instant cutoff, Instant asOf) {
        if (!rules.selectsRepository(c.repository().name()) || c.repository().details(
                dev.acrconsole.app.repositories.RepositoryDetails.class).locks().locked()) {
            return new CleanupPlan(List.of(), List.of(), 0, asOf); // a locked repository is left whole
        }
        List<Row> gone = rules.untaggedOnly() ? List.of() : tagsToDelete(rules, c.tags(), cutoff);
        List<Row> manifests = new ArrayList<>();
        long bytes = 0;
        if (rules.deleteUntagged()) {
            for (Row m : manifestsToDelete(c, gone, cutoff)) {
                manifests.add(m);
                Long size = m.details(ManifestDetails.class).imageSize();
                bytes += size == null ? 0 : size;
            }
        }
        return new CleanupPlan(gone, manifests, bytes, asOf);
    }

    /** The selected, unlocked tags past the newest {@code keepNewest}, last updated before the cutoff. */
    private static List<Row> tagsToDelete(CleanupRules rules, List<Row> tags, Instant cutoff) {
        record Dated(Row tag, Instant updated) {}
        // Each time is read once, not at every comparison of the sort.
        List<Dated> candidates = tags.stream().filter(t -> {
            TagDetails d = t.details(TagDetails.class);
            return rules.selectsTag(d.name()) && !d.locks().locked();
        }).map(t -> new Dated(t, time(t.details(TagDetails.class).lastUpdateTime())))
                .sorted(Comparator.comparing(Dated::updated).reversed()).toList();
        List<Row> out = new ArrayList<>();
        for (int i = rules.keepNewest(); i < candidates.size(); i++) {
            if (candidates.get(i).updated().isBefore(cutoff)) {
                out.add(candidates.get(i).tag());
            }
        }
        return out;
    }

    /**
     * Manifests without a tag once {@code goneTags} are deleted, last updated before the cutoff, unlocked, and not
     * held by an index that stays (a multi-arch image's platforms have no tags of their own).
     */
    private static List<Row> manifestsToDelete(Contents c, List<Row> goneTags, Instant cutoff) {
        Set<String> gone = new HashSet<>();
        goneTags.forEach(t -> gone.add(t.details(TagDetails.class).name()));
        Map<Row, Boolean> untagged = new java.util.LinkedHashMap<>();
        for (Row m : c.manifests()) {
            ManifestDetails d = m.details(ManifestDetails.class);
            untagged.put(m, d.tags().stream().allMatch(gone::contains));
        }
        Set<String> heldByKept = new HashSet<>();
        untagged.forEach((m, isUntagged) -> {
            if (!isUntagged) {
                m.details(ManifestDetails.class).references().forEach(r -> heldByKept.add(r.digest()));
            }
        });
        List<Row> out = new ArrayList<>();
        untagged.forEach((m, isUntagged) -> {
            ManifestDetails d = m.details(ManifestDetails.class);
            if (isUntagged && !d.locks().locked() && !heldByKept.contains(d.digest())
                    && time(d.lastUpdateTime()).isBefore(cutoff)) {
                out.add(m);
            }
        });
        return out;
    }

    /** A time the registry sent; one that does not read counts as new, so it is never deleted for its age. */
    private static Instant time(String text) {
        try {
            return text == null ? Instant.MAX : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MAX;
        }
    }
}
