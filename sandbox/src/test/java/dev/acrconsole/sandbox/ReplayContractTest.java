package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every Microsoft example of every resource kind the sandbox serves, as a client would send it: the method
 * and path of the example's operation (from the swagger that references it), the example's api-version, query and
 * body, over raw HTTPS. The sandbox's status must be one the example shows, with the example's long-running-operation
 * header, and its body must have the example's property names with the same JSON types (values may differ); a property
 * the example lacks is allowed only where {@link #EXTRAS} says why. Differences that remain are in {@link #KNOWN}, each
 * with its reason (sandbox/README.md lists them too), and the test asserts the sandbox's documented answer instead.
 *
 * <p>What a client cannot choose is mapped onto the sandbox's data: the subscription and resource group (the sandbox's
 * are its sample's), an IoT Operations instance (they are not created through ARM) and a run id (ACR makes those).
 * Everything else is the example's own, and what an example needs to exist first (its registry, a token's scope map,
 * a connected registry's tokens, a task's agent pool, ...) is made first with Microsoft's own create examples.
 */
class ReplayContractTest {

    private static final Pattern VAR = Pattern.compile("\\{([^}]+)}");
    private static final Pattern REGISTRY_CHILD = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.ContainerRegistry/registries/([^/]+)/(\\w+)/([^/\"?]+)");

    /** Objects whose keys are data (tag names, identity ids, registry hosts, header names): compared as maps. */
    private static final Set<String> MAPS = Set.of("tags", "userAssignedIdentities", "customRegistries", "customHeaders",
            "features", "settings", "headers");
    /** Properties of an example the sandbox does not answer, by example file, with the reason. */
    static final Map<String, Map<String, String>> MISSING = new LinkedHashMap<>();

    private static final String PING = "the sandbox's webhook events are pings (it has no registry contents to push): "
            + "a ping's content has no actor, request, source or target";

    /** Examples whose remaining difference is known: the status the sandbox answers instead, and why. */
    static final Map<String, Known> KNOWN = new LinkedHashMap<>();
    /** Properties the sandbox answers that an example lacks, by example file (or "*"), with the reason. */
    static final Map<String, Map<String, String>> EXTRAS = new LinkedHashMap<>();

    record Known(int status, String code, String reason) {
    }

    private record Operation(String method, String path, String id, String bodyName, JsonNode swagger, JsonNode responses) {
    }

    private static SandboxServer server;
    private static TestClient client;
    private static Path examples;
    private static String subscription;
    private static String edgeSubscription;
    private static final Map<String, Operation> OPERATIONS = new HashMap<>();
    private static final Map<String, JsonNode> CREATES = new HashMap<>();
    private static String runId;
    private static int replayed;

    static {
        for (String v : List.of("2021-03-01", "2024-04-01")) {
            KNOWN.put("resourcegraph/" + v + "/ResourcesPropertiesQuery.json", new Known(400, "BadRequest",
                    "the sandbox serves the KQL the console sends (where, project, order by, limit): summarize is refused"
                    + " in Resource Graph's error shape"));
            MISSING.put("resourcegraph/" + v + "/ResourcesFirstPageQuery.json", Map.of("/$skipToken", "the sample has one"
                    + " resource named 'test' in the subscription: one page, no token (ResourceGraphApiTest pages the example's"
                    + " query over more)"));
            KNOWN.put("resourcegraph/" + v + "/ResourcesNextPageQuery.json", new Known(400, "BadRequest",
                    "a $skipToken is good for the query it came from: the example's is not the sandbox's"
                    + " (ResourceGraphApiTest follows the sandbox's own token to the next page in this example's shape)"));
        }
        KNOWN.put("tasks/2025-03-01-preview/RegistriesGetBuildSourceUploadUrl.json", new Known(501, "NotImplemented",
                "the sandbox takes no uploads of build sources: 501 NotImplemented"));
        String placeholder = "the generated example's names are placeholders that fail the published name pattern "
                + "^[a-z0-9][a-z0-9-]*[a-z0-9]$: the sandbox validates exactly the swagger's rules, so 400 InvalidResourceName";
        KNOWN.put("iotoperations/2026-03-01/RegistryEndpoint_Delete_MaximumSet_Gen.json", new Known(400, "InvalidResourceName", placeholder));
        KNOWN.put("iotoperations/2026-03-01/RegistryEndpoint_ListByInstanceResource_MaximumSet_Gen.json",
                new Known(400, "InvalidResourceName", placeholder));
        String premium = "the example asks a Standard registry for a Premium feature (zone redundancy, a dedicated data endpoint); "
                + "ACR documents both as Premium features and the sandbox refuses: 400 FeatureNotSupportedForSku";
        KNOWN.put("registry/2025-11-01/RegistryCreateZoneRedundant.json", new Known(400, "FeatureNotSupportedForSku", premium));
        KNOWN.put("registry/2025-11-01/RegistryUpdate.json", new Known(400, "FeatureNotSupportedForSku", premium));
        MISSING.put("registry/2025-11-01/TokenUpdate.json", Map.of("/properties/credentials/certificates[]/encodedPemCertificate",
                "the Update example echoes the PEM while the Create example answers thumbprint and expiry; the sandbox answers as Create"));
        MISSING.put("registry/2025-11-01/WebhookListEvents.json", Map.of("eventRequestMessage/content/actor", PING,
                "eventRequestMessage/content/request", PING, "eventRequestMessage/content/source", PING,
                "eventRequestMessage/content/target", PING));
        String neverActivated = "the replayed connected registry was made here and never activated: it has not synced, so has no sync times";
        for (String f : List.of("ConnectedRegistryGet", "ConnectedRegistryList", "ConnectedRegistryUpdate")) {
            MISSING.put("registry/2026-01-01-preview/" + f + ".json", Map.of("registrySyncResult/lastSyncStartTime", neverActivated,
                    "registrySyncResult/lastSyncEndTime", neverActivated, "registrySyncResult/lastSuccessfulSyncEndTime", neverActivated));
        }
        String quickRun = "the replayed run is a quick run just queued: it was not started by a base image update, has not "
                + "started, pushed images or written a log artifact yet (the example's run is a finished, triggered one)";
        for (String f : List.of("RunsGet", "RunsList", "RunsUpdate", "TaskRunsGet", "TaskRunsGetDetails", "TaskRunsList", "TaskRunsCreate")) {
            MISSING.put("tasks/2025-03-01-preview/" + f + ".json", Map.of("imageUpdateTrigger", quickRun, "outputImages", quickRun,
                    "startTime", quickRun, "finishTime", quickRun, "logArtifact", quickRun, "sourceTrigger", quickRun,
                    "runErrorMessage", quickRun, "task", quickRun));
        }
        String credentials = "the example's task has custom registry credentials and a source registry login its create example "
                + "does not set (the replayed task is made with Microsoft's TasksCreate example)";
        for (String f : List.of("TasksGet", "TasksList", "TasksGetDetails", "TasksUpdate", "TasksUpdate_WithKeyVaultCustomCredentials")) {
            MISSING.put("tasks/2025-03-01-preview/" + f + ".json", Map.of("credentials/customRegistries", credentials,
                    "credentials/sourceRegistry", credentials, "/properties/credentials", credentials,
                    "/value[]/properties/credentials", credentials));
        }
        String generated = "the sandbox's IoT Operations instances have Instance_Get's shape; the generated list example's "
                + "filler has properties that example lacks";
        MISSING.put("iotoperations/2026-03-01/Instance_ListByResourceGroup_MaximumSet_Gen.json", Map.of("adrNamespaceRef", generated,
                "defaultSecretProviderClassRef", generated, "userAssignedIdentities", generated));
        String systemTask = "the example's system (quick) task answers what ACR fills in for one (platform, agent configuration, "
                + "trigger, identity); the sandbox answers what the request set";
        for (String f : List.of("TasksCreate_QuickTask", "TasksUpdate_QuickTask")) {
            MISSING.put("tasks/2025-03-01-preview/" + f + ".json", Map.of("/identity", systemTask, "/properties/agentConfiguration",
                    systemTask, "/properties/platform", systemTask, "/properties/trigger", systemTask));
        }
        MISSING.put("resources/2022-12-01/GetTenants.json", Map.of("tenantBrandingLogoUrl",
                "the sample's tenants have no branding logo (an optional property)"));
        EXTRAS.put("resources/2025-04-01/ResourceGroups_Get.json", Map.of("/tags",
                "a resource group's tags (ResourceGroup.tags in resources.json); the example's group has none"));
        EXTRAS.put("*", Map.of("systemData", "ARM's systemData (read-only on every ARM resource, from common-types); Microsoft's ACR examples leave it out",
                "id", "ARM's resource id (common-types' Resource, which the swagger refers to outside itself)",
                "name", "ARM's resource name (common-types' Resource)", "type", "ARM's resource type (common-types' Resource)"));
    }

    @BeforeAll
    static void start() throws IOException {
        examples = ArmExampleFiles.findOrWarn().orElse(null);
        if (examples == null) {
            return; // the factory reports the skip
        }
        server = SandboxServer.start(SandboxConfig.defaults().withPageSize(100).withOperationDuration(Duration.ZERO)
                .withRetryAfterSeconds(0));
        client = new TestClient(server);
        subscription = client.registry("contosoprodacr").subscriptionId();
        edgeSubscription = client.registry("fabrikamedgehub").subscriptionId();
        operations("registry/2026-01-01-preview/swagger/containerregistry.json", "registry/");
        operations("tasks/2025-03-01-preview/swagger/containerregistry_build.json", "tasks/");
        operations("iotoperations/2026-03-01/swagger/iotoperations.json", "iotoperations/");
        // Microsoft.Resources examples have no swagger in the set: their operations are ARM's well-known ones.
        OPERATIONS.put("resources/GetSubscriptions.json", new Operation("GET", "/subscriptions", "Subscriptions_List", null, null, null));
        OPERATIONS.put("resources/GetSubscription.json", new Operation("GET", "/subscriptions/{subscriptionId}", "Subscriptions_Get", null, null, null));
        OPERATIONS.put("resources/GetTenants.json", new Operation("GET", "/tenants", "Tenants_List", null, null, null));
        OPERATIONS.put("resources/ResourceGroups_Get.json", new Operation("GET",
                "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}", "ResourceGroups_Get", null, null, null));
        // Resource Graph's examples have no swagger in the set either: one operation, Resources, its body "query".
        for (String f : List.of("ResourcesBasicQuery", "ResourcesFirstPageQuery", "ResourcesNextPageQuery", "ResourcesPropertiesQuery")) {
            OPERATIONS.put("resourcegraph/" + f + ".json", new Operation("POST", ResourceGraphApi.PATH, "Resources", "query", null, null));
        }
        for (String kind : List.of("ScopeMap", "Token", "ConnectedRegistry", "Replication", "Webhook", "CacheRule",
                "CredentialSet")) {
            CREATES.put(kind, read("registry/2025-11-01/" + kind + "Create.json"));
        }
        CREATES.put("Task", read("tasks/2025-03-01-preview/TasksCreate.json"));
        CREATES.put("AgentPool", read("tasks/2025-03-01-preview/AgentPoolsCreate.json"));
        CREATES.put("TaskRun", read("tasks/2025-03-01-preview/TaskRunsCreate.json"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
            System.out.println("[contract] " + replayed + " of Microsoft's examples replayed against the sandbox from " + examples
                    + " (" + KNOWN.size() + " with a known difference)");
        }
    }

    private static JsonNode read(String file) throws IOException {
        return TestClient.JSON.readTree(examples.resolve(file).toFile());
    }

    /** Each operation of the swagger, by the file name of every example it references. */
    private static void operations(String swagger, String group) throws IOException {
        JsonNode doc = read(swagger);
        doc.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            String bodyName = null;
            for (JsonNode parameter : m.getValue().path("parameters")) {
                String ref = parameter.path("$ref").asText("");
                // Refs into common-types name ARM's shared parameters (api-version, subscription, ...), never a body.
                JsonNode resolved = ref.isEmpty() ? parameter : ref.startsWith("#/") ? doc.at(ref.substring(1)) : parameter;
                if ("body".equals(resolved.path("in").asText())) {
                    bodyName = resolved.path("name").asText();
                }
            }
            for (JsonNode ref : m.getValue().path("x-ms-examples")) {
                String file = ref.path("$ref").asText().replaceAll(".*/", "");
                OPERATIONS.put(group + file, new Operation(m.getKey().toUpperCase(), p.getKey(),
                        m.getValue().path("operationId").asText(), bodyName, doc, m.getValue().path("responses")));
            }
        }));
    }

    /** The served kinds' example folders: registry (both versions), tasks, IoT Operations, resources. */
    @TestFactory
    Stream<DynamicTest> everyExampleOfEveryServedKind() throws IOException {
        if (examples == null) {
            return Stream.of(DynamicTest.dynamicTest("Microsoft's examples are needed", () -> Contract.examples()));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("registry/2025-11-01", "registry/2026-01-01-preview", "tasks/2025-03-01-preview",
                "iotoperations/2026-03-01", "resources/2022-12-01", "resources/2025-04-01", "resourcegraph/2021-03-01",
                "resourcegraph/2024-04-01")) {
            try (Stream<Path> files = Files.list(examples.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    String name = folder + "/" + file.getFileName();
                    tests.add(DynamicTest.dynamicTest(name, () -> replay(name)));
                }
            }
        }
        assertThat(tests).as("examples found").hasSizeGreaterThanOrEqualTo(119);
        return tests.stream();
    }

    private static void replay(String name) throws Exception {
        JsonNode example = read(name);
        String group = name.substring(0, name.indexOf('/') + 1);
        String key = group + name.substring(name.lastIndexOf('/') + 1);
        Operation op = OPERATIONS.get(key);
        assertThat(op).as("the swagger operation of " + name).isNotNull();
        JsonNode parameters = example.path("parameters");
        // The 2026-01-01-preview folder's stored copies still say 2025-06-01-preview; arm-examples/README says to
        // read them as 2026-01-01-preview, the version whose shape (registrySyncResult) they show.
        String version = name.startsWith("registry/2026-01-01-preview/") ? "2026-01-01-preview" : parameters.path("api-version").asText();
        Map<String, String> values = values(name, parameters);
        String path = path(op.path(), values);
        String body = op.bodyName() == null || !parameters.has(op.bodyName()) ? null : substitute(parameters.get(op.bodyName()).toString());
        if (group.equals("resourcegraph/")) { // the example's subscription stands for the sandbox's
            body = body.replace(parameters.at("/query/subscriptions/0").asText(), subscription);
        }
        prepare(example, op, path, body);

        StringBuilder query = new StringBuilder("?api-version=").append(version);
        for (String q : List.of("$filter", "$top", "$skipToken")) {
            if (parameters.hasNonNull(q) && !parameters.get(q).asText().isEmpty()) {
                query.append('&').append(q).append('=').append(TestClient.encode(parameters.get(q).asText()));
            }
        }
        HttpResponse<String> answer = client.send(op.method(), path.substring(1) + query, body);
        replayed++;
        settle(answer);
        Known known = KNOWN.get(name);
        if (known != null) {
            TestClient.assertArmError(answer, known.status(), known.code());
            return;
        }
        JsonNode responses = example.path("responses");
        String status = String.valueOf(answer.statusCode());
        assertThat(responses.has(status)).as(name + ": status " + status + " is one of " + names(responses) + "; " + answer.body())
                .isTrue();
        JsonNode expected = responses.get(status);
        for (String header : List.of("Azure-AsyncOperation", "Location")) {
            if (expected.path("headers").has(header) || expected.path("headers").has(header.toLowerCase())) {
                assertThat(answer.headers().firstValue(header)).as(name + ": " + header).isPresent();
            }
        }
        JsonNode wanted = expected.path("body");
        if (wanted.isMissingNode() || wanted.isEmpty()) {
            return;
        }
        compare(name, wanted, TestClient.json(answer), schemaPaths(op, status));
    }

    private static String names(JsonNode responses) {
        List<String> n = new ArrayList<>();
        responses.fieldNames().forEachRemaining(n::add);
        return n.toString();
    }

    /** The example's path values, with what a client cannot choose mapped onto the sandbox's data. */
    private static Map<String, String> values(String name, JsonNode parameters) throws Exception {
        Map<String, String> values = new HashMap<>();
        parameters.properties().forEach(e -> {
            if (e.getValue().isTextual()) {
                values.put(e.getKey(), e.getValue().asText());
            }
        });
        if (name.startsWith("iotoperations/")) {
            values.put("subscriptionId", edgeSubscription);
            values.put("resourceGroupName", "rg-edge-sites");
            values.computeIfPresent("instanceName", (k, v) -> v.startsWith("Replace") ? v : "aio-dublin");
        } else {
            values.put("subscriptionId", subscription);
            values.put("resourceGroupName", "rg-platform-prod");
        }
        if (values.containsKey("runId")) {
            values.put("runId", run());
        }
        return values;
    }

    private static String path(String template, Map<String, String> values) {
        Matcher m = VAR.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(TestClient.encode(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Ids in a body name the examples' subscription and group: they stand for the sandbox's, as in the path. */
    private static String substitute(String json) {
        return json.replaceAll("(?i)/subscriptions/[0-9a-f-]{36}/resourceGroups/[^/\"]+/",
                "/subscriptions/" + subscription + "/resourceGroups/rg-platform-prod/");
    }

    /** Makes what the example needs: its registry (Premium, data endpoint, admin user) and the resources its path and body name. */
    private static void prepare(JsonNode example, Operation op, String path, String body) throws Exception {
        Matcher registry = Pattern.compile("(?i)^(/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.ContainerRegistry/registries/[^/]+)")
                .matcher(path);
        if (!registry.find()) {
            return;
        }
        String registryPath = registry.group(1);
        if (op.id().equals("Registries_Create")) { // from absence, so the example's location is the registry's
            delete(registryPath);
            return;
        }
        if (op.id().equals("Registries_CheckNameAvailability")) { // the premise of the example: the name is free, or taken
            if (example.at("/responses/200/body/nameAvailable").asBoolean()) {
                delete(registryPath);
            } else {
                ensureRegistry(registryPath);
            }
            return;
        }
        ensureRegistry(registryPath);
        String rest = path.substring(registryPath.length());
        String[] segments = rest.isEmpty() ? new String[0] : rest.substring(1).split("/");
        // A create starts from absence or not, as it may; approving a private endpoint connection needs one there.
        boolean creates = op.method().equals("PUT") && !op.id().startsWith("PrivateEndpointConnections_");
        if (segments.length >= 2 && !(creates && segments.length == 2)) {
            ensure(registryPath, segments[0], segments[1]);
        }
        if (segments.length == 1 && op.method().equals("GET")) { // a list shows the example's first item
            JsonNode first = example.at("/responses/200/body/value/0/name");
            if (first.isTextual()) {
                ensure(registryPath, segments[0], first.asText());
            }
        }
        if (op.id().equals("Webhooks_ListEvents")) { // an event to list: the sandbox's webhooks send pings
            settle(client.send("POST", path.substring(1).replace("/listEvents", "/ping") + "?api-version=2025-11-01", null));
        }
        if (body != null) {
            Matcher ids = REGISTRY_CHILD.matcher(body);
            while (ids.find()) {
                ensure(registryPath, ids.group(2), ids.group(3));
            }
            JsonNode pool = TestClient.JSON.readTree(body).at("/properties/agentPoolName");
            if (pool.isTextual()) {
                ensure(registryPath, "agentPools", pool.asText());
            }
            JsonNode task = TestClient.JSON.readTree(body).path("taskId");
            if (task.isTextual() && !task.asText().contains("/")) {
                ensure(registryPath, "tasks", task.asText());
            }
        }
    }

    private static void ensureRegistry(String registryPath) throws Exception {
        HttpResponse<String> got = client.get(registryPath.substring(1) + "?api-version=2025-11-01");
        if (got.statusCode() == 404) {
            settle(client.send("PUT", registryPath.substring(1) + "?api-version=2025-11-01", "{\"location\":\"westus\","
                    + "\"sku\":{\"name\":\"Premium\"},\"properties\":{\"dataEndpointEnabled\":true,\"adminUserEnabled\":true}}"));
            return;
        }
        JsonNode r = TestClient.json(got);
        if (!r.at("/sku/name").asText().equals("Premium") || !r.at("/properties/dataEndpointEnabled").asBoolean()
                || !r.at("/properties/adminUserEnabled").asBoolean()) {
            settle(client.send("PATCH", registryPath.substring(1) + "?api-version=2025-11-01", "{\"sku\":{\"name\":\"Premium\"},"
                    + "\"properties\":{\"dataEndpointEnabled\":true,\"adminUserEnabled\":true}}"));
        }
    }

    /** A child of the registry, made with Microsoft's create example of its kind (and what that names) if it is missing. */
    private static void ensure(String registryPath, String collection, String name) throws Exception {
        String kind = switch (collection.toLowerCase()) {
            case "scopemaps" -> "ScopeMap";
            case "tokens" -> "Token";
            case "connectedregistries" -> "ConnectedRegistry";
            case "replications" -> "Replication";
            case "webhooks" -> "Webhook";
            case "cacherules" -> "CacheRule";
            case "credentialsets" -> "CredentialSet";
            case "tasks" -> "Task";
            case "agentpools" -> "AgentPool";
            case "taskruns" -> "TaskRun";
            case "privateendpointconnections" -> "PrivateEndpointConnection";
            default -> null;
        };
        if (kind == null) {
            return;
        }
        String version = Set.of("Task", "AgentPool", "TaskRun").contains(kind) ? "2025-03-01-preview" : "2025-11-01";
        String item = registryPath.substring(1) + "/" + collection + "/" + name + "?api-version=" + version;
        if (client.get(item).statusCode() != 404) {
            return;
        }
        if (kind.equals("PrivateEndpointConnection")) { // made from the network side, never through ARM: planted
            plantConnection(registryPath + "/privateEndpointConnections/" + name);
            return;
        }
        JsonNode create = CREATES.get(kind).path("parameters");
        JsonNode body = null;
        for (var e : create.properties()) {
            if (e.getValue().isObject()) {
                body = e.getValue();
            }
        }
        String json = substitute(body.toString());
        Matcher ids = REGISTRY_CHILD.matcher(json);
        while (ids.find()) {
            ensure(registryPath, ids.group(2), ids.group(3));
        }
        JsonNode pool = body.at("/properties/agentPoolName");
        if (pool.isTextual()) {
            ensure(registryPath, "agentPools", pool.asText());
        }
        HttpResponse<String> made = client.send("PUT", item, json);
        assertThat(made.statusCode()).as("making " + item + ": " + made.body()).isIn(200, 201);
        settle(made);
    }

    private static void plantConnection(String id) {
        ObjectNode template = ArmJson.body("PrivateEndpointConnectionGet.json");
        template.put("id", id);
        template.put("name", ArmPaths.name(id));
        server.state().put(id, template);
    }

    private static void delete(String path) throws Exception {
        settle(client.send("DELETE", path.substring(1) + "?api-version=2025-11-01", null));
    }

    /** A run of the example registry that is still queued (so it can be canceled), made by scheduling one. */
    private static String run() throws Exception {
        String registryPath = "/subscriptions/" + subscription
                + "/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/myRegistry";
        ensureRegistry(registryPath);
        if (runId == null) {
            HttpResponse<String> run = client.send("POST", registryPath.substring(1) + "/scheduleRun?api-version=2025-03-01-preview",
                    "{\"type\":\"EncodedTaskRunRequest\",\"encodedTaskContent\":\"c3RlcHM6IFtd\",\"platform\":{\"os\":\"Linux\"}}");
            runId = TestClient.json(run).at("/properties/runId").asText();
        }
        return runId;
    }

    /** Lets a long-running operation end before the next example (operations take no time here: one poll ends them). */
    private static void settle(HttpResponse<String> answer) {
        answer.headers().firstValue("Azure-AsyncOperation").or(() -> answer.headers().firstValue("Location"))
                .ifPresent(url -> client.get(URI.create(url)));
    }

    /**
     * The example's property names and JSON types are the sandbox's. A property the example lacks is allowed where the
     * operation's response schema defines it (an optional property a client of the spec reads), or where EXTRAS says why.
     */
    private static void compare(String name, JsonNode wanted, JsonNode got, Set<String> schema) {
        Map<String, String> expected = shape(wanted);
        Map<String, String> actual = shape(got);
        List<String> problems = new ArrayList<>();
        Map<String, String> missingOk = MISSING.getOrDefault(name, Map.of());
        expected.forEach((path, type) -> {
            String has = actual.get(path);
            if (has == null) {
                // nextLink is there only when there is a next page; a map (tags, ...) or a list may be empty.
                boolean emptyHere = path.contains("{key}") || actual.entrySet().stream().anyMatch(a -> "array".equals(a.getValue())
                        && path.startsWith(a.getKey() + "[]") && actual.keySet().stream().noneMatch(x -> x.startsWith(a.getKey() + "[]")));
                if (!path.equals("/nextLink") && !emptyHere && missingOk.keySet().stream().noneMatch(m -> under(path, m))) {
                    problems.add("missing " + path);
                }
            } else if (!type.equals("null") && !has.equals("null") && !type.equals(has)) {
                problems.add(path + " is " + has + ", the example's is " + type);
            }
        });
        Map<String, String> allowed = new HashMap<>(EXTRAS.getOrDefault("*", Map.of()));
        allowed.putAll(EXTRAS.getOrDefault(name, Map.of()));
        for (String path : actual.keySet()) {
            boolean emptyInExample = expected.keySet().stream().anyMatch(e -> path.startsWith(e + "[]") && "array".equals(expected.get(e))
                    && expected.keySet().stream().noneMatch(x -> x.startsWith(e + "[]")));
            if (!expected.containsKey(path) && !emptyInExample && !schema.contains(path) && !schema.contains(generic(path))
                    && allowed.keySet().stream().noneMatch(a -> under(path, a))) {
                problems.add("extra " + path);
            }
        }
        assertThat(problems).as(name).isEmpty();
    }

    /** {@code path} is {@code prefix} or below it; a prefix without a leading slash matches that property anywhere. */
    private static boolean under(String path, String prefix) {
        if (!prefix.startsWith("/")) {
            return path.contains("/" + prefix + "/") || path.endsWith("/" + prefix) || path.contains("/" + prefix + "[]");
        }
        return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + "[]");
    }

    /** A list answer's items are compared as the item schema says: /value[]/x is x of an item. */
    private static String generic(String path) {
        return path.startsWith("/value[]") ? path.substring("/value[]".length()) : path;
    }

    /** The property paths the operation's response schema defines for this status (empty without a swagger). */
    private static Set<String> schemaPaths(Operation op, String status) {
        Set<String> out = new TreeSet<>();
        if (op.swagger() == null || !op.responses().has(status)) {
            return out;
        }
        JsonNode schema = op.responses().get(status).path("schema");
        collect(op.swagger(), schema, "", out, new java.util.HashSet<>());
        return out;
    }

    private static void collect(JsonNode doc, JsonNode schema, String path, Set<String> out, Set<String> seen) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/")) {
            String def = ref.substring(ref.lastIndexOf('/') + 1);
            if (!seen.add(def + "@" + path)) {
                return;
            }
            collect(doc, doc.at(ref.substring(1)), path, out, seen);
            // Subtypes of a discriminated base (task steps, run requests) add their properties.
            if (doc.at(ref.substring(1)).has("discriminator")) {
                doc.path("definitions").properties().forEach(d -> {
                    for (JsonNode parent : d.getValue().path("allOf")) {
                        if (parent.path("$ref").asText().equals(ref)) {
                            collect(doc, d.getValue(), path, out, seen);
                        }
                    }
                });
            }
            return;
        }
        for (JsonNode parent : schema.path("allOf")) {
            collect(doc, parent, path, out, seen);
        }
        schema.path("properties").properties().forEach(p -> {
            String child = path + "/" + p.getKey();
            out.add(child);
            collect(doc, p.getValue(), child, out, seen);
        });
        if (schema.has("items")) {
            out.add(path + "[]");
            collect(doc, schema.get("items"), path + "[]", out, seen);
        }
        if (schema.path("additionalProperties").isObject()) {
            out.add(path + "/{key}");
            collect(doc, schema.get("additionalProperties"), path + "/{key}", out, seen);
        }
    }

    /** Every property path (arrays as [], their elements' paths merged) and its JSON type. */
    static Map<String, String> shape(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        shape(node, "", out);
        return out;
    }

    static void shape(JsonNode node, String path, Map<String, String> out) {
        boolean map = MAPS.stream().anyMatch(m -> path.endsWith("/" + m));
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String p = path + "/" + (map ? "{key}" : e.getKey());
                out.put(p, type(e.getValue()));
                shape(e.getValue(), p, out);
            });
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                if (!item.isObject() && !item.isArray()) {
                    out.putIfAbsent(path + "[]", type(item));
                }
                shape(item, path + "[]", out);
            }
        }
    }

    private static String type(JsonNode n) {
        return n.isNull() ? "null" : n.isNumber() ? "number" : n.isTextual() ? "string" : n.isBoolean() ? "boolean"
                : n.isArray() ? "array" : "object";
    }

    static Set<String> knownFiles() {
        return new TreeSet<>(KNOWN.keySet());
    }
}
