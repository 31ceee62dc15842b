package dev.acrconsole.cache;

import java.time.Instant;

/** A cached resource a search found, with when it was fetched; {@code byName} when its name matched. */
public record SearchHit(CacheScope scope, String id, ResourceKind kind, String name, String type, Instant fetchedAt,
                        boolean byName) {}
