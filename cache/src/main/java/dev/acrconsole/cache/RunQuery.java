package dev.acrconsole.cache;

import java.time.Instant;
import java.util.Set;

/**
 * Which cached runs of a registry to show: the same criteria the runs table sends to ARM as {@code $filter}. Empty
 * or null parts do not filter.
 *
 * @param statuses e.g. Failed, Error
 * @param from     created at or after
 * @param to       created before
 */
public record RunQuery(Set<String> statuses, String task, String runType, Instant from, Instant to) {
    public RunQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static RunQuery all() {
        return new RunQuery(Set.of(), null, null, null, null);
    }

    /** Where the next page starts: after this run in newest-first order. */
    public record After(String createTime, String idKey) {
        public static After of(CachedResource run, String createTime) {
            return new After(createTime, CachedResource.idKey(run.id()));
        }
    }
}
