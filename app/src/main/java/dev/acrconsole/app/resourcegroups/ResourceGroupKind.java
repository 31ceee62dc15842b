package dev.acrconsole.app.resourcegroups;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Format;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;

/** The resource groups of a subscription (ResourceGroups_List), each a node of the tree. */
public final class ResourceGroupKind extends KindDescriptor<ResourceGroupKind.Details> {
    public static final ResourceKind KIND = ResourceKind.of("resourceGroup");

    /** What a resource group shows beyond its row's columns. */
    public record Details(String tags) {}

    public ResourceGroupKind() {
        super(KIND, "Microsoft.Resources/resourceGroups", "Resource groups", "Resource group",
                new Listing.PerSubscription("/resourcegroups", ApiVersions.RESOURCE_GROUPS, "resourceGroups"));
    }

    @Override
    public boolean inTree() {
        return true;
    }

    @Override
    protected Details details(CachedResource resource) {
        return new Details(Format.tags(Json.stringMap(Json.read(resource.json()).path("tags"))));
    }

    @Override
    protected List<DetailField> fields(Row row, Details d) {
        return List.of(
                new DetailField("Location", row.location()),
                new DetailField("Provisioning state", row.provisioningState()),
                new DetailField("Subscription", row.subscriptionId()),
                new DetailField("Tags", d.tags()),
                DetailField.copyable("Resource ID", row.id()));
    }

    /** Its own resource group column is its name; it sits under its subscription. */
    @Override
    public CachedResource fromArm(CacheScope scope, String tenantId, JsonNode g, Instant at) {
        String id = Json.text(g, "id");
        String subscription = ArmIds.subscription(id);
        String name = Json.text(g, "name");
        return new CachedResource(scope, id, KIND, name, Json.text(g, "type"), tenantId, subscription, name,
                Json.text(g, "location"), null, Json.text(g.path("properties"), "provisioningState"),
                "/subscriptions/" + subscription, g.toString(), at);
    }
}
