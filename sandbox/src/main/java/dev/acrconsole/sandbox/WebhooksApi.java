package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * A registry's webhooks: list, get, create (PUT), update (PATCH), delete, and the POST actions ping (which really
 * posts a ping event to the service URI, in the background, and records what it answered), getCallbackConfig (the
 * service URI and custom headers, which a GET never shows) and listEvents (the events sent so far: pings, as the
 * sandbox has no registry contents to push).
 */
final class WebhooksApi extends ChildApi implements Kept {

    static final String TYPE = "Microsoft.ContainerRegistry/registries/webhooks";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]*");
    private static final ObjectNode TEMPLATE = ArmJson.body("WebhookGet.json");
    private static final ObjectNode EVENT = (ObjectNode) ArmJson.body("WebhookListEvents.json").path("value").get(0);

    /** What a GET does not show: the service URI and custom headers, by webhook id (lower case). */
    private final Map<String, ObjectNode> callbacks = new ConcurrentHashMap<>();
    private final Map<String, List<ObjectNode>> events = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhooksApi(RegistryChildren children) {
        super(children, "webhooks", "webhookName", ApiVersions.WEBHOOKS);
    }

    @Override
    void register(Router router) {
        super.register(router);
        String item = RegistryChildren.REGISTRY_PATH + "/" + collection + "/{webhookName}";
        router.add("POST", item + "/ping", versions, this::ping);
        router.add("POST", item + "/getCallbackConfig", versions, r -> Response.ok(callback(item(r))));
        router.add("POST", item + "/listEvents", versions,
                r -> children.pager.page(r, events.getOrDefault(key(item(r)), List.of()), WebhooksApi::copy));
    }

    @Override
    protected Response put(Request r) {
        RegistryChildren.checkName("webhook", r.var("webhookName"), NAME, "letters and digits");
        JsonNode body = Bodies.json(r, Enums.WEBHOOK);
        String location = Locations.of(body, TYPE);
        String id = id(r);
        ObjectNode old = state.get(id).orElse(null);
        Locations.unchanged(old, location, r.var("resourceGroupName"));
        JsonNode p = body.path("properties");
        if (p.path("serviceUri").asText("").isBlank()) {
            throw Bodies.invalid("properties.serviceUri", "A webhook needs the service URI to post its events to.");
        }
        ObjectNode made = TEMPLATE.deepCopy();
        made.put("id", id);
        made.put("name", ArmPaths.name(id));
        made.put("location", location);
        made.set("tags", body.has("tags") ? body.get("tags").deepCopy() : ArmJson.MAPPER.createObjectNode());
        ObjectNode props = ((ObjectNode) made.get("properties"));
        props.removeAll();
        props.put("status", p.path("status").asText("enabled"));
        props.put("scope", p.path("scope").asText(""));
        props.set("actions", actions(p.path("actions")));
        props.put("provisioningState", "Creating");
        Response answer = accepted(r, id, old, made);
        callbacks.put(key(made), callback(p, null));
        return answer;
    }

    @Override
    protected Response patch(Request r) {
        ObjectNode current = item(r);
        JsonNode body = Bodies.json(r, Enums.WEBHOOK);
        JsonNode p = body.path("properties");
        ObjectNode next = current.deepCopy();
        ObjectNode props = (ObjectNode) next.get("properties");
        if (body.has("tags")) {
            next.set("tags", body.get("tags").deepCopy());
        }
        for (String field : List.of("status", "scope")) {
            if (p.hasNonNull(field)) {
                props.put(field, p.get(field).asText());
            }
        }
        if (p.has("actions")) {
            props.set("actions", actions(p.get("actions")));
        }
        callbacks.put(key(current), callback(p, callbacks.get(key(current))));
        return updating(r, current.path("id").asText(), next);
    }

    private static ArrayNode actions(JsonNode actions) {
        if (!actions.isArray() || actions.isEmpty()) {
            throw Bodies.invalid("properties.actions", "A webhook needs at least one action: push, delete, quarantine, chart_push, chart_delete.");
        }
        return (ArrayNode) actions.deepCopy();
    }

    private static ObjectNode callback(JsonNode p, ObjectNode old) {
        ObjectNode c = old != null ? old.deepCopy() : ArmJson.MAPPER.createObjectNode();
        if (p.hasNonNull("serviceUri")) {
            c.put("serviceUri", p.get("serviceUri").asText());
        }
        if (p.path("customHeaders").isObject()) {
            c.set("customHeaders", p.get("customHeaders").deepCopy());
        } else if (!c.has("customHeaders")) {
            c.putObject("customHeaders");
        }
        return c;
    }

    private ObjectNode callback(ObjectNode webhook) {
        return callbacks.getOrDefault(key(webhook), ArmJson.MAPPER.createObjectNode()).deepCopy();
    }

    /** Answers the event's id at once; the POST to the service and its answer are recorded when they happen. */
    private Response ping(Request r) {
        ObjectNode webhook = item(r);
        ObjectNode callback = callback(webhook);
        String id = UUID.randomUUID().toString();
        ObjectNode event = EVENT.deepCopy();
        event.put("id", id);
        ObjectNode request = (ObjectNode) event.get("eventRequestMessage");
        ObjectNode content = request.putObject("content");
        content.put("id", id).put("timestamp", EdgeJson.when(children.clock.instant())).put("action", "ping");
        request.put("requestUri", callback.path("serviceUri").asText());
        ObjectNode headers = request.putObject("headers").put("Content-Type", "application/json");
        callback.path("customHeaders").properties().forEach(h -> headers.put(h.getKey(), "******"));
        ObjectNode response = (ObjectNode) event.get("eventResponseMessage");
        response.putObject("headers");
        response.put("statusCode", "0").put("reasonPhrase", "pending");
        events.computeIfAbsent(key(webhook), k -> new CopyOnWriteArrayList<>()).add(0, event);
        state.touch();
        Thread.ofVirtual().start(() -> deliver(callback, content.toString(), response));
        ObjectNode answer = ArmJson.MAPPER.createObjectNode();
        answer.put("id", id);
        return Response.ok(answer);
    }

    private void deliver(ObjectNode callback, String content, ObjectNode response) {
        try {
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(callback.path("serviceUri").asText()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(content));
            callback.path("customHeaders").properties().forEach(h -> post.header(h.getKey(), h.getValue().asText()));
            HttpResponse<Void> answered = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
            synchronized (response) {
                response.put("statusCode", String.valueOf(answered.statusCode())).remove("reasonPhrase");
            }
            state.touch();
        } catch (Exception e) { // an unreachable or refused service is what the event then records
            synchronized (response) {
                Throwable why = e.getMessage() == null && e.getCause() != null ? e.getCause() : e; // a refused connection says it here
                response.put("statusCode", "0").put("reasonPhrase", why.getClass().getSimpleName()
                        + (why.getMessage() == null ? "" : ": " + why.getMessage()));
            }
        }
    }

    @Override
    public String section() {
        return "webhooks";
    }

    /** Their service URIs and custom headers (the sandbox's own data, which a GET never shows) and the events sent. */
    @Override
    public JsonNode save() {
        ObjectNode out = ArmJson.MAPPER.createObjectNode();
        ObjectNode savedCallbacks = out.putObject("callbacks");
        callbacks.forEach(savedCallbacks::set);
        ObjectNode savedEvents = out.putObject("events");
        events.forEach((id, list) -> {
            ArrayNode saved = savedEvents.putArray(id);
            list.forEach(e -> saved.add(copy(e)));
        });
        return out;
    }

    @Override
    public void restore(JsonNode saved) {
        clear();
        Kept.object(saved, "callbacks").properties().forEach(e -> callbacks.put(e.getKey(), e.getValue().deepCopy()));
        Kept.object(saved, "events").properties().forEach(e -> {
            List<ObjectNode> list = new CopyOnWriteArrayList<>();
            e.getValue().forEach(event -> list.add((ObjectNode) event.deepCopy()));
            events.put(e.getKey(), list);
        });
    }

    @Override
    public void clear() {
        callbacks.clear();
        events.clear();
    }

    /** An event as it is now; its answer may be being written by the delivery. */
    private static ObjectNode copy(ObjectNode event) {
        synchronized (event.get("eventResponseMessage")) {
            return event.deepCopy();
        }
    }

    private static String key(JsonNode webhook) {
        return webhook.path("id").asText().toLowerCase(Locale.ROOT);
    }
}
