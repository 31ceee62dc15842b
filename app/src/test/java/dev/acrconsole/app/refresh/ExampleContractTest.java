package dev.acrconsole.app.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import com.azure.resourcemanager.containerregistry.fluent.models.CacheRuleInner;
import com.azure.resourcemanager.containerregistry.fluent.models.CallbackConfigInner;
import com.azure.resourcemanager.containerregistry.fluent.models.ConnectedRegistryInner;
import com.azure.resourcemanager.containerregistry.fluent.models.CredentialSetInner;
import com.azure.resourcemanager.containerregistry.fluent.models.EventInner;
import com.azure.resourcemanager.containerregistry.fluent.models.PrivateEndpointConnectionInner;
import com.azure.resourcemanager.containerregistry.fluent.models.RegistryInner;
import com.azure.resourcemanager.containerregistry.fluent.models.ReplicationInner;
import com.azure.resourcemanager.containerregistry.fluent.models.ScopeMapInner;
import com.azure.resourcemanager.containerregistry.fluent.models.TokenInner;
import com.azure.resourcemanager.containerregistry.fluent.models.WebhookInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import com.azure.resourcemanager.resources.fluent.models.SubscriptionInner;
import com.azure.resourcemanager.resources.fluent.models.TenantIdDescriptionInner;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.acrconsole.app.ArmExamples;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.cacherules.CacheRuleDetails;
import dev.acrconsole.app.cacherules.CacheRuleKind;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryDetails;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryKind;
import dev.acrconsole.app.connectedregistries.ConnectedRegistryWatch;
import dev.acrconsole.app.credentialsets.CredentialSetDetails;
import dev.acrconsole.app.credentialsets.CredentialSetKind;
import dev.acrconsole.app.iotinstances.IotInstance;
import dev.acrconsole.app.iotinstances.IotInstanceKind;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionDetails;
import dev.acrconsole.app.privateendpoints.PrivateEndpointConnectionKind;
import dev.acrconsole.app.registries.RegistryDetails;
import dev.acrconsole.app.registries.RegistryKind;
import dev.acrconsole.app.registryendpoints.AuthenticationMethod;
import dev.acrconsole.app.registryendpoints.EndpointAuthentication;
import dev.acrconsole.app.registryendpoints.EndpointRules;
import dev.acrconsole.app.registryendpoints.RegistryEndpoint;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.app.replications.ReplicationDetails;
import dev.acrconsole.app.replications.ReplicationKind;
import dev.acrconsole.app.resourcegroups.ResourceGroupKind;
import dev.acrconsole.app.scopemaps.ScopeMapDetails;
import dev.acrconsole.app.scopemaps.ScopeMapKind;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import dev.acrconsole.app.subscriptions.SubscriptionKind;
import dev.acrconsole.app.tenants.TenantKind;
import dev.acrconsole.app.tokens.TokenDetails;
import dev.acrconsole.app.tokens.TokenKind;
import dev.acrconsole.app.webhooks.WebhookDetails;
import dev.acrconsole.app.webhooks.WebhookEvent;
import dev.acrconsole.app.webhooks.WebhookKind;
import dev.acrconsole.app.webhooks.WebhookRules;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registry, connected registry, scope map, token, replication, webhook, cache rule, credential set, subscription-level
 * and Resource Graph query example Microsoft publishes parses through the SDK into
 * our cache rows and detail model, with the values the example holds.
 */
class ExampleContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CacheScope SCOPE = new CacheScope("contract", "AzureCloud");
    private static final Instant AT = Instant.parse("2026-11-23T00:00:00Z");

    @TestFactory
    Stream<DynamicTest> everyRegistryExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries", ExampleContractTest::checkRegistry);
        assertThat(tests).as("registry examples found").hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private static void checkRegistry(JsonNode example) throws IOException {
        RegistryInner inner;
        try (JsonReader reader = JsonProviders.createReader(example.toString())) {
            inner = RegistryInner.fromJson(reader);
        }
        String sub = ArmIds.subscription(example.get("id").asText());
        CachedResource row = Kinds.CATALOG.of(RegistryKind.KIND).fromArm(SCOPE, "tenant", example, AT);
        JsonNode p = example.path("properties");

        assertThat(row.kind()).isEqualTo(RegistryKind.KIND);
        assertThat(row.id()).isEqualTo(example.get("id").asText());
        assertThat(row.name()).isEqualTo(example.get("name").asText());
        assertThat(row.location()).isEqualTo(example.get("location").asText());
        assertThat(row.sku()).isEqualTo(example.at("/sku/name").asText());
        assertThat(row.resourceGroup()).isEqualTo(ArmIds.resourceGroup(example.get("id").asText()));

        RegistryDetails d = RegistryDetails.parse(row.json());
        assertThat(d.loginServer()).isEqualTo(text(p, "loginServer"));
        assertThat(d.skuName()).isEqualTo(example.at("/sku/name").asText());
        assertThat(d.adminUserEnabled()).isEqualTo(p.has("adminUserEnabled") ? p.get("adminUserEnabled").asBoolean() : null);
        assertThat(d.provisioningState()).isEqualTo(text(p, "provisioningState"));
        assertThat(d.publicNetworkAccess()).isEqualTo(text(p, "publicNetworkAccess"));
        assertThat(d.zoneRedundancy()).isEqualTo(text(p, "zoneRedundancy"));
        if (p.has("creationDate")) {
            assertThat(d.creationDate()).isEqualTo(OffsetDateTime.parse(p.get("creationDate").asText()).toInstant());
        }
        example.path("tags").properties().forEach(t -> assertThat(d.tags()).containsEntry(t.getKey(), t.getValue().asText()));
        p.path("policies").properties().forEach(policy -> assertThat(d.policies()).isNotEmpty());
        // The access settings (RegistryCreateAbac's role assignment mode among them) read as the example states them.
        assertThat(d.anonymousPullEnabled()).isEqualTo(p.has("anonymousPullEnabled") ? p.get("anonymousPullEnabled").asBoolean() : null);
        assertThat(d.roleAssignmentMode()).isEqualTo(text(p, "roleAssignmentMode"));
        assertThat(d.networkRuleBypassOptions()).isEqualTo(text(p, "networkRuleBypassOptions"));
        assertThat(d.networkDefaultAction()).isEqualTo(text(p.path("networkRuleSet"), "defaultAction"));
        assertThat(d.ipRules()).hasSize(p.path("networkRuleSet").path("ipRules").size());
        assertThat(d.encryptionStatus()).isEqualTo(text(p.path("encryption"), "status"));
        assertThat(d.identityType()).isEqualTo(text(example.path("identity"), "type"));
        assertThat(inner.roleAssignmentMode() == null ? null : inner.roleAssignmentMode().toString()).isEqualTo(d.roleAssignmentMode());
        // The SDK's typed model agrees with the JSON the cache keeps.
        assertThat(inner.loginServer()).isEqualTo(text(p, "loginServer"));
        assertThat(inner.provisioningState() == null ? null : inner.provisioningState().toString())
                .isEqualTo(text(p, "provisioningState"));
    }

    @TestFactory
    Stream<DynamicTest> everyPrivateEndpointConnectionExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/privateEndpointConnections",
                ExampleContractTest::checkConnection);
        assertThat(tests).as("private endpoint connection examples found").hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }

    private static void checkConnection(JsonNode example) throws IOException {
        PrivateEndpointConnectionInner inner;
        try (JsonReader reader = JsonProviders.createReader(example.toString())) {
            inner = PrivateEndpointConnectionInner.fromJson(reader);
        }
        CachedResource row = Kinds.CATALOG.of(PrivateEndpointConnectionKind.KIND).fromArm(SCOPE, "tenant", example, AT);
        assertThat(row.id()).isEqualTo(inner.id());
        assertThat(row.parentId()).endsWith("/registries/" + ArmIds.segment(inner.id(), "registries"));
        assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());

        PrivateEndpointConnectionDetails d = PrivateEndpointConnectionDetails.parse(row.json());
        assertThat(d.status()).isEqualTo(inner.privateLinkServiceConnectionState().status().toString());
        assertThat(d.description()).isEqualTo(inner.privateLinkServiceConnectionState().description());
        assertThat(d.actionsRequired()).isEqualTo(inner.privateLinkServiceConnectionState().actionsRequired().toString());
        assertThat(d.privateEndpointId()).isEqualTo(inner.privateEndpoint().id());
        assertThat(Kinds.CATALOG.describe(row).fields()).extracting(f -> f.label()).contains("Status", "Private endpoint ID");
    }

    /** Resource Graph's query examples (both versions) parse through the SDK the inventory uses, with their values. */
    @TestFactory
    Stream<DynamicTest> everyResourceGraphExampleParsesThroughTheSdk() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String folder : List.of("resourcegraph/2021-03-01", "resourcegraph/2024-04-01")) {
            for (Path file : examples(folder)) {
                for (JsonNode body : responseBodies(file)) {
                    tests.add(DynamicTest.dynamicTest(folder + "/" + file.getFileName(), () -> {
                        com.azure.resourcemanager.resourcegraph.fluent.models.QueryResponseInner page;
                        try (JsonReader reader = JsonProviders.createReader(body.toString())) {
                            page = com.azure.resourcemanager.resourcegraph.fluent.models.QueryResponseInner.fromJson(reader);
                        }
                        assertThat(page.totalRecords()).isEqualTo(body.get("totalRecords").asLong());
                        assertThat(page.count()).isEqualTo(body.get("count").asLong());
                        assertThat(page.skipToken()).isEqualTo(text(body, "$skipToken"));
                        assertThat(page.resultTruncated().toString()).isEqualTo(body.get("resultTruncated").asText());
                        // The rows the inventory reads: objectArray data, each row's columns as the example has them.
                        JsonNode rows = MAPPER.valueToTree(page.data());
                        assertThat(rows).isEqualTo(body.get("data"));
                    }));
                }
            }
        }
        assertThat(tests).as("Resource Graph examples found").hasSize(8);
        return tests.stream();
    }

    /** Every Tasks, Runs, TaskRuns and AgentPools example (2025-03-01-preview) parses through the SDK and our models. */
    @TestFactory
    Stream<DynamicTest> everyTasksExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : examples("tasks/2025-03-01-preview")) {
            for (JsonNode body : responseBodies(file)) {
                for (JsonNode item : items(body)) {
                    String name = file.getFileName().toString();
                    // Some answers leave out their type: the file says which operation they answer.
                    String type = item.path("type").asText(name.startsWith("TaskRuns") ? "/taskruns"
                            : name.startsWith("Tasks") ? "/tasks" : name.startsWith("AgentPools") ? "/agentpools" : "").toLowerCase();
                    if (type.endsWith("/tasks")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> TasksContract.task(item)));
                    } else if (type.endsWith("/runs") || type.endsWith("/run")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> TasksContract.run(item)));
                    } else if (type.endsWith("/taskruns")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> TasksContract.taskRun(item)));
                    } else if (type.endsWith("/agentpools")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> TasksContract.agentPool(item)));
                    } else if (item.has("logLink") || item.has("count") && item.size() == 1 || item.has("uploadUrl")) {
                        tests.add(DynamicTest.dynamicTest(name, () -> TasksContract.other(item)));
                    } else {
                        tests.add(DynamicTest.dynamicTest(name, () -> {
                            throw new AssertionError("an example the contract does not cover: " + item);
                        }));
                    }
                }
            }
        }
        assertThat(tests).as("tasks examples found").hasSizeGreaterThanOrEqualTo(35);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyConnectedRegistryExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/connectedRegistries",
                ExampleContractTest::checkConnectedRegistry);
        assertThat(tests).as("connected registry examples found").hasSizeGreaterThanOrEqualTo(5);
        // 2026-01-01-preview, the version the console reads them at: the same checks, and the last sync result.
        List<DynamicTest> preview = examplesOfType("registry/2026-01-01-preview",
                "Microsoft.ContainerRegistry/registries/connectedRegistries", ExampleContractTest::checkConnectedRegistry);
        assertThat(preview).as("2026-01-01-preview connected registry examples found").hasSizeGreaterThanOrEqualTo(3);
        tests = new ArrayList<>(tests);
        tests.addAll(preview);
        return tests.stream();
    }

    private static void checkConnectedRegistry(JsonNode example) throws IOException {
        ConnectedRegistryInner inner;
        try (JsonReader reader = JsonProviders.createReader(example.toString())) {
            inner = ConnectedRegistryInner.fromJson(reader);
        }
        CachedResource row = Kinds.CATALOG.of(ConnectedRegistryKind.KIND).fromArm(SCOPE, "tenant", example, AT);
        assertThat(row.id()).isEqualTo(inner.id());
        assertThat(row.name()).isEqualTo(inner.name());
        assertThat(row.parentId()).endsWith("/registries/" + ArmIds.segment(inner.id(), "registries"));

        ConnectedRegistryDetails d = ConnectedRegistryDetails.parse(row.json());
        assertThat(d.mode()).isEqualTo(inner.mode().toString());
        assertThat(d.activation()).isEqualTo(inner.activation() == null ? null : inner.activation().status().toString());
        assertThat(d.connectionState()).isEqualTo(inner.connectionState() == null ? null : inner.connectionState().toString());
        assertThat(d.sync().tokenId()).isEqualTo(inner.parent().syncProperties().tokenId());
        assertThat(d.sync().schedule()).isEqualTo(inner.parent().syncProperties().schedule());
        // ARM's ISO-8601 durations and the SDK's java.time values say the same.
        assertThat(Duration.parse(d.sync().messageTtl())).isEqualTo(inner.parent().syncProperties().messageTtl());
        assertThat(Duration.parse(d.sync().syncWindow())).isEqualTo(inner.parent().syncProperties().syncWindow());
        assertThat(d.clientTokenIds()).isEqualTo(inner.clientTokenIds());
        assertThat(d.notifications()).isEqualTo(inner.notificationsList());
        assertThat(d.logLevel()).isEqualTo(inner.logging().logLevel().toString());
        assertThat(d.auditLogStatus()).isEqualTo(inner.logging().auditLogStatus().toString());
        assertThat(d.garbageCollection()).isEqualTo(inner.garbageCollection().enabled() ? "Enabled, " + inner.garbageCollection().schedule() : "Disabled");
        List<DetailField> fields = Kinds.CATALOG.describe(row).fields();
        assertThat(fields).extracting(DetailField::label).contains("Mode", "Connection state", "Activation", "Parent",
                "Sync token", "Sync schedule", "Sync window", "Message TTL", "Last sync", "Gateway endpoint",
                "Client tokens", "Login server", "TLS", "TLS certificate", "Log level", "Audit log", "Notifications", "Version");
        assertThat(value(fields, "Sync token")).isEqualTo(ArmIds.name(inner.parent().syncProperties().tokenId()));
        assertThat(value(fields, "Client tokens")).isEqualTo(String.join(", ", inner.clientTokenIds().stream().map(ArmIds::name).toList()));
        assertThat(value(fields, "Notifications")).isEqualTo(String.join(", ", inner.notificationsList()));
        // The state the history watch tracks comes from the same JSON.
        assertThat(ConnectedRegistryWatch.state(row.json()).activation()).isEqualTo(d.activation());
        JsonNode sync = example.at("/properties/registrySyncResult");
        if (sync.isObject()) {
            assertThat(d.syncResult().state()).isEqualTo(sync.path("syncState").asText());
            assertThat(d.syncResult().trigger()).isEqualTo(sync.path("syncTrigger").asText());
            assertThat(value(fields, "Last sync result")).startsWith(sync.path("syncState").asText() + " ("
                    + sync.path("syncTrigger").asText() + "), ended ");
            assertThat(value(fields, "Last successful sync")).isEqualTo(Format.armTime(sync.path("lastSuccessfulSyncEndTime").asText()));
        } else {
            assertThat(d.syncResult()).isNull();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyScopeMapExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/scopeMaps", example -> {
            ScopeMapInner inner;
            try (JsonReader reader = JsonProviders.createReader(example.toString())) {
                inner = ScopeMapInner.fromJson(reader);
            }
            CachedResource row = Kinds.CATALOG.of(ScopeMapKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            ScopeMapDetails d = ScopeMapDetails.parse(row.json());
            assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());
            assertThat(d.actions()).isEqualTo(inner.actions());
            assertThat(d.description()).isEqualTo(inner.description());
            assertThat(d.type()).isEqualTo(inner.typePropertiesType());
            assertThat(OffsetDateTime.parse(d.creationDate())).isEqualTo(inner.creationDate());
            // The actions editor keeps every action, those it cannot show included.
            assertThat(ScopeMapPermissions.fromActions(d.actions()).actions()).containsExactlyInAnyOrderElementsOf(inner.actions());
            assertThat(value(Kinds.CATALOG.describe(row).fields(), "Actions")).isEqualTo(String.join("\n", inner.actions()));
        });
        assertThat(tests).as("scope map examples found").hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyTokenExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/tokens", example -> {
            TokenInner inner;
            try (JsonReader reader = JsonProviders.createReader(example.toString())) {
                inner = TokenInner.fromJson(reader);
            }
            CachedResource row = Kinds.CATALOG.of(TokenKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            TokenDetails d = TokenDetails.parse(row.json());
            assertThat(d.status()).isEqualTo(inner.status().toString());
            assertThat(d.scopeMapId()).isEqualTo(inner.scopeMapId());
            assertThat(d.scopeMapName()).isEqualTo(ArmIds.name(inner.scopeMapId()));
            assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());
            int certificates = inner.credentials() == null || inner.credentials().certificates() == null ? 0
                    : inner.credentials().certificates().size();
            assertThat(d.certificates()).hasSize(certificates);
            assertThat(value(Kinds.CATALOG.describe(row).fields(), "Scope map")).isEqualTo(ArmIds.name(inner.scopeMapId()));
        });
        assertThat(tests).as("token examples found").hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyReplicationExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/replications", example -> {
            ReplicationInner inner;
            try (JsonReader reader = JsonProviders.createReader(example.toString())) {
                inner = ReplicationInner.fromJson(reader);
            }
            CachedResource row = Kinds.CATALOG.of(ReplicationKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            ReplicationDetails d = ReplicationDetails.parse(row.json());
            assertThat(d.location()).isEqualTo(inner.location());
            assertThat(d.displayStatus()).isEqualTo(inner.status().displayStatus());
            assertThat(d.statusMessage()).isEqualTo(inner.status().message());
            assertThat(d.zoneRedundancy()).isEqualTo(inner.zoneRedundancy().toString());
            assertThat(d.regionEndpointEnabled()).isEqualTo(inner.regionEndpointEnabled());
            assertThat(d.tags()).isEqualTo(inner.tags());
            assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());
            assertThat(value(Kinds.CATALOG.describe(row).fields(), "Status")).isEqualTo(inner.status().displayStatus());
        });
        assertThat(tests).as("replication examples found").hasSizeGreaterThanOrEqualTo(5);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyCacheRuleExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/cacheRules", example -> {
            CacheRuleInner inner;
            try (JsonReader reader = JsonProviders.createReader(example.toString())) {
                inner = CacheRuleInner.fromJson(reader);
            }
            CachedResource row = Kinds.CATALOG.of(CacheRuleKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            CacheRuleDetails d = CacheRuleDetails.parse(row.json());
            assertThat(d.sourceRepository()).isEqualTo(inner.sourceRepository());
            assertThat(d.targetRepository()).isEqualTo(inner.targetRepository());
            assertThat(d.credentialSetId()).isEqualTo(inner.credentialSetResourceId());
            assertThat(d.credentialSetName()).isEqualTo(ArmIds.name(inner.credentialSetResourceId()));
            assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());
            assertThat(row.parentId()).isEqualTo(ArmIds.parent(inner.id()));
            assertThat(value(Kinds.CATALOG.describe(row).fields(), "Target repository")).isEqualTo(inner.targetRepository());
        });
        assertThat(tests).as("cache rule examples found").hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyWebhookExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/webhooks", example -> {
            WebhookInner inner;
            try (JsonReader reader = JsonProviders.createReader(example.toString())) {
                inner = WebhookInner.fromJson(reader);
            }
            CachedResource row = Kinds.CATALOG.of(WebhookKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            WebhookDetails d = WebhookDetails.parse(row.json());
            assertThat(d.status()).isEqualTo(inner.status().toString());
            assertThat(d.scope()).isEqualTo(inner.scope());
            assertThat(d.actions()).isEqualTo(inner.actions().stream().map(Object::toString).toList());
            assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());
            // The scope ARM answered with is one the form accepts, and so are the actions.
            assertThat(WebhookRules.scopeProblem(d.scope())).isNull();
            assertThat(WebhookRules.ACTIONS).containsAll(d.actions());
        });
        assertThat(tests).as("webhook examples found").hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    /** The webhook's POST actions' answers (ping, getCallbackConfig, listEvents) parse into what the console shows. */
    @Test
    void webhookActionExamplesParseIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return;
        }
        Path folder = ArmExamples.dir().resolve("registry/2025-11-01");
        JsonNode config = responseBodies(folder.resolve("WebhookGetCallbackConfig.json")).getFirst();
        CallbackConfigInner c;
        try (JsonReader reader = JsonProviders.createReader(config.toString())) {
            c = CallbackConfigInner.fromJson(reader);
        }
        assertThat(c.serviceUri()).isEqualTo(config.get("serviceUri").asText());
        assertThat(WebhookRules.serviceUriProblem(c.serviceUri())).isNull();
        JsonNode events = responseBodies(folder.resolve("WebhookListEvents.json")).getFirst();
        assertThat(events.get("value")).isNotEmpty();
        for (JsonNode e : events.get("value")) {
            EventInner inner;
            try (JsonReader reader = JsonProviders.createReader(e.toString())) {
                inner = EventInner.fromJson(reader);
            }
            WebhookEvent event = WebhookEvent.of(inner);
            assertThat(event.id()).isEqualTo(e.get("id").asText());
            assertThat(event.action()).isEqualTo(e.at("/eventRequestMessage/content/action").asText());
            assertThat(event.statusCode()).isEqualTo(e.at("/eventResponseMessage/statusCode").asText());
            assertThat(event.requestUri().reveal()).isEqualTo(e.at("/eventRequestMessage/requestUri").asText());
            assertThat(event.requestHeaders()).containsEntry("Authorization", "******");
            assertThat(MAPPER.readTree(event.requestContent()).get("target"))
                    .isEqualTo(e.at("/eventRequestMessage/content/target"));
        }
        JsonNode ping = responseBodies(folder.resolve("WebhookPing.json")).getFirst();
        assertThat(ping.get("id").asText()).isNotBlank();
    }

    @TestFactory
    Stream<DynamicTest> everyCredentialSetExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = examplesOfType("Microsoft.ContainerRegistry/registries/credentialSets", example -> {
            CredentialSetInner inner;
            try (JsonReader reader = JsonProviders.createReader(example.toString())) {
                inner = CredentialSetInner.fromJson(reader);
            }
            CachedResource row = Kinds.CATALOG.of(CredentialSetKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            CredentialSetDetails d = CredentialSetDetails.parse(row.json());
            assertThat(d.loginServer()).isEqualTo(inner.loginServer());
            assertThat(d.credentials()).hasSameSizeAs(inner.authCredentials());
            for (int i = 0; i < d.credentials().size(); i++) {
                CredentialSetDetails.Credential c = d.credentials().get(i);
                assertThat(c.name()).isEqualTo(inner.authCredentials().get(i).name().toString());
                assertThat(c.usernameSecret()).isEqualTo(inner.authCredentials().get(i).usernameSecretIdentifier());
                assertThat(c.passwordSecret()).isEqualTo(inner.authCredentials().get(i).passwordSecretIdentifier());
                assertThat(c.status()).isEqualTo(inner.authCredentials().get(i).credentialHealth().status().toString());
            }
            assertThat(d.unhealthy()).isFalse();
            assertThat(d.identityType()).isEqualTo(inner.identity().type().toString());
            assertThat(d.principalId()).isEqualTo(inner.identity().principalId());
            assertThat(row.provisioningState()).isEqualTo(inner.provisioningState().toString());
            // The secret URIs are references and stay in the cache: the secret filter does not take them for secrets.
            assertThat(value(Kinds.CATALOG.describe(row).fields(), "Credential1 password secret"))
                    .isEqualTo(inner.authCredentials().getFirst().passwordSecretIdentifier());
            assertThat(value(Kinds.CATALOG.describe(row).fields(), "Credential1 health")).isEqualTo("Credential1: Healthy");
        });
        assertThat(tests).as("credential set examples found").hasSizeGreaterThanOrEqualTo(6);
        return tests.stream();
    }

    /** A check that reads one example resource. */
    private interface ExampleCheck {
        void check(JsonNode resource) throws IOException;
    }

    private static List<DynamicTest> examplesOfType(String type, ExampleCheck check) throws IOException {
        return examplesOfType("registry/2025-11-01", type, check);
    }

    private static List<DynamicTest> examplesOfType(String folder, String type, ExampleCheck check) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : examples(folder)) {
            for (JsonNode body : responseBodies(file)) {
                for (JsonNode resource : resourcesOfType(body, type)) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check.check(resource)));
                }
            }
        }
        return tests;
    }

    private static String value(List<DetailField> fields, String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void subscriptionTenantAndResourceGroupExamplesParse() throws IOException {
        Path resources = ArmExamples.dir().resolve("resources");
        int seen = 0;
        for (Path file : examples("resources/2022-12-01")) {
            for (JsonNode body : responseBodies(file)) {
                for (JsonNode item : items(body)) {
                    try (JsonReader reader = JsonProviders.createReader(item.toString())) {
                        if (item.has("subscriptionId")) {
                            CachedResource row = Kinds.CATALOG.of(SubscriptionKind.KIND).fromArm(SCOPE, "tenant", item, AT);
                            assertThat(SubscriptionInner.fromJson(reader).subscriptionId()).isEqualTo(row.subscriptionId());
                            assertThat(row.subscriptionId()).isEqualTo(item.get("subscriptionId").asText());
                            assertThat(row.name()).isEqualTo(item.get("displayName").asText());
                            assertThat(row.provisioningState()).isEqualTo(item.get("state").asText());
                            assertThat(Kinds.CATALOG.describe(row).fields()).isNotEmpty();
                        } else {
                            CachedResource row = Kinds.CATALOG.of(TenantKind.KIND).fromArm(SCOPE, "tenant", item, AT);
                            assertThat(TenantIdDescriptionInner.fromJson(reader).tenantId()).isEqualTo(row.tenantId());
                            assertThat(row.tenantId()).isEqualTo(item.get("tenantId").asText());
                            assertThat(row.id()).isEqualTo(item.get("id").asText());
                        }
                        seen++;
                    }
                }
            }
        }
        for (JsonNode body : responseBodies(resources.resolve("2025-04-01/ResourceGroups_Get.json"))) {
            try (JsonReader reader = JsonProviders.createReader(body.toString())) {
                ResourceGroupInner g = ResourceGroupInner.fromJson(reader);
                String sub = ArmIds.subscription(g.id());
                CachedResource row = Kinds.CATALOG.of(ResourceGroupKind.KIND).fromArm(SCOPE, "tenant", body, AT);
                assertThat(row.name()).isEqualTo(body.get("name").asText());
                assertThat(row.location()).isEqualTo(body.get("location").asText());
                assertThat(row.parentId()).isEqualTo("/subscriptions/" + sub);
                seen++;
            }
        }
        assertThat(seen).as("subscription, tenant and resource group examples").isGreaterThanOrEqualTo(4);
    }

    /**
     * Every IoT Operations example (2026-03-01) parses into the console's model: each response body and the
     * CreateOrUpdate request body. The ListByInstanceResource example is generator filler (method
     * "RegistryEndpointAuthentication", a signing key of type "RegistryEndpointTrustedSigningKey", ids that are no ARM
     * ids): what is parseable parses, the unknown method is kept by name as {@link EndpointAuthentication.Unknown}.
     */
    @TestFactory
    Stream<DynamicTest> everyIotOperationsExampleParsesIntoTheModel() throws IOException {
        if (ArmExamples.missing()) {
            return ArmExamples.skipped();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : examples("iotoperations/2026-03-01")) {
            JsonNode example = MAPPER.readTree(file.toFile());
            String operation = example.path("operationId").asText();
            List<JsonNode> bodies = new ArrayList<>(responseBodies(file));
            if (example.path("parameters").has("resource")) {
                bodies.add(example.path("parameters").get("resource"));
            }
            for (JsonNode body : bodies) {
                for (JsonNode item : items(body)) {
                    String name = file.getFileName() + " " + item.path("name").asText("(request)");
                    tests.add(DynamicTest.dynamicTest(name, operation.startsWith("Instance_")
                            ? () -> checkInstance(item) : () -> checkEndpoint(item)));
                }
            }
            tests.add(DynamicTest.dynamicTest(file.getFileName() + " names", () -> checkNames(example.path("parameters"))));
        }
        assertThat(tests.stream().filter(t -> !t.getDisplayName().endsWith(" names")))
                .as("instance and endpoint bodies found").hasSizeGreaterThanOrEqualTo(8);
        return tests.stream();
    }

    private static void checkInstance(JsonNode example) {
        CachedResource row = Kinds.CATALOG.of(IotInstanceKind.KIND).fromArm(SCOPE, "tenant", example, AT);
        IotInstance i = IotInstance.parse(row.json());
        assertThat(i.name()).isEqualTo(example.get("name").asText());
        assertThat(i.location()).isEqualTo(example.get("location").asText());
        assertThat(i.extendedLocation().name()).isEqualTo(example.at("/extendedLocation/name").asText());
        assertThat(i.extendedLocation().type()).isEqualTo("CustomLocation");
        assertThat(i.provisioningState()).isEqualTo(example.at("/properties/provisioningState").asText());
        assertThat(i.version()).isEqualTo(example.at("/properties/version").asText());
        assertThat(row.kind()).isEqualTo(IotInstanceKind.KIND);
        assertThat(row.resourceGroup()).isEqualTo(ArmIds.resourceGroup(example.get("id").asText()));
        if (row.resourceGroup() != null) {
            assertThat(row.parentId()).endsWith("/resourceGroups/" + row.resourceGroup());
        }
        assertThat(Kinds.CATALOG.describe(row).fields()).extracting(f -> f.label()).contains("Extended location", "Version");
    }

    private static void checkEndpoint(JsonNode example) throws IOException {
        RegistryEndpoint e = RegistryEndpoint.parse(example);
        JsonNode p = example.path("properties");
        JsonNode auth = p.path("authentication");
        assertThat(e.host()).isEqualTo(p.get("host").asText());
        assertThat(e.authentication().methodName()).isEqualTo(auth.get("method").asText());
        assertThat(e.codeSigningCas()).hasSize(p.path("codeSigningCas").size());
        assertThat(e.extendedLocation().name()).isEqualTo(example.at("/extendedLocation/name").asText());
        assertThat(e.provisioningState()).isEqualTo(text(p, "provisioningState"));
        if (AuthenticationMethod.fromArm(auth.get("method").asText()).isEmpty()) {
            assertThat(e.authentication()).isInstanceOf(EndpointAuthentication.Unknown.class);
            assertThat(e.authentication().label()).contains(auth.get("method").asText());
        } else {
            // What the console would send back is exactly what the example holds a client may set.
            ObjectNode writable = (ObjectNode) example.deepCopy();
            writable.retain("properties", "extendedLocation");
            ((ObjectNode) writable.get("properties")).retain("host", "authentication", "codeSigningCas");
            assertThat(MAPPER.readTree(e.requestBody())).isEqualTo(writable);
        }
        for (int i = 0; i < e.codeSigningCas().size(); i++) {
            JsonNode ca = p.path("codeSigningCas").get(i);
            assertThat(e.codeSigningCas().get(i).type()).isEqualTo(ca.get("type").asText());
            assertThat(e.codeSigningCas().get(i).ref()).isEqualTo(text(ca, ca.has("secretRef") ? "secretRef" : "configMapRef"));
        }
        if (example.has("id")) {
            CachedResource row = Kinds.CATALOG.of(RegistryEndpointKind.KIND).fromArm(SCOPE, "tenant", example, AT);
            assertThat(row.name()).isEqualTo(example.get("name").asText());
            assertThat(Kinds.CATALOG.describe(row).fields()).extracting(f -> f.label()).contains("Host", "Authentication", "Code-signing CAs");
            assertThat(Kinds.CATALOG.of(RegistryEndpointKind.KIND).columns()).extracting(c -> c.value().apply(Kinds.CATALOG.row(row)))
                    .contains(e.host(), e.authentication().label());
        }
    }

    /** Names in the examples' parameters fit the published pattern, except the generator's placeholders, refused. */
    private static void checkNames(JsonNode parameters) {
        for (String parameter : List.of("instanceName", "registryEndpointName")) {
            if (parameters.has(parameter)) {
                String value = parameters.get(parameter).asText();
                boolean published = value.length() >= 3 && value.length() <= 63 && value.matches("^[a-z0-9][a-z0-9-]*[a-z0-9]$");
                assertThat(EndpointRules.nameProblem(value) == null).as(parameter + " " + value).isEqualTo(published);
            }
        }
    }

    private static List<Path> examples(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ArmExamples.dir().resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<JsonNode> responseBodies(Path file) throws IOException {
        List<JsonNode> bodies = new ArrayList<>();
        MAPPER.readTree(file.toFile()).path("responses").forEach(r -> {
            if (r.has("body") && !r.get("body").isEmpty()) {
                bodies.add(r.get("body"));
            }
        });
        return bodies;
    }

    private static List<JsonNode> items(JsonNode body) {
        List<JsonNode> out = new ArrayList<>();
        if (body.has("value")) {
            body.get("value").forEach(out::add);
        } else {
            out.add(body);
        }
        return out;
    }

    private static List<JsonNode> resourcesOfType(JsonNode body, String type) {
        return items(body).stream().filter(n -> type.equalsIgnoreCase(n.path("type").asText())).toList();
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull() ? node.get(field).asText() : null;
    }
}
