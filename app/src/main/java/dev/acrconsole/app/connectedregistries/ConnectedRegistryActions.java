package dev.acrconsole.app.connectedregistries;

import com.azure.resourcemanager.containerregistry.fluent.models.ConnectedRegistryInner;
import com.azure.resourcemanager.containerregistry.models.AuditLogStatus;
import com.azure.resourcemanager.containerregistry.models.ConnectedRegistryMode;
import com.azure.resourcemanager.containerregistry.models.ConnectedRegistryUpdateParameters;
import com.azure.resourcemanager.containerregistry.models.LogLevel;
import com.azure.resourcemanager.containerregistry.models.LoggingProperties;
import com.azure.resourcemanager.containerregistry.models.ParentProperties;
import com.azure.resourcemanager.containerregistry.models.SyncProperties;
import com.azure.resourcemanager.containerregistry.models.SyncUpdateProperties;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.app.operations.RegistryRequests;
import dev.acrconsole.app.scopemaps.ScopeMapActions;
import dev.acrconsole.app.scopemaps.ScopeMapForm;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.GatewayPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.GatewayRule;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.RepositoryPermission;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions.RepositoryRule;
import dev.acrconsole.app.scopemaps.ScopeMapPermissions;
import dev.acrconsole.app.tokens.TokenActions;
import dev.acrconsole.app.tokens.TokenForm;
import java.util.EnumSet;
import java.util.List;

/**
 * The requests that make, change and remove a connected registry, as operations. Creating one takes three, in order
 * (seed 000): its sync scope map, its sync token, then the connected registry that names the token; names follow
 * {@code az acr connected-registry create}: {@code <name>-sync-scope-map}, {@code <name>-sync-token}.
 */
public final class ConnectedRegistryActions {
    private ConnectedRegistryActions() {}

    public static String syncScopeMapName(String name) {
        return name + "-sync-scope-map";
    }

    public static String syncTokenName(String name) {
        return name + "-sync-token";
    }

    /** Its repositories (read-only modes pull only) and its own gateway's config and message read/write. */
    public static ScopeMapPermissions syncPermissions(ConnectedRegistryForm f) {
        var repoPermissions = ConnectedRegistryRules.readOnly(f.mode()) ? RepositoryPermission.readOnly() : RepositoryPermission.all();
        List<RepositoryRule> repos = f.repositories().stream().map(r -> new RepositoryRule(r.strip(), repoPermissions)).toList();
        return new ScopeMapPermissions(repos, List.of(new GatewayRule(f.name(), EnumSet.allOf(GatewayPermission.class))), List.of());
    }

    public static OperationRequest syncScopeMap(ConnectedRegistryForm f) {
        RegistryRequests.requireValid(f.validate());
        return ScopeMapActions.create(new ScopeMapForm(f.parent().id(), f.parent().tenantId(), true,
                syncScopeMapName(f.name()), "Sync scope map of connected registry " + f.name(), syncPermissions(f)));
    }

    public static OperationRequest syncToken(ConnectedRegistryForm f) {
        RegistryRequests.requireValid(f.validate());
        return TokenActions.create(new TokenForm(f.parent().id(), f.parent().tenantId(), true, syncTokenName(f.name()),
                f.parent().id() + "/scopeMaps/" + syncScopeMapName(f.name()), true));
    }

    public static OperationRequest create(ConnectedRegistryForm f) {
        RegistryRequests.requireValid(f.validate());
        SyncProperties sync = new SyncProperties().withTokenId(f.parent().id() + "/tokens/" + syncTokenName(f.name()))
                .withSchedule(f.sync().schedule().strip()).withSyncWindow(f.sync().window()).withMessageTtl(f.sync().ttl());
        ConnectedRegistryInner body = new ConnectedRegistryInner()
                .withMode(ConnectedRegistryMode.fromString(f.mode()))
                .withParent(new ParentProperties().withSyncProperties(sync))
                .withLogging(logging(f.logLevel(), f.auditLog()))
                .withNotificationsList(f.notifications().stream().map(String::strip).toList())
                .withClientTokenIds(f.clientTokenIds());
        return preview(RegistryRequests.put("connectedRegistry.create", "Create connected registry " + f.name(), f.id(),
                ConnectedRegistryKind.KIND, f.parent().tenantId(), body));
    }

    public static OperationRequest update(ConnectedRegistryUpdate u) {
        RegistryRequests.requireValid(u.validate());
        ConnectedRegistryUpdateParameters body = new ConnectedRegistryUpdateParameters()
                .withSyncProperties(new SyncUpdateProperties().withSchedule(u.sync().schedule().strip())
                        .withSyncWindow(u.sync().window()).withMessageTtl(u.sync().ttl()))
                .withLogging(logging(u.logLevel(), u.auditLog()))
                .withNotificationsList(u.notifications().stream().map(String::strip).toList())
                .withClientTokenIds(u.clientTokenIds());
        return preview(RegistryRequests.patch("connectedRegistry.update", "Update connected registry " + ArmIds.name(u.id()), u.id(),
                ConnectedRegistryKind.KIND, u.tenantId(), body));
    }

    /** The runtime on site stops syncing and must be deployed again; what is in the cloud stays. */
    public static OperationRequest deactivate(String id, String tenantId) {
        return preview(RegistryRequests.action("connectedRegistry.deactivate", "Deactivate connected registry " + ArmIds.name(id),
                id, ConnectedRegistryKind.KIND, tenantId, "deactivate"));
    }

    /**
     * ConnectedRegistries_Resync (2026-01-01-preview): the runtime syncs with its parent again from scratch. ARM answers
     * 200 with the connected registry, which is re-read so its last sync result shows ManualResync.
     */
    public static OperationRequest resync(String id, String tenantId) {
        return preview(RegistryRequests.action("connectedRegistry.resync", "Resync connected registry " + ArmIds.name(id),
                id, ConnectedRegistryKind.KIND, tenantId, "resync"));
    }

    public static OperationRequest delete(String id, String tenantId) {
        return preview(RegistryRequests.delete("connectedRegistry.delete", "Delete connected registry " + ArmIds.name(id), id,
                ConnectedRegistryKind.KIND, tenantId));
    }

    /**
     * The same request at the version connected registries are read at ({@link ApiVersions#CONNECTED_REGISTRIES}): an
     * operation's target is re-read at its request's version, and an older one would drop the last sync result.
     */
    private static OperationRequest preview(OperationRequest r) {
        return new OperationRequest(r.kind(), r.title(), r.targetId(), r.targetKind(), r.tenantId(), r.method(),
                r.path().replace(ApiVersions.query(ApiVersions.REGISTRY), ApiVersions.query(ApiVersions.CONNECTED_REGISTRIES)),
                r.body(), r.after(), r.cancelPath(), r.follow());
    }

    private static LoggingProperties logging(String level, boolean audit) {
        return new LoggingProperties().withLogLevel(LogLevel.fromString(level))
                .withAuditLogStatus(audit ? AuditLogStatus.ENABLED : AuditLogStatus.DISABLED);
    }
}
