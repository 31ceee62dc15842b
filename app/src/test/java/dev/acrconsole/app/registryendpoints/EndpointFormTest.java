package dev.acrconsole.app.registryendpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.app.forms.InvalidInputException;
import dev.acrconsole.app.iotinstances.ExtendedLocation;
import dev.acrconsole.app.operations.OperationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The registry endpoint form's rules: what each message says, and what is sent when nothing is wrong. */
class EndpointFormTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INSTANCE = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.IoTOperations/instances/aio-one";
    private static final ExtendedLocation LOCATION = new ExtendedLocation("/subscriptions/s1/resourceGroups/rg/providers/"
            + "Microsoft.ExtendedLocation/customLocations/cl", "CustomLocation");
    private static final String GUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

    private static EndpointForm form(String name, String host, AuthenticationMethod method, String clientId,
                                     String tenantId, String secretRef) {
        return new EndpointForm(INSTANCE, "tenant-x", LOCATION, name, host, method, clientId, tenantId, null, secretRef,
                null, List.of());
    }

    private static FieldErrors errors(String name, String host) {
        return form(name, host, AuthenticationMethod.ANONYMOUS, null, null, null).validate();
    }

    @ParameterizedTest(name = "name \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "Factory-Images | lower-case letters, digits and '-'",
            "factory_images | lower-case letters, digits and '-'",
            "factory images | lower-case letters, digits and '-'",
            "factory.images | lower-case letters, digits and '-'",
            "ab | 3 to 63 characters (this is 2)",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | 3 to 63 characters (this is 64)",
            "-factory | Start and end with a lower-case letter or digit",
            "factory- | Start and end with a lower-case letter or digit",
            "'' | Enter a name: 3 to 63 lower-case letters"})
    void anInvalidNameIsRefusedSayingWhatIsAllowed(String name, String message) {
        assertThat(errors(name, "contoso.azurecr.io").of(EndpointForm.NAME)).hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @ParameterizedTest(name = "host \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "https://contoso.azurecr.io | Leave out 'https://'",
            "oci://contoso.azurecr.io | Leave out 'oci://'",
            "contoso.azurecr.io/connectors | Leave out the path",
            "contoso.azurecr.io/ | Leave out the path",
            "contoso .azurecr.io | no spaces",
            "contoso.azurecr.io\tx | no spaces",
            "ab | 3 to 63 characters, port included (this is 2)",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.azurecr.io | 3 to 63 characters, port included (this is 64)",
            "contoso..azurecr.io | Use a DNS name",
            "-contoso.azurecr.io | Use a DNS name",
            "contoso_acr.azurecr.io | Use a DNS name",
            "registry.example.com:0 | port from 1 to 65535",
            "registry.example.com:70000 | port from 1 to 65535",
            "registry.example.com: | port from 1 to 65535",
            "'' | Enter the registry's host name"})
    void aHostThatIsNoRegistryHostNameIsRefusedSayingWhatIsAllowed(String host, String message) {
        assertThat(errors("ok-name", host).of(EndpointForm.HOST)).hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"contoso.azurecr.io", "CONTOSO.azurecr.io", "mcr.microsoft.com", "registry.example.com:5000",
            "localhost:5000", "10.0.0.4:5000", "abc"})
    void registryHostNamesWithOrWithoutAPortAreAccepted(String host) {
        assertThat(errors("ok-name", host).isEmpty()).as(errors("ok-name", host).toString()).isTrue();
    }

    @Test
    void theUserAssignedIdentityNeedsAClientAndATenantIdThatAreGuids() {
        FieldErrors missing = form("ok-name", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED, "", null, null).validate();
        assertThat(missing.of(EndpointForm.CLIENT_ID)).hasValueSatisfying(m -> assertThat(m).startsWith("Enter the identity's client ID: a GUID"));
        assertThat(missing.of(EndpointForm.TENANT_ID)).hasValueSatisfying(m -> assertThat(m).startsWith("Enter the identity's tenant ID: a GUID"));

        FieldErrors malformed = form("ok-name", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED, "3fa85f64-5717-4562-b3fc",
                "{" + GUID + "}", null).validate();
        assertThat(malformed.of(EndpointForm.CLIENT_ID)).hasValueSatisfying(m -> assertThat(m).contains("8-4-4-4-12"));
        assertThat(malformed.of(EndpointForm.TENANT_ID)).hasValueSatisfying(m -> assertThat(m).contains("8-4-4-4-12"));

        assertThat(form("ok-name", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED, GUID, GUID.toUpperCase(), null)
                .validate().isEmpty()).isTrue();
    }

    @Test
    void onlyTheChosenMethodsFieldsCount() {
        // A malformed client ID left over from trying the user-assigned method does not stop an anonymous endpoint.
        assertThat(form("ok-name", "a.azurecr.io", AuthenticationMethod.ANONYMOUS, "nonsense", "", "").validate().isEmpty()).isTrue();
        assertThat(form("ok-name", "a.azurecr.io", AuthenticationMethod.ARTIFACT_PULL_SECRET, null, null, "").validate()
                .of(EndpointForm.SECRET_REF)).hasValueSatisfying(m -> assertThat(m).contains("existing secret reference"));
        assertThat(form("ok-name", "a.azurecr.io", null, null, null, null).validate().of(EndpointForm.METHOD)).isPresent();
    }

    @Test
    void aValidFormBecomesAPutWithThePublishedShapeAndNoSecret() throws Exception {
        OperationRequest r = RegistryEndpointActions.createOrUpdate(form("pull-secret", "registry.example.com:5000",
                AuthenticationMethod.ARTIFACT_PULL_SECRET, GUID, GUID, "partner-pull-secret"), false);
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.path()).isEqualTo(INSTANCE + "/registryEndpoints/pull-secret?api-version=2026-03-01");
        assertThat(r.title()).isEqualTo("Create registry endpoint pull-secret on aio-one");
        JsonNode body = MAPPER.readTree(r.body());
        assertThat(body).isEqualTo(MAPPER.readTree("{\"extendedLocation\":{\"name\":\"" + LOCATION.name() + "\",\"type\":\"CustomLocation\"},"
                + "\"properties\":{\"host\":\"registry.example.com:5000\",\"authentication\":{\"method\":\"ArtifactPullSecret\","
                + "\"artifactPullSecretSettings\":{\"secretRef\":\"partner-pull-secret\"}}}}"));

        assertThatThrownBy(() -> RegistryEndpointActions.createOrUpdate(form("Bad", "https://x", AuthenticationMethod.ANONYMOUS,
                null, null, null), false)).isInstanceOf(InvalidInputException.class);
        assertThat(RegistryEndpointActions.delete(INSTANCE + "/registryEndpoints/old", "t").path())
                .isEqualTo(INSTANCE + "/registryEndpoints/old?api-version=2026-03-01");
    }
}
