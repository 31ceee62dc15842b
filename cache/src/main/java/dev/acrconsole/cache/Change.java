package dev.acrconsole.cache;

import java.time.Instant;

/**
 * One entry of the change log: a resource added, removed, or one of its watched fields changed
 * ({@code field}, {@code before} -> {@code after}).
 */
public record Change(long seq, Instant at, CacheScope scope, String id, String kind, String name, What what,
                     String field, String before, String after) {
    public enum What { added, removed, changed }
}
