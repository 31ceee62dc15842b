package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.sandbox.TasksData.SampleRun;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The runs of every registry and their logs. Finished sample runs are fixed; live ones ({@link LiveRun}) move on with
 * the clock and are written back into {@link ResourceState} whenever runs are read. Logs are served as blobs behind
 * SAS URLs signed with a key made per sandbox, so a link from another run (or a made-up one) is refused. A state file
 * keeps the live runs (what moves them is their times: the log is generated again from them) and the run number, which
 * a reset does not take back: run ids never repeat within one state file.
 */
public final class Runs implements Kept {

    /** A Runs_List call as the sandbox received it: its {@code $filter} and {@code $top} (null when absent). */
    public record ListQuery(String registry, String filter, Integer top) {
    }

    static final String LOG_PATH = "/logs/";
    private static final Duration SAS_LIFETIME = Duration.ofHours(1);
    private static final Duration LIVE_FOR = Duration.ofHours(2);
    private static final java.util.Set<String> LIVE_STATUSES = java.util.Set.of("Queued", "Started", "Running");

    private final Clock clock;
    private final ResourceState state;
    private final URI base;
    private final Map<String, LiveRun> live = new ConcurrentHashMap<>();
    private final Map<String, SampleRun> finished = new ConcurrentHashMap<>();
    private final Map<String, LogBlob> finishedLogs = new ConcurrentHashMap<>();
    private final List<ListQuery> queries = new CopyOnWriteArrayList<>();
    private final AtomicLong scheduled = new AtomicLong();
    private final byte[] key = new byte[32];
    private volatile Duration runDuration = Duration.ofSeconds(20);

    Runs(Clock clock, ResourceState state, URI baseUrl) {
        this.clock = clock;
        this.state = state;
        this.base = baseUrl;
        new SecureRandom().nextBytes(key);
    }

    /**
     * How long a scheduled run takes from Queued to its end (default 20 s): about a tenth queued, then running while
     * its log grows by 40 lines.
     */
    public void setRunDuration(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("run duration must be positive: " + duration);
        }
        this.runDuration = duration;
    }

    /** Every Runs_List call received so far, oldest first. */
    public List<ListQuery> listQueries() {
        return List.copyOf(queries);
    }

    /** The log of a run as the sandbox has it now (for tests and benchmarks). */
    public byte[] logBytes(String runId) {
        LogBlob log = log(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId));
        return log.read(0, log.length());
    }

    void recordQuery(String registry, String filter, Integer top) {
        queries.add(new ListQuery(registry, filter, top));
    }

    /** Seeds the sample: finished runs as they are, live ones starting from now. */
    void seed(List<SampleRun> runs) {
        Instant now = clock.instant();
        for (SampleRun r : runs) {
            switch (r.status()) {
                case "Queued" -> addLive(r.withCreated(now.minusSeconds(30)), now.plus(LIVE_FOR), now.plus(LIVE_FOR),
                        now.plus(LIVE_FOR.multipliedBy(2)), "Succeeded", Duration.ofSeconds(2));
                case "Started" -> addLive(r.withCreated(now.minusSeconds(60)), now.minusSeconds(20), now.plus(LIVE_FOR),
                        now.plus(LIVE_FOR.multipliedBy(2)), "Succeeded", Duration.ofSeconds(2));
                case "Running" -> addLive(r.withCreated(now.minusSeconds(90)), now.minusSeconds(80), now.minusSeconds(75),
                        now.plus(LIVE_FOR), "Succeeded", Duration.ofSeconds(2));
                default -> {
                    finished.put(key(r.id()), r);
                    state.seed(r.id(), () -> TasksJson.run(r, true, r.finished()));
                }
            }
        }
    }

    /**
     * After a restore, the sample's finished runs, whose logs are generated when read; the live ones came from the
     * state file with the resources.
     */
    void sampleLogs(List<SampleRun> runs) {
        for (SampleRun r : runs) {
            if (!live.containsKey(key(r.id())) && !LIVE_STATUSES.contains(r.status())) {
                finished.put(key(r.id()), r);
            }
        }
    }

    /** The next scheduled run is numbered after {@code n} (at least): a fresh state file's runs start past any before. */
    void countFrom(long n) {
        scheduled.accumulateAndGet(n, Math::max);
    }

    /** A run ScheduleRun (or a task run) asked for: queued now, it ends after the run duration. */
    ObjectNode schedule(String registryId, String task, String runType, String image, String agentPool) {
        String runId = ArmPaths.name(registryId).substring(0, 1).toLowerCase(Locale.ROOT) + "s"
                + Long.toString(scheduled.incrementAndGet(), 36);
        Instant now = clock.instant();
        Duration total = runDuration;
        Instant start = now.plus(total.dividedBy(10));
        boolean fails = (image != null && image.toLowerCase(Locale.ROOT).startsWith(Faults.FAILING_NAME_PREFIX))
                || (task != null && task.toLowerCase(Locale.ROOT).startsWith(Faults.FAILING_NAME_PREFIX));
        SampleRun r = new SampleRun(registryId, runId, task, "Queued", runType, now, null, null, image,
                "manual", agentPool, 0, null);
        LiveRun run = addLive(r, start, start.plusMillis(50), now.plus(total), fails ? "Failed" : "Succeeded",
                total.minus(total.dividedBy(10)).dividedBy(40));
        return run.json();
    }

    private LiveRun addLive(SampleRun r, Instant startAt, Instant runningAt, Instant endAt, String outcome,
                            Duration interval) {
        LiveRun run = new LiveRun(r, startAt, runningAt, endAt, outcome, interval, clock, true);
        live.put(key(r.id()), run);
        state.put(r.id(), run.json());
        return run;
    }

    /** Writes the live runs' current state into the resource state, so lists and gets show it. */
    void advance() {
        for (Map.Entry<String, LiveRun> e : live.entrySet()) {
            LiveRun run = e.getValue();
            String id = run.registryId() + "/runs/" + run.runId();
            if (!state.update(id, n -> n.removeAll().setAll(run.json()))) {
                live.remove(e.getKey()); // its registry was deleted
            }
        }
    }

    /** Cancels a run: a live one stops now; a finished one cannot be. */
    boolean cancel(String runId) {
        LiveRun run = live.get(key(runId));
        boolean canceled = run != null && run.cancel();
        advance();
        return canceled;
    }

    void archive(String runId, boolean enabled) {
        LiveRun run = live.get(key(runId));
        if (run != null) {
            run.archive(enabled);
            advance();
        } else {
            state.update(runId, n -> {
                ObjectNode p = (ObjectNode) n.get("properties");
                p.put("isArchiveEnabled", enabled);
                if (!enabled) {
                    p.remove("logArtifact");
                }
            });
        }
    }

    /** The SAS URL of a run's log blob, valid for an hour. */
    String logLink(String runId) {
        String path = LOG_PATH + ArmPaths.segment(runId, "registries").toLowerCase(Locale.ROOT) + "/"
                + ArmPaths.name(runId) + "/rawtext.log";
        String expiry = clock.instant().plus(SAS_LIFETIME).truncatedTo(ChronoUnit.SECONDS).toString();
        String b = base.toString();
        return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path + "?sv=2024-08-04&se="
                + URLEncoder.encode(expiry, StandardCharsets.UTF_8) + "&sr=b&sp=r&sig="
                + URLEncoder.encode(sign(path, expiry), StandardCharsets.UTF_8);
    }

    /** Whether a blob request's signature is this sandbox's and still valid. */
    boolean signed(String path, String expiry, String signature) {
        if (expiry == null || signature == null) {
            return false;
        }
        try {
            return clock.instant().isBefore(Instant.parse(expiry)) && sign(path, expiry).equals(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The log of a run by its ARM id, or by {@code registryName/runId} as the blob path names it. */
    Optional<LogBlob> log(String runIdOrPath) {
        String k = runIdOrPath.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, LiveRun> e : live.entrySet()) {
            if (e.getKey().equals(k) || e.getKey().endsWith("/registries/" + k.replace("/", "/runs/"))) {
                return Optional.of(e.getValue());
            }
        }
        for (Map.Entry<String, SampleRun> e : finished.entrySet()) {
            if (e.getKey().equals(k) || e.getKey().endsWith("/registries/" + k.replace("/", "/runs/"))) {
                return Optional.of(finishedLogs.computeIfAbsent(e.getKey(), x -> generated(e.getValue())));
            }
        }
        return Optional.empty();
    }

    private static LogBlob generated(SampleRun r) {
        return new GeneratedLog(r.runId(), r.runId().hashCode(), r.logLines(), r.started(), r.finished(),
                r.status().equals("Succeeded"));
    }

    private String sign(String path, String expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal((path.toLowerCase(Locale.ROOT) + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String section() {
        return "runs";
    }

    @Override
    public JsonNode save() {
        ObjectNode out = ArmJson.MAPPER.createObjectNode();
        out.put("next", scheduled.get());
        ArrayNode saved = out.putArray("live");
        live.values().forEach(run -> saved.add(run.save()));
        return out;
    }

    @Override
    public void restore(JsonNode saved) {
        live.clear();
        finished.clear();
        finishedLogs.clear();
        scheduled.set(Kept.number(saved, "next"));
        for (JsonNode run : saved.path("live")) {
            LiveRun r = LiveRun.restore(run, clock);
            live.put(key(r.registryId() + "/runs/" + r.runId()), r);
        }
    }

    /** Forgets every run but keeps counting: a reset's runs are numbered after the ones before it. */
    @Override
    public void clear() {
        live.clear();
        finished.clear();
        finishedLogs.clear();
    }

    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
