package dev.acrconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azure Resource Graph's query endpoint ({@code POST /providers/Microsoft.ResourceGraph/resources}) for the queries
 * the console sends: the {@code resources} and {@code resourcecontainers} tables, {@code where} on a column
 * ({@code in~}, {@code in}, {@code =~}, {@code ==}, {@code contains}), {@code project}, {@code order by},
 * {@code limit}/{@code take}. Any other KQL is refused in Resource Graph's error shape. Rows are each resource's ARM
 * JSON as the sandbox's GETs return it, with Resource Graph's own columns (lower-cased {@code type} and
 * {@code resourceGroup}, {@code subscriptionId}, {@code tenantId}). Pages of {@code $top} (1,000 at most and by
 * default) with a {@code $skipToken} bound to the query; each principal has Resource Graph's quota of 15 queries per
 * 5-second window, told in {@code x-ms-user-quota-remaining} / {@code x-ms-user-quota-resets-after}, 429 when spent.
 */
final class ResourceGraphApi {

    /** Every published api-version of Microsoft.ResourceGraph's Resources operation. */
    static final ApiVersions VERSIONS = ApiVersions.provider("resources", List.of("2018-09-01-preview", "2019-04-01",
            "2020-04-01-preview", "2021-03-01", "2021-06-01-preview", "2022-10-01", "2024-04-01"));
    static final String PATH = "/providers/Microsoft.ResourceGraph/resources";
    static final int QUOTA = 15;
    static final Duration WINDOW = Duration.ofSeconds(5);
    private static final int MAX_TOP = 1000;

    /** The types the {@code resources} table holds in the sandbox: what ARM's generic lists show, and the edge's. */
    private static final List<String> INDEXED = List.of(RegistriesApi.TYPE, ReplicationsApi.TYPE, WebhooksApi.TYPE,
            "Microsoft.ContainerRegistry/registries/tasks", "Microsoft.ContainerRegistry/registries/taskRuns",
            "Microsoft.ContainerRegistry/registries/agentPools", "Microsoft.ContainerRegistry/registries/connectedRegistries",
            IotOperationsData.INSTANCE_TYPE, IotOperationsData.ENDPOINT_TYPE);
    private static final String SUBSCRIPTION_TYPE = "microsoft.resources/subscriptions";
    private static final String GROUP_TYPE = "microsoft.resources/subscriptions/resourcegroups";
    private static final List<String> COLUMNS = List.of("id", "name", "type", "tenantId", "kind", "location",
            "resourceGroup", "subscriptionId", "managedBy", "sku", "plan", "properties", "tags", "identity", "zones",
            "extendedLocation");
    private static final Pattern WHERE = Pattern.compile(
            "(?i)where\\s+(\\w+)\\s+(in~|in|=~|==|contains)\\s+(.+)");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ORDER = Pattern.compile("(?i)(?:order|sort)\\s+by\\s+(\\w+)(?:\\s+(asc|desc))?");
    private static final Pattern LIMIT = Pattern.compile("(?i)(?:limit|take)\\s+(\\d+)");
    private static final Pattern PROJECT = Pattern.compile("(?i)project\\s+(\\w+(?:\\s*,\\s*\\w+)*)");

    private final SandboxData data;
    private final ResourceState state;
    private final Clock clock;
    private final long salt;
    private final Map<String, Window> windows = new HashMap<>();

    ResourceGraphApi(SandboxData data, ResourceState state, Clock clock, long salt) {
        this.data = data;
        this.state = state;
        this.clock = clock;
        this.salt = salt;
    }

    void register(Router router) {
        router.add("POST", PATH, VERSIONS, this::query);
    }

    private Response query(Request r) {
        Map<String, String> quota = spend(r.access());
        if (quota.get("x-ms-user-quota-remaining").equals("-1")) {
            Map<String, String> headers = new LinkedHashMap<>(quota);
            headers.put("x-ms-user-quota-remaining", "0");
            return error(429, "RateLimiting", "Client application has been throttled and should not attempt to repeat the"
                    + " request until an amount of time has elapsed. Please see https://aka.ms/resourcegraph-throttling for help.",
                    null, headers);
        }
        JsonNode body;
        try {
            body = r.body() == null || r.body().length == 0 ? ArmJson.MAPPER.createObjectNode() : ArmJson.MAPPER.readTree(r.body());
        } catch (IOException e) {
            return error(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized.", null, quota);
        }
        String text = body.path("query").asText("");
        if (text.isBlank()) {
            return error(400, "BadRequest", "The query is missing from the request body.", null, quota);
        }
        Query q;
        try {
            q = Query.parse(text);
        } catch (Refused e) {
            return error(400, "BadRequest", support(), e, quota);
        }
        JsonNode options = body.path("options");
        int top = options.path("$top").asInt(MAX_TOP);
        int skip = options.path("$skip").asInt(0);
        if (top < 1 || top > MAX_TOP || skip < 0) {
            return error(400, "BadRequest", "The $top option must be between 1 and " + MAX_TOP + " and $skip not negative"
                    + " (got $top " + top + ", $skip " + skip + ").", null, quota);
        }
        String format = options.path("resultFormat").asText(
                r.apiVersion().compareTo("2021-03-01") < 0 ? "table" : "objectArray");
        if (!format.equalsIgnoreCase("table") && !format.equalsIgnoreCase("objectArray")) {
            return error(400, "BadRequest", "The resultFormat '" + format + "' is not one of 'table', 'objectArray'.", null, quota);
        }
        List<SandboxData.Subscription> scope = subscriptions(r, body.path("subscriptions"));
        String fingerprint = fingerprint(text, scope);
        String token = options.path("$skipToken").asText(null);
        int from = skip;
        if (token != null) {
            Integer offset = offset(token, fingerprint);
            if (offset == null) {
                return error(400, "BadRequest", "The $skipToken is not valid for this query.", null, quota);
            }
            from = offset;
        }
        List<ObjectNode> rows;
        try {
            rows = q.run(rows(q, scope));
        } catch (Refused e) {
            return error(400, "BadRequest", support(), e, quota);
        }
        int to = Math.min(rows.size(), from + top);
        List<ObjectNode> page = from >= rows.size() ? List.of() : rows.subList(from, to);
        // Without ids Resource Graph cannot page stably: it truncates instead of handing out a token.
        boolean more = to < rows.size();
        boolean pageable = q.projection() == null || q.projection().contains("id");
        ObjectNode answer = ArmJson.MAPPER.createObjectNode();
        if (more && pageable) {
            answer.put("$skipToken", token(to, fingerprint));
        }
        answer.put("count", page.size());
        answer.set("data", format.equalsIgnoreCase("table") ? table(page, q) : ArmJson.MAPPER.valueToTree(page));
        answer.putArray("facets");
        answer.put("resultTruncated", more && !pageable ? "true" : "false");
        answer.put("totalRecords", rows.size());
        return new Response(200, answer, quota);
    }

    /** The subscriptions asked for that the principal reaches; none asked: every one of its tenant it may list. */
    private List<SandboxData.Subscription> subscriptions(Request r, JsonNode asked) {
        if (!asked.isArray() || asked.isEmpty()) {
            return data.subscriptions().stream().filter(r.access()::lists).toList();
        }
        List<SandboxData.Subscription> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode id : asked) {
            data.subscription(id.asText()).filter(r.access()::reaches)
                    .filter(s -> seen.add(s.subscriptionId().toLowerCase(Locale.ROOT))).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The table's rows in the subscriptions, rendered only when read: a type filter first in the query narrows which
     * resources are looked at, so a page of registries among 5,000 renders that page.
     */
    private List<ObjectNode> rows(Query q, List<SandboxData.Subscription> scope) {
        Set<String> types = q.types();
        List<List<ObjectNode>> parts = new ArrayList<>();
        if (q.table().equals("resources")) {
            Set<String> indexed = new LinkedHashSet<>();
            for (String t : INDEXED) {
                if (types == null || types.contains(t.toLowerCase(Locale.ROOT))) {
                    indexed.add(t);
                }
            }
            for (SandboxData.Subscription s : scope) {
                if (!indexed.isEmpty()) {
                    List<ObjectNode> under = state.under(s.id(), indexed);
                    parts.add(mapped(under, n -> resource(n, s)));
                }
            }
        } else {
            for (SandboxData.Subscription s : scope) {
                if (types == null || types.contains(SUBSCRIPTION_TYPE)) {
                    parts.add(List.of(subscription(s)));
                }
                if (types == null || types.contains(GROUP_TYPE)) {
                    parts.add(mapped(data.resourceGroups(s.subscriptionId()), g -> group(g, s)));
                }
            }
        }
        return concat(parts);
    }

    /** A resource as Resource Graph holds it: its ARM JSON (a registry with its connections inlined) and RG's columns. */
    private ObjectNode resource(ObjectNode arm, SandboxData.Subscription s) {
        ObjectNode json = arm.deepCopy();
        String id = json.path("id").asText();
        if (json.path("type").asText().equalsIgnoreCase(RegistriesApi.TYPE) && json.get("properties") instanceof ObjectNode p) {
            ArrayNode connections = p.putArray("privateEndpointConnections");
            state.children(id + "/privateEndpointConnections").forEach(c -> connections.add(c.deepCopy()));
        }
        return columns(json, json.path("type").asText(), s, group(id));
    }

    private static ObjectNode subscription(SandboxData.Subscription s) {
        ObjectNode arm = s.json();
        ObjectNode n = ArmJson.MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("name", s.displayName());
        ObjectNode p = n.putObject("properties");
        p.put("state", arm.path("state").asText("Enabled"));
        p.set("subscriptionPolicies", arm.path("subscriptionPolicies").deepCopy());
        p.putArray("managementGroupAncestorsChain");
        if (arm.has("tags")) {
            n.set("tags", arm.get("tags").deepCopy());
        }
        return columns(n, SUBSCRIPTION_TYPE, s, "");
    }

    private static ObjectNode group(SandboxData.ResourceGroup g, SandboxData.Subscription s) {
        return columns(g.json(), GROUP_TYPE, s, g.name());
    }

    /** Resource Graph's columns in its order; what the resource lacks is null (strings: empty), as RG answers. */
    private static ObjectNode columns(ObjectNode json, String type, SandboxData.Subscription s, String resourceGroup) {
        ObjectNode n = ArmJson.MAPPER.createObjectNode();
        for (String c : COLUMNS) {
            switch (c) {
                case "type" -> n.put(c, type.toLowerCase(Locale.ROOT));
                case "tenantId" -> n.put(c, s.tenantId());
                case "subscriptionId" -> n.put(c, s.subscriptionId());
                case "resourceGroup" -> n.put(c, resourceGroup.toLowerCase(Locale.ROOT));
                case "kind", "managedBy", "location" -> n.put(c, json.path(c).asText(""));
                default -> n.set(c, json.has(c) ? json.get(c) : com.fasterxml.jackson.databind.node.NullNode.getInstance());
            }
        }
        json.properties().forEach(e -> {
            if (!n.has(e.getKey())) {
                n.set(e.getKey(), e.getValue()); // systemData and the like: RG carries what ARM does
            }
        });
        return n;
    }

    private static String group(String id) {
        Matcher m = Pattern.compile("(?i)/resourceGroups/([^/]+)").matcher(id);
        return m.find() ? m.group(1) : "";
    }

    private static JsonNode table(List<ObjectNode> page, Query q) {
        ObjectNode t = ArmJson.MAPPER.createObjectNode();
        List<String> names = q.projection() != null ? q.projection() : COLUMNS;
        ArrayNode columns = t.putArray("columns");
        for (String name : names) {
            ObjectNode c = columns.addObject();
            c.put("name", name);
            c.put("type", switch (name) {
                case "properties", "sku", "plan", "tags", "identity", "extendedLocation" -> "object";
                case "zones" -> "array";
                default -> "string";
            });
        }
        ArrayNode rows = t.putArray("rows");
        for (ObjectNode row : page) {
            ArrayNode out = rows.addArray();
            names.forEach(name -> out.add(row.get(name)));
        }
        return t;
    }

    /** Counts the query against the principal's window; remaining "-1" means the window was already spent. */
    private synchronized Map<String, String> spend(Access access) {
        String who = access.all() ? "*" : access.principal().name();
        Instant now = clock.instant();
        Window w = windows.get(who);
        if (w == null || !now.isBefore(w.start.plus(WINDOW))) {
            w = new Window(now);
            windows.put(who, w);
        }
        Duration left = Duration.between(now, w.start.plus(WINDOW));
        String resets = String.format(Locale.ROOT, "%02d:%02d:%02d", left.toHours(), left.toMinutesPart(),
                left.toSecondsPart() + (left.toMillisPart() > 0 ? 1 : 0));
        int remaining = QUOTA - w.used;
        if (remaining > 0) {
            w.used++;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-ms-user-quota-remaining", String.valueOf(remaining > 0 ? remaining - 1 : -1));
        headers.put("x-ms-user-quota-resets-after", resets);
        return headers;
    }

    private static final class Window {
        final Instant start;
        int used;

        Window(Instant start) {
            this.start = start;
        }
    }

    private String support() {
        return "Please provide below info when asking for support: timestamp = " + clock.instant()
                + ", correlationId = " + UUID.randomUUID() + ".";
    }

    /** Resource Graph's error: ARM's shape with {@code details} saying what was wrong with the query. */
    private static Response error(int status, String code, String message, Refused refused, Map<String, String> headers) {
        ObjectNode body = ArmJson.MAPPER.createObjectNode();
        ObjectNode e = body.putObject("error");
        e.put("code", code);
        e.put("message", message);
        ArrayNode details = e.putArray("details");
        if (refused != null) {
            ObjectNode invalid = details.addObject();
            invalid.put("code", "InvalidQuery");
            invalid.put("message", "Query is invalid. Please refer to the documentation for the Azure Resource Graph service"
                    + " and fix the error before retrying.");
            ObjectNode why = details.addObject();
            why.put("code", refused.code);
            why.put("message", refused.getMessage());
        } else {
            ObjectNode d = details.addObject();
            d.put("code", code);
            d.put("message", message);
        }
        return new Response(status, body, headers);
    }

    private String token(int offset, String fingerprint) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((offset + "." + fingerprint).getBytes(StandardCharsets.UTF_8));
    }

    private static Integer offset(String token, String fingerprint) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int dot = plain.indexOf('.');
            int offset = Integer.parseInt(plain.substring(0, dot));
            return offset > 0 && plain.substring(dot + 1).equals(fingerprint) ? offset : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** A token is good for the query and subscriptions it was made for, in this sandbox only. */
    private String fingerprint(String query, List<SandboxData.Subscription> scope) {
        StringBuilder s = new StringBuilder(query.strip().toLowerCase(Locale.ROOT));
        scope.forEach(sub -> s.append('|').append(sub.subscriptionId().toLowerCase(Locale.ROOT)));
        long h = (s.toString().hashCode() ^ salt) * 0x9E3779B97F4A7C15L;
        return Long.toHexString(h ^ (h >>> 29));
    }

    private static <T> List<ObjectNode> mapped(List<T> items, java.util.function.Function<T, ObjectNode> f) {
        return new AbstractList<>() {
            @Override
            public ObjectNode get(int index) {
                return f.apply(items.get(index));
            }

            @Override
            public int size() {
                return items.size();
            }
        };
    }

    private static List<ObjectNode> concat(List<List<ObjectNode>> parts) {
        int[] starts = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            starts[i + 1] = starts[i] + parts.get(i).size();
        }
        return new AbstractList<>() {
            @Override
            public ObjectNode get(int index) {
                int part = java.util.Arrays.binarySearch(starts, index);
                part = part >= 0 ? part : -part - 2;
                while (parts.get(part).isEmpty() || index >= starts[part + 1]) {
                    part++;
                }
                return parts.get(part).get(index - starts[part]);
            }

            @Override
            public int size() {
                return starts[parts.size()];
            }
        };
    }

    /** Why the sandbox refuses a query; {@code code} is the second detail of Resource Graph's answer. */
    static final class Refused extends RuntimeException {
        final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** The parsed query: its table and its steps, in order. */
    record Query(String table, List<Step> steps) {
        sealed interface Step {}

        record Where(String column, String op, List<String> values) implements Step {}

        record Project(List<String> columns) implements Step {}

        record Order(String column, boolean descending) implements Step {}

        record Limit(int n) implements Step {}

        static Query parse(String text) {
            List<String> parts = split(text);
            String table = parts.getFirst().strip().toLowerCase(Locale.ROOT);
            if (!table.equals("resources") && !table.equals("resourcecontainers")) {
                throw new Refused("NotServedBySandbox", "The sandbox serves the tables resources and resourcecontainers, not '"
                        + parts.getFirst().strip() + "'.");
            }
            List<Step> steps = new ArrayList<>();
            for (String part : parts.subList(1, parts.size())) {
                String p = part.strip();
                Matcher m;
                if ((m = WHERE.matcher(p)).matches()) {
                    steps.add(where(m));
                } else if ((m = PROJECT.matcher(p)).matches()) {
                    List<String> columns = List.of(m.group(1).split("\\s*,\\s*"));
                    steps.add(new Project(columns));
                } else if ((m = ORDER.matcher(p)).matches()) {
                    // KQL sorts descending unless told otherwise.
                    steps.add(new Order(m.group(1), m.group(2) == null || m.group(2).equalsIgnoreCase("desc")));
                } else if ((m = LIMIT.matcher(p)).matches()) {
                    steps.add(new Limit(Integer.parseInt(m.group(1))));
                } else {
                    String op = p.split("\\s+")[0];
                    throw new Refused("NotServedBySandbox", "The sandbox serves where (in~, in, =~, ==, contains), project,"
                            + " order by and limit; not '" + (op.isEmpty() ? p : op) + "'.");
                }
            }
            return new Query(table, List.copyOf(steps));
        }

        private static Where where(Matcher m) {
            String op = m.group(2).toLowerCase(Locale.ROOT);
            String rest = m.group(3).strip();
            List<String> values = new ArrayList<>();
            if (op.startsWith("in")) {
                if (!rest.startsWith("(") || !rest.endsWith(")")) {
                    throw new Refused("ParserFailure", "Expected a parenthesised list after '" + op + "': " + rest);
                }
                rest = rest.substring(1, rest.length() - 1);
                for (String item : rest.split(",")) {
                    values.add(literal(item.strip()));
                }
            } else {
                values.add(literal(rest));
            }
            return new Where(m.group(1), op, List.copyOf(values));
        }

        private static String literal(String s) {
            Matcher l = LITERAL.matcher(s);
            if (!l.matches()) {
                throw new Refused("ParserFailure", "Expected a string literal, got: " + s);
            }
            String v = l.group(1) != null ? l.group(1) : l.group(2);
            return v.replaceAll("\\\\(.)", "$1");
        }

        /** Splits on the pipes outside string literals. */
        private static List<String> split(String text) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            char quote = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && i + 1 < text.length()) {
                        cur.append(c).append(text.charAt(++i));
                        continue;
                    }
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '|') {
                    out.add(cur.toString());
                    cur.setLength(0);
                    continue;
                }
                cur.append(c);
            }
            if (quote != 0) {
                throw new Refused("ParserFailure", "A string literal is not closed.");
            }
            out.add(cur.toString());
            return out;
        }

        /** The types a type filter leading the query keeps (lower case), or null: every type. */
        Set<String> types() {
            if (!steps.isEmpty() && steps.getFirst() instanceof Where w && w.column().equalsIgnoreCase("type")) {
                Set<String> out = new LinkedHashSet<>();
                w.values().forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
                return out;
            }
            return null;
        }

        /** The columns the last project keeps, or null. */
        List<String> projection() {
            List<String> p = null;
            for (Step s : steps) {
                if (s instanceof Project pr) {
                    p = pr.columns();
                }
            }
            return p;
        }

        /** Applies the steps; a leading type filter is already applied by {@link #types()}. */
        List<ObjectNode> run(List<ObjectNode> rows) {
            List<ObjectNode> out = rows;
            Set<String> known = new LinkedHashSet<>(COLUMNS);
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                switch (s) {
                    case Where w -> {
                        column(known, w.column());
                        if (i == 0 && types() != null) {
                            continue;
                        }
                        out = out.stream().filter(matches(w)).toList();
                    }
                    case Project p -> {
                        p.columns().forEach(c -> column(known, c));
                        List<ObjectNode> source = out;
                        out = new AbstractList<>() {
                            @Override
                            public ObjectNode get(int index) {
                                ObjectNode row = source.get(index);
                                ObjectNode n = ArmJson.MAPPER.createObjectNode();
                                p.columns().forEach(c -> n.set(c, field(row, c)));
                                return n;
                            }

                            @Override
                            public int size() {
                                return source.size();
                            }
                        };
                        known.retainAll(p.columns().stream().map(c -> canonical(known, c)).toList());
                    }
                    case Order o -> {
                        column(known, o.column());
                        Comparator<ObjectNode> by = Comparator.comparing(n -> text(field(n, o.column())),
                                String.CASE_INSENSITIVE_ORDER);
                        out = out.stream().sorted(o.descending() ? by.reversed() : by).toList();
                    }
                    case Limit l -> out = out.subList(0, Math.min(l.n(), out.size()));
                }
            }
            return out;
        }

        private static Predicate<ObjectNode> matches(Where w) {
            return n -> {
                String v = text(field(n, w.column()));
                return switch (w.op()) {
                    case "in~" -> w.values().stream().anyMatch(v::equalsIgnoreCase);
                    case "in" -> w.values().contains(v);
                    case "=~" -> v.equalsIgnoreCase(w.values().getFirst());
                    case "==" -> v.equals(w.values().getFirst());
                    default -> v.toLowerCase(Locale.ROOT).contains(w.values().getFirst().toLowerCase(Locale.ROOT));
                };
            };
        }

        /** KQL's column names ignore no case; the sandbox refuses an unknown one as RG does. */
        private static void column(Set<String> known, String c) {
            canonical(known, c);
        }

        private static String canonical(Set<String> known, String c) {
            for (String k : known) {
                if (k.equals(c)) {
                    return k;
                }
            }
            throw new Refused("UnknownColumn", "Failed to resolve scalar expression named '" + c + "'.");
        }

        private static JsonNode field(ObjectNode n, String c) {
            JsonNode v = n.get(c);
            return v == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : v;
        }

        private static String text(JsonNode v) {
            return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
        }
    }
}
