package dev.acrconsole.app.tenants;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.kind.DetailField;
import dev.acrconsole.app.kind.Json;
import dev.acrconsole.app.kind.KindDescriptor;
import dev.acrconsole.app.kind.Listing;
import dev.acrconsole.app.kind.ListingKeys;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.CachedResource;
import dev.acrconsole.cache.ResourceKind;
import java.time.Instant;
import java.util.List;

/** The tenants an account belongs to (Tenants_List): the roots of an account's tree. */
public final class TenantKind extends KindDescriptor<Void> {
    public static final ResourceKind KIND = ResourceKind.of("tenant");

    public TenantKind() {
        super(KIND, "Microsoft.Resources/tenants", "Tenants", "Tenant",
                new Listing.Root("/tenants", ApiVersions.SUBSCRIPTIONS, ListingKeys.TENANTS));
    }

    @Override
    protected Void details(CachedResource resource) {
        return null; // what a tenant shows is in its row's columns
    }

    @Override
    protected List<DetailField> fields(Row row, Void details) {
        return List.of(new DetailField("Tenant ID", row.tenantId()), DetailField.copyable("Resource ID", row.id()));
    }

    /** Named by its display name (its id when it has none); its country in the location column. */
    @Override
    public CachedResource fromArm(CacheScope scope, String tenantId, JsonNode t, Instant at) {
        String id = Json.text(t, "tenantId");
        String name = Json.text(t, "displayName");
        return new CachedResource(scope, Json.text(t, "id"), KIND, name != null ? name : id, armType(), id, null, null,
                Json.text(t, "country"), null, null, null, t.toString(), at);
    }
}
