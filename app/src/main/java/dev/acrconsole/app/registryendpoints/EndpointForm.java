package dev.acrconsole.app.registryendpoints;

import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.iotinstances.ExtendedLocation;
import java.util.List;

/**
 * What the registry endpoint dialog collects. Only the fields of the chosen method count: a client ID typed before
 * switching to Anonymous is neither checked nor sent. Field names double as the keys of {@link FieldErrors}.
 *
 * @param instanceId       the instance the endpoint belongs to
 * @param tenantId         the tenant the request goes to (the instance's)
 * @param extendedLocation the instance's (on create) or the endpoint's (on update): it is set once
 * @param identityTenantId the user-assigned identity's tenant
 * @param audience         kept from an existing system-assigned endpoint; the form does not edit it
 * @param codeSigningCas   kept from an existing endpoint; the form does not edit them
 */
public record EndpointForm(String instanceId, String tenantId, ExtendedLocation extendedLocation, String name, String host,
                           AuthenticationMethod method, String clientId, String identityTenantId, String scope,
                           String secretRef, String audience, List<CodeSigningCa> codeSigningCas) {
    public static final String NAME = "name";
    public static final String HOST = "host";
    public static final String METHOD = "method";
    public static final String CLIENT_ID = "clientId";
    public static final String TENANT_ID = "tenantId";
    public static final String SECRET_REF = "secretRef";

    public EndpointForm {
        codeSigningCas = codeSigningCas == null ? List.of() : List.copyOf(codeSigningCas);
    }

    public FieldErrors validate() {
        FieldErrors errors = new FieldErrors();
        String nameProblem = EndpointRules.nameProblem(name);
        errors.check(nameProblem != null, NAME, nameProblem);
        String hostProblem = EndpointRules.hostProblem(host);
        errors.check(hostProblem != null, HOST, hostProblem);
        errors.check(method == null, METHOD, "Choose how IoT Operations signs in to the registry: one of the four methods.");
        if (method == AuthenticationMethod.USER_ASSIGNED) {
            String client = EndpointRules.guidProblem(clientId, "the identity's client ID");
            errors.check(client != null, CLIENT_ID, client);
            String tenant = EndpointRules.guidProblem(identityTenantId, "the identity's tenant ID");
            errors.check(tenant != null, TENANT_ID, tenant);
        }
        errors.check(method == AuthenticationMethod.ARTIFACT_PULL_SECRET && (secretRef == null || secretRef.isEmpty()),
                SECRET_REF, "Choose an existing secret reference, or enter the name of the Kubernetes secret to use.");
        return errors;
    }

    /** The chosen method with its settings; call only when {@link #validate()} found nothing. */
    public EndpointAuthentication authentication() {
        return switch (method) {
            case ANONYMOUS -> new EndpointAuthentication.Anonymous();
            case SYSTEM_ASSIGNED -> new EndpointAuthentication.SystemAssigned(audience);
            case USER_ASSIGNED -> new EndpointAuthentication.UserAssigned(clientId, identityTenantId, scope);
            case ARTIFACT_PULL_SECRET -> new EndpointAuthentication.ArtifactPullSecret(secretRef);
        };
    }
}
