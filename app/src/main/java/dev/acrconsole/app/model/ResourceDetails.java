package dev.acrconsole.app.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.iotoperations.IotInstance;
import dev.acrconsole.app.iotoperations.RegistryEndpoint;
import dev.acrconsole.cache.CachedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a detail pane shows for any cached resource: a title, a kind, fields, and its age. */
public record ResourceDetails(String title, String kindLabel, List<DetailField> fields, Instant fetchedAt) {

    public static ResourceDetails of(CachedResource r) {
        return switch (r.kind()) {
            case REGISTRY -> new ResourceDetails(r.name(), "Container registry",
                    RegistryDetails.parse(r.json()).fields(), r.fetchedAt());
            case SUBSCRIPTION -> subscription(r);
            case RESOURCE_GROUP -> new ResourceDetails(r.name(), "Resource group", List.of(
                    new DetailField("Location", r.location()),
                    new DetailField("Provisioning state", r.provisioningState()),
                    new DetailField("Subscription", r.subscriptionId()),
                    new DetailField("Tags", Format.tags(Json.stringMap(Json.read(r.json()).path("tags")))),
                    new DetailField("Resource ID", r.id())), r.fetchedAt());
            case PRIVATE_ENDPOINT_CONNECTION -> new ResourceDetails(
                    PrivateEndpointConnectionDetails.parse(r.json()).privateEndpointName(), "Private endpoint connection",
                    PrivateEndpointConnectionDetails.parse(r.json()).fields(), r.fetchedAt());
            case IOT_INSTANCE -> new ResourceDetails(r.name(), "Azure IoT Operations instance",
                    IotOperationsDetails.instance(IotInstance.parse(r.json())), r.fetchedAt());
            case REGISTRY_ENDPOINT -> new ResourceDetails(r.name(), "IoT Operations registry endpoint",
                    IotOperationsDetails.endpoint(RegistryEndpoint.parse(r.json())), r.fetchedAt());
            case TASK -> new ResourceDetails(r.name(), "Task", TaskDetails.parse(r.json()).fields(), r.fetchedAt());
            case RUN -> new ResourceDetails(r.name(), "Run", RunDetails.parse(r.json()).fields(), r.fetchedAt());
            case TASK_RUN -> new ResourceDetails(r.name(), "Task run", TaskRunDetails.parse(r.json()).fields(), r.fetchedAt());
            case AGENT_POOL -> new ResourceDetails(r.name(), "Agent pool",
                    AgentPoolDetails.parse(r.json()).fields(null), r.fetchedAt());
            case CONNECTED_REGISTRY -> new ResourceDetails(r.name(), "Connected registry",
                    ConnectedRegistryDetails.parse(r.json()).fields(), r.fetchedAt());
            case SCOPE_MAP -> new ResourceDetails(r.name(), "Scope map", ScopeMapDetails.parse(r.json()).fields(), r.fetchedAt());
            case TOKEN -> new ResourceDetails(r.name(), "Token", TokenDetails.parse(r.json()).fields(), r.fetchedAt());
            case TENANT -> new ResourceDetails(r.name(), "Tenant", List.of(
                    new DetailField("Tenant ID", r.tenantId()),
                    new DetailField("Resource ID", r.id())), r.fetchedAt());
        };
    }

    private static ResourceDetails subscription(CachedResource r) {
        JsonNode s = Json.read(r.json());
        List<DetailField> f = new ArrayList<>();
        f.add(new DetailField("Subscription ID", r.subscriptionId()));
        f.add(new DetailField("State", r.provisioningState()));
        f.add(new DetailField("Tenant", r.tenantId()));
        f.add(new DetailField("Quota", Json.text(s.path("subscriptionPolicies"), "quotaId")));
        f.add(new DetailField("Spending limit", Json.text(s.path("subscriptionPolicies"), "spendingLimit")));
        f.add(new DetailField("Authorization source", Json.text(s, "authorizationSource")));
        return new ResourceDetails(r.name(), "Subscription", f, r.fetchedAt());
    }
}
