package dev.acrconsole.sandbox;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/** Seeded values for generated data, so one seed always yields the same GUIDs and dates. */
final class Ids {

    private static final long FIRST_CREATED = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
    private static final long LAST_CREATED = Instant.parse("2025-09-01T00:00:00Z").getEpochSecond();

    private Ids() {
    }

    /** A version-4-shaped GUID drawn from {@code random}. */
    static String guid(Random random) {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /** A creation time between 2019 and 2025, at the 100 ns precision ARM prints. */
    static Instant created(Random random) {
        long seconds = FIRST_CREATED + (long) (random.nextDouble() * (LAST_CREATED - FIRST_CREATED));
        return Instant.ofEpochSecond(seconds, random.nextInt(10_000_000) * 100L);
    }
}
