package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Long-running operations the way ARM runs them. A write starts an operation that stays InProgress for the configured
 * time, then ends Succeeded or Failed ({@link Faults}); its status is polled at {@code .../operationStatuses/{id}}
 * (Azure-AsyncOperation: a status body) or {@code .../operationResults/{id}} (Location: 202 until done). Every answer
 * while running carries Retry-After. Operations advance when a request arrives, so no thread is needed.
 */
public final class Operations implements Kept {

    static final Pattern STATUS_PATH = Pattern.compile("(?i)(.*)/(operationStatuses|operationResults)/([^/]+)");

    public enum Status { InProgress, Succeeded, Failed, Canceled }

    /**
     * What an operation does to the state when it ends: data, not code, so that an operation still running when the
     * sandbox stops is kept in its state file and ends after the next start.
     */
    sealed interface Completion {
        String id();

        /** Lands {@code next} (or, when null, the resource as it is) in Succeeded; Failed in place. */
        record Settle(String id, ObjectNode next) implements Completion {
        }

        /** Removes the resource and what is below it; Failed in place. */
        record Remove(String id) implements Completion {
        }

        /** A connected registry's runtime told to stop: Inactive and Offline (its sync cycle ends with it). */
        record Deactivate(String id) implements Completion {
        }

        /**
         * A write elsewhere (a registry's contents) carried out by the action registered under {@code action} with
         * {@code data}, when the operation succeeds; nothing when it fails.
         */
        record Apply(String id, String action, ObjectNode data) implements Completion {
        }
    }

    private static final class Op {
        final String id;
        final String resourceId;
        final Instant started;
        final Instant due;
        final Completion completion;
        final ArmError failure;
        volatile Status status = Status.InProgress;
        volatile Instant ended;
        final List<Instant> polls = new CopyOnWriteArrayList<>();

        Op(String id, String resourceId, Instant started, Instant due, Completion completion, ArmError failure) {
            this.id = id;
            this.resourceId = resourceId;
            this.started = started;
            this.due = due;
            this.completion = completion;
            this.failure = failure;
        }
    }

    private final Map<String, Op> ops = new ConcurrentHashMap<>();
    private final Map<String, java.util.function.Consumer<ObjectNode>> actions = new ConcurrentHashMap<>();
    private final ResourceState state;
    private final Clock clock;
    private final Faults faults;
    private final Supplier<Duration> duration;
    private final int retryAfterSeconds;
    private final String base;

    Operations(ResourceState state, Clock clock, Faults faults, Supplier<Duration> duration, int retryAfterSeconds, URI baseUrl) {
        this.state = state;
        this.clock = clock;
        this.faults = faults;
        this.duration = duration;
        this.retryAfterSeconds = retryAfterSeconds;
        String s = baseUrl.toString();
        this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Ends every operation whose time has come. Called before each request is handled. */
    synchronized void advance() {
        Instant now = clock.instant();
        for (Op op : ops.values()) {
            if (op.status == Status.InProgress && !now.isBefore(op.due)) {
                finish(op);
            }
        }
    }

    /** The operation ended at its due time, whenever the sandbox notices. */
    private void finish(Op op) {
        boolean ok = op.failure == null;
        switch (op.completion) {
            case Completion.Settle s when ok && s.next() != null -> {
                ObjectNode next = s.next().deepCopy();
                ((ObjectNode) next.get("properties")).put("provisioningState", "Succeeded");
                state.put(s.id(), next);
            }
            case Completion.Settle s -> state.provisioningState(s.id(), ok ? "Succeeded" : "Failed");
            case Completion.Remove r when ok -> state.remove(r.id());
            case Completion.Remove r -> state.provisioningState(r.id(), "Failed");
            case Completion.Deactivate d when ok -> state.update(d.id(), n -> {
                ObjectNode p = (ObjectNode) n.get("properties");
                p.withObjectProperty("activation").put("status", "Inactive");
                p.put("connectionState", "Offline");
            });
            case Completion.Deactivate d -> { } // the runtime still runs as it did
            case Completion.Apply a when ok -> Optional.ofNullable(actions.get(a.action())).ifPresent(x -> x.accept(a.data()));
            case Completion.Apply a -> { } // nothing was written
        }
        op.status = ok ? Status.Succeeded : Status.Failed;
        op.ended = op.due;
        state.touch();
    }

    /**
     * A PUT or PATCH accepted: {@code status} (200 or 201) with the resource as it is now, and an Azure-AsyncOperation
     * header to poll. The sandbox's failure rules decide how the operation ends.
     */
    Response acceptPut(Request request, String resourceId, int status, JsonNode body, Completion completion) {
        Op op = start(resourceId, completion);
        return new Response(status, body, Map.of(
                "Azure-AsyncOperation", url(resourceId, "operationStatuses", op.id, request.apiVersion()),
                "Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** What an {@link Completion.Apply} of {@code name} does (registered before any request is served). */
    void action(String name, java.util.function.Consumer<ObjectNode> action) {
        actions.put(name, action);
    }

    /** A DELETE or POST action accepted: 202 with a Location header to poll until it stops answering 202. */
    Response acceptWithLocation(Request request, String resourceId, Completion completion) {
        return acceptWithLocation(request, resourceId, completion, null);
    }

    /** As {@link #acceptWithLocation(Request, String, Completion)}, ending Failed with {@code failure} when not null. */
    Response acceptWithLocation(Request request, String resourceId, Completion completion, ArmError failure) {
        Op op = start(resourceId, completion, failure);
        return new Response(202, null, Map.of(
                "Location", url(resourceId, "operationResults", op.id, request.apiVersion()),
                "Retry-After", String.valueOf(retryAfterSeconds)));
    }

    private Op start(String resourceId, Completion completion) {
        return start(resourceId, completion, null);
    }

    private Op start(String resourceId, Completion completion, ArmError failure) {
        Instant now = clock.instant();
        String id = ArmPaths.type(resourceId).replaceAll(".*/", "") + "-" + UUID.randomUUID();
        Op op = new Op(id, resourceId, now, now.plus(duration.get()), completion,
                failure != null ? failure : faults.outcome(resourceId).orElse(null));
        ops.put(id.toLowerCase(java.util.Locale.ROOT), op);
        state.touch();
        return op;
    }

    /** Answers a poll of a status or result URL; empty if the path is not one. */
    Optional<Response> poll(Request request) {
        Matcher m = STATUS_PATH.matcher(request.path());
        if (!m.matches() || !request.method().equals("GET")) {
            return Optional.empty();
        }
        Op op = ops.get(m.group(3).toLowerCase(java.util.Locale.ROOT));
        if (op == null || !op.resourceId.equalsIgnoreCase(m.group(1))) {
            throw new ArmException(404, "OperationNotFound", "The operation '" + m.group(3) + "' could not be found.");
        }
        op.polls.add(clock.instant());
        boolean location = m.group(2).equalsIgnoreCase("operationResults");
        return Optional.of(location ? result(request, op) : status(op));
    }

    private Response status(Op op) {
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        body.put("id", op.resourceId + "/operationStatuses/" + op.id);
        body.put("name", op.id);
        body.put("status", op.status.name());
        body.put("startTime", op.started.toString());
        if (op.ended != null) {
            body.put("endTime", op.ended.toString());
        }
        if (op.status == Status.Failed) {
            ObjectNode error = body.putObject("error");
            error.put("code", op.failure.code());
            error.put("message", op.failure.message());
        }
        Map<String, String> headers = op.status == Status.InProgress
                ? Map.of("Retry-After", String.valueOf(retryAfterSeconds)) : Map.of();
        return new Response(200, body, headers);
    }

    private Response result(Request request, Op op) {
        return switch (op.status) {
            case InProgress -> new Response(202, null, Map.of(
                    "Location", url(op.resourceId, "operationResults", op.id, request.apiVersion()),
                    "Retry-After", String.valueOf(retryAfterSeconds)));
            case Succeeded -> new Response(204, null, Map.of());
            case Failed, Canceled -> throw op.failure.exception();
        };
    }

    /** How many times an operation's status was polled so far (for tests and benchmarks). */
    public int polls(String operationUrl) {
        return pollTimes(operationUrl).size();
    }

    /** When each poll of an operation's status or result URL arrived. */
    public List<Instant> pollTimes(String operationUrl) {
        return op(operationUrl).map(op -> List.copyOf(op.polls)).orElse(List.of());
    }

    /** When an operation reached its terminal state at the sandbox, if it has. */
    public Optional<Instant> endedAt(String operationUrl) {
        return op(operationUrl).map(op -> op.ended);
    }

    private Optional<Op> op(String operationUrl) {
        Matcher m = STATUS_PATH.matcher(URI.create(operationUrl).getPath());
        return m.matches() ? Optional.ofNullable(ops.get(m.group(3).toLowerCase(java.util.Locale.ROOT))) : Optional.empty();
    }

    @Override
    public String section() {
        return "operations";
    }

    /** Every operation, running or ended, so that its status URL answers as before after a restart. */
    @Override
    public synchronized JsonNode save() {
        ArrayNode out = ArmJson.MAPPER.createArrayNode();
        for (Op op : ops.values()) {
            ObjectNode o = out.addObject();
            o.put("id", op.id).put("resourceId", op.resourceId).put("started", op.started.toString())
                    .put("due", op.due.toString()).put("status", op.status.name())
                    .put("ended", op.ended == null ? null : op.ended.toString());
            if (op.failure != null) {
                o.putObject("failure").put("status", op.failure.status()).put("code", op.failure.code())
                        .put("message", op.failure.message());
            }
            ObjectNode c = o.putObject("completion").put("id", op.completion.id());
            switch (op.completion) {
                case Completion.Settle s -> c.put("type", "settle").set("next", s.next());
                case Completion.Remove r -> c.put("type", "remove");
                case Completion.Deactivate d -> c.put("type", "deactivate");
                case Completion.Apply a -> c.put("type", "apply").put("action", a.action()).set("data", a.data());
            }
        }
        return out;
    }

    @Override
    public synchronized void restore(JsonNode saved) {
        ops.clear();
        for (JsonNode o : saved) {
            JsonNode c = Kept.object(o, "completion");
            String target = Kept.text(c, "id");
            Completion completion = switch (Kept.text(c, "type")) {
                case "settle" -> new Completion.Settle(target, c.path("next").isObject() ? (ObjectNode) c.get("next") : null);
                case "remove" -> new Completion.Remove(target);
                case "deactivate" -> new Completion.Deactivate(target);
                case "apply" -> new Completion.Apply(target, Kept.text(c, "action"), Kept.object(c, "data"));
                default -> throw new StateFile.Unreadable("an operation's completion is of no known type: " + c);
            };
            JsonNode f = o.get("failure");
            ArmError failure = f == null || f.isNull() ? null
                    : new ArmError((int) Kept.number(f, "status"), Kept.text(f, "code"), Kept.text(f, "message"));
            Op op = new Op(Kept.text(o, "id"), Kept.text(o, "resourceId"), Kept.instant(o, "started"),
                    Kept.instant(o, "due"), completion, failure);
            try {
                op.status = Status.valueOf(Kept.text(o, "status"));
            } catch (IllegalArgumentException e) {
                throw new StateFile.Unreadable("an operation's status is " + o.get("status"));
            }
            op.ended = Kept.instant(o, "ended");
            ops.put(op.id.toLowerCase(java.util.Locale.ROOT), op);
        }
    }

    @Override
    public synchronized void clear() {
        ops.clear();
    }

    private String url(String resourceId, String kind, String opId, String apiVersion) {
        return base + resourceId + "/" + kind + "/" + opId + "?api-version=" + apiVersion;
    }
}
