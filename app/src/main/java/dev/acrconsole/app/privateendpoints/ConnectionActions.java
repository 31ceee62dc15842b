package dev.acrconsole.app.privateendpoints;

import com.azure.resourcemanager.containerregistry.fluent.models.PrivateEndpointConnectionInner;
import com.azure.resourcemanager.containerregistry.models.ConnectionStatus;
import com.azure.resourcemanager.containerregistry.models.PrivateLinkServiceConnectionState;
import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.cache.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Approve, reject or delete a registry's private endpoint connection, as operations. */
public final class ConnectionActions {
    /** The console's limit; ARM's schema sets none, and a reason longer than this does not fit where it is shown. */
    public static final int MAX_DESCRIPTION = 256;
    public static final String DESCRIPTION = "description";

    private ConnectionActions() {}

    public static FieldErrors validateDescription(String description) {
        return new FieldErrors()
                .check(description == null || description.isBlank(), DESCRIPTION,
                        "Say why (the private endpoint's owner sees it), up to " + MAX_DESCRIPTION + " characters.")
                .check(description != null && description.length() > MAX_DESCRIPTION, DESCRIPTION,
                        "Use at most " + MAX_DESCRIPTION + " characters (this is " + (description == null ? 0 : description.length()) + ").");
    }

    public static OperationRequest approve(String connectionId, String tenantId, String description) {
        return setStatus(connectionId, tenantId, ConnectionStatus.APPROVED, "Approve", description);
    }

    public static OperationRequest reject(String connectionId, String tenantId, String description) {
        return setStatus(connectionId, tenantId, ConnectionStatus.REJECTED, "Reject", description);
    }

    public static OperationRequest delete(String connectionId, String tenantId) {
        return new OperationRequest("privateEndpointConnection.delete", "Delete private endpoint connection "
                + shortName(connectionId), connectionId, PrivateEndpointConnectionKind.KIND, tenantId, "DELETE",
                connectionId + ApiVersions.query(ApiVersions.REGISTRY), null, Operation.After.remove, null);
    }

    private static OperationRequest setStatus(String connectionId, String tenantId, ConnectionStatus status,
                                              String verb, String description) {
        FieldErrors errors = validateDescription(description);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PrivateEndpointConnectionInner body = new PrivateEndpointConnectionInner()
                .withPrivateLinkServiceConnectionState(new PrivateLinkServiceConnectionState()
                        .withStatus(status).withDescription(description.strip()));
        try {
            return new OperationRequest("privateEndpointConnection." + verb.toLowerCase(), verb
                    + " private endpoint connection " + shortName(connectionId), connectionId,
                    PrivateEndpointConnectionKind.KIND, tenantId, "PUT",
                    connectionId + ApiVersions.query(ApiVersions.REGISTRY), body.toJsonString(), Operation.After.refresh, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connection names are {registry}.{guid}: the registry's name is what a user recognises. */
    static String shortName(String connectionId) {
        String name = ArmIds.name(connectionId);
        return name + " on " + ArmIds.segment(connectionId, "registries");
    }
}
