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
     * The clean-up of {@code repositories} as cached: each repository's tags and manifests are read and planned in turn,
     * on every core (the cache has a pool of readers), and only what the plan keeps outlives its repository: a big
     * registry has 100,000s of rows, and keeping them all at once cost more in collection than in reading. Blocks on
     * the cache: background only.
     */
    public static CleanupPlan dryRun(CleanupRules rules, ResourceStore store, KindCatalog kinds, List<Row> repositories,
                                     Instant now, Instant asOf) {
        Instant cutoff = cutoff(rules, now);
        return merge(repositories.parallelStream().map(r -> plan(rules, new Contents(r,
                kinds.rows(store.sharingParent(r.resource(), TagKind.KIND)),
                kinds.rows(store.sharingParent(r.resource(), ManifestKind.KIND))), cutoff, asOf)).toList(), asOf);
    }

    /** The clean-up of contents already read. */
    public static CleanupPlan plan(CleanupRules rules, List<Contents> repositories, Instant now, Instant asOf) {
        Instant cutoff = cutoff(rules, now);
        return merge(repositories.stream().map(c -> plan(rules, c, cutoff, asOf)).toList(), asOf);
    }

    private static Instant cutoff(CleanupRules rules, Instant now) {
        return now.minusSeconds(86_400L * rules.olderThanDays());
    }

    /** The repositories' plans as one, in their order. */
    private static CleanupPlan merge(List<CleanupPlan> parts, Instant asOf) {
        List<Row> tags = new ArrayList<>();
        List<Row> manifests = new ArrayList<>();
        long bytes = 0;
        int referrers = 0;
        for (CleanupPlan p : parts) {
            tags.addAll(p.tags());
            manifests.addAll(p.manifests());
            bytes += p.bytesAtMost();
            referrers += p.referrersKept();
        }
        return new CleanupPlan(List.copyOf(tags), List.copyOf(manifests), bytes, referrers, asOf);
    }

    private static CleanupPlan plan(CleanupRules rules, Contents c, Instant cutoff, Instant asOf) {
        if (!rules.selectsRepository(c.repository().name()) || c.repository().details(
                dev.acrconsole.app.repositories.RepositoryDetails.class).locks().locked()) {
            return new CleanupPlan(List.of(), List.of(), 0, 0, asOf); // a locked repository is left whole
        }
        List<Row> gone = rules.untaggedOnly() ? List.of() : tagsToDelete(rules, c.tags(), cutoff);
        List<Row> manifests = new ArrayList<>();
        long bytes = 0;
        int referrers = 0;
        if (rules.deleteUntagged()) {
            for (Row m : manifestsToDelete(c, gone, cutoff)) {
                ManifestDetails d = m.details(ManifestDetails.class);
                if (d.isReferrerArtifact()) {
                    referrers++; // a signature or SBOM: acr purge keeps one with a subject, and ACR's list cannot say
                    continue;
                }
                manifests.add(m);
                bytes += d.imageSize() == null ? 0 : d.imageSize();
            }
        }
        return new CleanupPlan(gone, manifests, bytes, referrers, asOf);
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
        // A list, not a map keyed by row: a row's hash would hash its whole JSON, 100,000s of times.
        record Entry(Row row, ManifestDetails details, boolean untagged) {}
        List<Entry> entries = new ArrayList<>(c.manifests().size());
        Set<String> heldByKept = new HashSet<>();
        for (Row m : c.manifests()) {
            ManifestDetails d = m.details(ManifestDetails.class);
            boolean untagged = d.tags().stream().allMatch(gone::contains);
            entries.add(new Entry(m, d, untagged));
            if (!untagged) {
                d.references().forEach(r -> heldByKept.add(r.digest()));
            }
        }
        List<Row> out = new ArrayList<>();
        for (Entry e : entries) {
            ManifestDetails d = e.details();
            if (e.untagged() && !d.locks().locked() && !heldByKept.contains(d.digest())
                    && time(d.lastUpdateTime()).isBefore(cutoff)) {
                out.add(e.row());
            }
        }
        return out;
    }

    /**
     * A time the registry sent; one that does not read counts as new, so it is never deleted for its age. ACR's usual
     * form ({@code 2026-12-06T10:15:30.1234567Z}) is read by hand: a dry run reads 100,000s, and the general parser
     * was a tenth of its time.
     */
    static Instant time(String text) {
        if (text == null) {
            return Instant.MAX;
        }
        Instant fast = utc(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.MAX;
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null when it has another form. */
    private static Instant utc(String t) {
        int n = t.length();
        if (n < 20 || n > 30 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (t.charAt(19) != '.' || n == 21) {
                return null;
            }
            nanos = digits(t, 20, n - 1);
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        } else if (t.charAt(19) != 'Z') {
            return null;
        }
        if (year < 0 || nanos < 0 || hour < 0 || minute < 0 || second < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        try {
            long days = java.time.LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException e) {
            return null; // e.g. February 30th
        }
    }

    /** The number in t[from, to), or -1 when a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
