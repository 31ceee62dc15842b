package dev.acrconsole.app.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.kind.Watched;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;

/** The subscriptions a token sees (Subscriptions_List), each a node of the tree. */
public final class SubscriptionKind extends KindDescriptor<SubscriptionKind.Details> {
    public static final ResourceKind KIND = ResourceKind.of("subscription");

    /** What a subscription shows beyond its row's columns. */
    public record Details(String quotaId, String spendingLimit, String authorizationSource) {}

    public SubscriptionKind() {
        super(KIND, "Microsoft.Resources/subscriptions", "Subscriptions", "Subscription",
                new Listing.Root("/subscriptions", ApiVersions.SUBSCRIPTIONS, ListingKeys.SUBSCRIPTIONS));
    }

    @Override
    public boolean inTree() {
        return true;
    }

    @Override
    public List<Watched> watched() {
        return List.of(new Watched("State", "state"));
    }

    @Override
    protected Details details(CachedResource resource) {
        JsonNode s = Json.read(resource.json());
        return new Details(Json.text(s.path("subscriptionPolicies"), "quotaId"),
                Json.text(s.path("subscriptionPolicies"), "spendingLimit"), Json.text(s, "authorizationSource"));
    }

    @Override
    protected List<DetailField> fields(Row row, Details d) {
        return List.of(
                new DetailField("Subscription ID", row.subscriptionId()),
                new DetailField("State", row.provisioningState()),
                new DetailField("Tenant", row.tenantId()),
                new DetailField("Quota", d.quotaId()),
                new DetailField("Spending limit", d.spendingLimit()),
                new DetailField("Authorization source", d.authorizationSource()));
    }

    /** Named by its display name (its id when it has none); its state in the provisioning column. */
    @Override
    public CachedResource fromArm(CacheScope scope, String tenantId, JsonNode s, Instant at) {
        String id = Json.text(s, "subscriptionId");
        String name = Json.text(s, "displayName");
        String tenant = Json.text(s, "tenantId");
        return new CachedResource(scope, Json.text(s, "id"), KIND, name != null ? name : id, armType(),
                tenant != null ? tenant : tenantId, id, null, null, null, Json.text(s, "state"), null, s.toString(), at);
    }
}
