package dev.acrconsole.app.registryendpoints;

import dev.acrconsole.app.arm.ApiVersions;
import dev.acrconsole.app.arm.ArmIds;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.operations.OperationRequest;
import dev.acrconsole.cache.Operation;

/**
 * Create, replace and delete an IoT Operations registry endpoint, as operations. There is no Java SDK for the provider:
 * the body is plain JSON written by {@link RegistryEndpoint#requestBody()}; the operations service sends it through the
 * SDK's pipeline and follows it (PUT: Azure-AsyncOperation; DELETE: Location).
 */
public final class RegistryEndpointActions {
    private RegistryEndpointActions() {}

    /** {@code replacing}: the endpoint exists and this PUT replaces it (same name). */
    public static OperationRequest createOrUpdate(EndpointForm f, boolean replacing) {
        FieldErrors errors = f.validate();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String id = f.instanceId() + "/registryEndpoints/" + f.name();
        RegistryEndpoint endpoint = new RegistryEndpoint(id, f.name(), f.host(), f.authentication(), f.codeSigningCas(),
                f.extendedLocation(), null, null);
        String verb = replacing ? "Update" : "Create";
        return new OperationRequest("registryEndpoint." + verb.toLowerCase(), verb + " registry endpoint " + f.name() + " on "
                + ArmIds.name(f.instanceId()), id, RegistryEndpointKind.KIND, f.tenantId(), "PUT", path(id),
                endpoint.requestBody(), Operation.After.refresh, null);
    }

    public static OperationRequest delete(String endpointId, String tenantId) {
        return new OperationRequest("registryEndpoint.delete", "Delete registry endpoint " + ArmIds.name(endpointId) + " on "
                + ArmIds.segment(endpointId, "instances"), endpointId, RegistryEndpointKind.KIND, tenantId, "DELETE",
                path(endpointId), null, Operation.After.remove, null);
    }

    static String path(String id) {
        return id + ApiVersions.query(ApiVersions.IOT_OPERATIONS);
    }
}
