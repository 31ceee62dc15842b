package dev.acrconsole.app.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * What is left of ARM's read budget, per subscription (and one for tenant-level requests), as ARM's
 * {@code x-ms-ratelimit-remaining-*-reads} headers say on every answer, for one principal's session. ARM keeps a token
 * bucket per subscription and principal (250 reads burst, 25 a second back): reads of a refresh pace themselves on it,
 * keeping a reserve for the writes and operation polls that must not wait behind them, and a 429 holds back that
 * subscription's reads (only its) until its Retry-After has passed. Thread-safe; listeners are called on whatever thread
 * saw the answer.
 */
public final class ArmBudget {

    /** The key of tenant-level requests (no subscription in the path). */
    public static final String TENANT = "tenant";
    /** ARM refills a full read bucket in 10 s (250 at 25 a second): the refill is guessed from the largest figure seen. */
    static final double REFILL_SECONDS = 10;
    /** The part of a bucket paced reads leave for writes and polls: a tenth, at least one (none of a bucket under 3). */
    static final double RESERVE = 0.1;
    /** A wait for budget is checked again at least this often: an answer may have brought better news. */
    static final long MAX_WAIT_NANOS = Duration.ofMillis(500).toNanos();
    /** The refill is measured over at least this long: shorter, the figures' order under concurrency is noise. */
    static final long MEASURE_NANOS = Duration.ofMillis(300).toNanos();
    /** Waiting without a figure for a bucket yet: the first reads go, the others wait for an answer, this long at most. */
    static final long PROBE_WAIT_NANOS = Duration.ofMillis(50).toNanos();

    /** The lowest read budget seen: whose ({@code subscriptionId} null for the tenant's), how many left, when seen. */
    public record Low(String subscriptionId, long remaining, Instant seenAt) {
        public boolean tenant() {
            return subscriptionId == null;
        }
    }

    /** One subscription's (or the tenant's) read bucket as this client sees it. */
    private static final class Bucket {
        long seen = -1;          // the last figure ARM sent to pace on; -1: none yet, or a 429 since
        long figure = -1;        // the last figure ARM sent (0 for a 429): what the status bar shows
        Instant seenAt;
        long seenNanos;
        long largest;            // the largest figure seen + 1: the bucket's size as far as we know
        int inFlight;            // reads sent and not answered
        long blockedUntil;       // a 429's Retry-After, in nanos; 0: none
        long baseline = -1;      // a figure to measure the refill from, when, and the reads ARM carried out since
        long baselineNanos;
        int servedSince;

        /**
         * Tokens back a second: ARM's ratio to the bucket's size (a full bucket in 10 s), or faster when measured so
         * ({@code learned}: a figure that fell less than the reads carried out since; ARM refills every subscription of
         * a principal alike, so it is measured across them). Never slower: a measure over a full bucket shows none.
         */
        double perSecond(double learned) {
            return Math.max(Math.max(largest / REFILL_SECONDS, 0.1), learned);
        }

        /** What is left now, counting the refill since it was seen and the reads on their way. */
        double estimate(long now, double learned) {
            return Math.min(largest, seen + perSecond(learned) * Math.max(0, now - seenNanos) / 1e9) - inFlight;
        }

        /** The refill a second since the baseline, when that is long enough ago to tell (else -1); moves the baseline. */
        double measure(long figure, long now) {
            double observed = -1;
            if (baseline >= 0 && now - baselineNanos >= MEASURE_NANOS) {
                observed = (figure - baseline + servedSince) / ((now - baselineNanos) / 1e9);
            }
            if (baseline < 0 || now - baselineNanos >= MEASURE_NANOS) {
                baseline = figure;
                baselineNanos = now;
                servedSince = 0;
            }
            return observed;
        }

        /** Below the bucket's size as known, so a read can always go once enough is back. */
        double reserve() {
            return largest < 3 ? 0 : Math.max(1, Math.floor(largest * RESERVE));
        }
    }

    private final Map<String, Bucket> buckets = new HashMap<>();
    private final CopyOnWriteArrayList<Consumer<Optional<Low>>> listeners = new CopyOnWriteArrayList<>();
    private final LongSupplier nanos;
    private final Clock clock;
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    private Low lowest;
    /** The refill a second measured so far, across subscriptions (0: not yet). */
    private double learned;
    /** The largest bucket seen: a new subscription's is taken to be as large until its own figures say. */
    private long typicalSize;

    public ArmBudget() {
        this(System::nanoTime, Clock.systemUTC());
    }

    ArmBudget(LongSupplier nanos, Clock clock) {
        this.nanos = nanos;
        this.clock = clock;
    }

    /** The subscription an ARM path or URL is charged to, lower case; {@link #TENANT} when it names none. */
    public static String keyOf(String pathOrUrl) {
        String path = pathOrUrl;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String[] parts = path.split("/");
        return parts.length >= 3 && parts[1].equalsIgnoreCase("subscriptions") && !parts[2].isEmpty()
                ? parts[2].toLowerCase(Locale.ROOT) : TENANT;
    }

    /**
     * Asks to send a read of {@code key}: 0 when it may go now (it is then counted as on its way until
     * {@link #answered} or {@link #abandoned}), else how many nanoseconds to wait before asking again. A {@code paced}
     * read keeps the reserve and waits out a 429's Retry-After; an unpaced one (an operation's poll) goes at once.
     */
    public synchronized long tryRead(String key, boolean paced) {
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket());
        long now = nanos.getAsLong();
        if (paced) {
            if (b.blockedUntil > now) {
                return Math.min(b.blockedUntil - now, MAX_WAIT_NANOS);
            }
            if (b.seen < 0 && b.inFlight >= blindReads(b)) {
                return PROBE_WAIT_NANOS; // nothing known yet: the first answers say how much there is
            }
            if (b.seen >= 0) {
                double spare = b.estimate(now, learned) - 1 - b.reserve();
                if (spare < 0) {
                    held.incrementAndGet();
                    return Math.min(MAX_WAIT_NANOS, Math.max(Duration.ofMillis(5).toNanos(), (long) (-spare / b.perSecond(learned) * 1e9)));
                }
            }
        }
        b.inFlight++;
        return 0;
    }

    /**
     * How many reads of a bucket ARM has sent no figure for may be on their way at once: one while nothing is known of
     * any (its answer tells the bucket's size); once other subscriptions' answers showed how large a bucket is, as many
     * as that bucket's reserve. A new subscription's bucket is full unless another client of the principal used it,
     * and then a 429 says so and is waited out; holding its reads back one at a time made a refresh of many small
     * subscriptions (three reads each) wait a round trip per read.
     */
    private long blindReads(Bucket b) {
        if (b.blockedUntil > 0) {
            return 1; // it was throttled: its next answer says how much came back
        }
        return typicalSize < 3 ? 1 : Math.max(1, (long) Math.floor(typicalSize * RESERVE));
    }

    /** A read that went ({@link #tryRead} said 0) ended without an answer. */
    public synchronized void abandoned(String key) {
        Bucket b = buckets.get(key);
        if (b != null && b.inFlight > 0) {
            b.inFlight--;
        }
    }

    /**
     * ARM's answer to a read of {@code key}: {@code remaining} from its header (null when it sent none),
     * {@code retryAfterSeconds} when it was a 429 (null otherwise).
     */
    public void answered(String key, Long remaining, Integer retryAfterSeconds) {
        Optional<Low> changed;
        synchronized (this) {
            Bucket b = buckets.computeIfAbsent(key, k -> new Bucket());
            if (b.inFlight > 0) {
                b.inFlight--;
            }
            long now = nanos.getAsLong();
            if (retryAfterSeconds != null) {
                throttled.incrementAndGet();
                b.blockedUntil = Math.max(b.blockedUntil, now + Duration.ofSeconds(Math.max(0, retryAfterSeconds)).toNanos());
                // Empty, and how fast it refills is ARM's to say: after Retry-After one read goes first and its answer tells.
                b.seen = -1;
                b.baseline = -1;
                learned = Math.max(learned, 1.0 / Math.max(1, retryAfterSeconds)); // a token back by then, at least
                b.figure = 0;
                b.seenAt = clock.instant();
            } else if (remaining != null) {
                b.servedSince++; // ARM carried it out: one token taken
                double observed = b.measure(remaining, now);
                if (observed > 0) {
                    learned = learned == 0 ? observed : 0.7 * learned + 0.3 * observed;
                }
                b.seen = remaining;
                b.figure = remaining;
                b.seenNanos = now;
                b.seenAt = clock.instant();
                b.largest = Math.max(Math.max(b.largest, remaining + 1), typicalSize);
                typicalSize = Math.max(typicalSize, b.largest);
            } else {
                return;
            }
            Low low = lowestAfter(key, b);
            if (Objects.equals(low, lowest)) {
                return;
            }
            lowest = low;
            changed = Optional.ofNullable(low);
        }
        listeners.forEach(l -> l.accept(changed));
    }

    /**
     * The lowest budget once {@code b} (of {@code key}) has a new figure: looked for among all buckets only when the
     * lowest one's figure rose (a refresh of thousands of subscriptions hears an answer every few milliseconds).
     */
    private Low lowestAfter(String key, Bucket b) {
        String subscription = key.equals(TENANT) ? null : key;
        if (lowest == null || b.figure < lowest.remaining()
                || Objects.equals(subscription, lowest.subscriptionId()) && b.figure == lowest.remaining()) {
            return new Low(subscription, b.figure, b.seenAt);
        }
        return Objects.equals(subscription, lowest.subscriptionId()) ? lowestNow() : lowest;
    }

    private Low lowestNow() {
        Low low = null;
        for (Map.Entry<String, Bucket> e : buckets.entrySet()) {
            Bucket b = e.getValue();
            if (b.figure >= 0 && (low == null || b.figure < low.remaining())) {
                low = new Low(e.getKey().equals(TENANT) ? null : e.getKey(), b.figure, b.seenAt);
            }
        }
        return low;
    }

    /** The lowest read budget ARM has reported (empty before its first answer with a figure). */
    public synchronized Optional<Low> lowest() {
        return Optional.ofNullable(lowest);
    }

    /** What ARM last said is left for {@code subscriptionId} (or {@link #TENANT}); empty when it has said nothing yet. */
    public synchronized Optional<Long> remaining(String subscriptionIdOrTenant) {
        Bucket b = buckets.get(subscriptionIdOrTenant.toLowerCase(Locale.ROOT));
        return b == null || b.figure < 0 ? Optional.empty() : Optional.of(b.figure);
    }

    /** 429s ARM answered so far (each waited out). */
    public int throttledCount() {
        return throttled.get();
    }

    /** Reads held back so far to keep the reserve. */
    public int pacedCount() {
        return held.get();
    }

    /**
     * Calls {@code listener} with the new lowest budget whenever it changes, on the thread that saw the answer (the UI
     * marshals to its own thread). Closing the returned handle stops it.
     */
    public AutoCloseable listen(Consumer<Optional<Low>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
