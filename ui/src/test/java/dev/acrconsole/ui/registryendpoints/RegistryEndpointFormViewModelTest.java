package dev.acrconsole.ui.registryendpoints;

import static dev.acrconsole.ui.page.PageFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.acrconsole.app.kind.Row;
import dev.acrconsole.app.registryendpoints.AuthenticationMethod;
import dev.acrconsole.app.registryendpoints.EndpointForm;
import dev.acrconsole.app.registryendpoints.RegistryEndpointKind;
import dev.acrconsole.cache.Operation;
import dev.acrconsole.ui.page.Messages;
import dev.acrconsole.ui.page.PageFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IoT Operations registry endpoint form without the toolkit: fields by method, the console's checks, what is sent. */
class RegistryEndpointFormViewModelTest {
    private static final String CLIENT = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String TENANT = "0b5c4b61-3f2a-4c53-9d2e-5a4f3b1f2e10";

    @TempDir
    Path dir;

    private static Row instance(PageFixture f, String name) {
        return f.row(f.sandbox().data().iotOperations().instances().stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow().id());
    }

    /** The messages the dialog binds under its fields. */
    private static Messages messages(RegistryEndpointFormViewModel m) {
        return Messages.of(m, EndpointForm.NAME, EndpointForm.HOST, EndpointForm.METHOD, EndpointForm.CLIENT_ID,
                EndpointForm.TENANT_ID, EndpointForm.SECRET_REF);
    }

    @Test
    void theFieldsShownFollowTheMethodAndOnlyTheChosenMethodsFieldsAreChecked() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RegistryEndpointFormViewModel m = new RegistryEndpointFormViewModel(f.context, instance(f, "aio-dublin"), null);
            Messages shown = messages(m);
            await(m.load());
            assertThat(m.editing()).isFalse();
            assertThat(m.customLocation()).isEqualTo("cl-dublin-factory");
            assertThat(m.loginServers()).contains("contosoprodacr.azurecr.io", "fabrikamedgehub.azurecr.io");
            assertThat(m.secretRefs()).as("this instance's pull secrets").containsExactly("hub-pull-secret", "partner-pull-secret");
            assertThat(AuthenticationMethod.values()).noneMatch(x -> m.chosen(x).get());

            m.methodProperty().set(AuthenticationMethod.USER_ASSIGNED);
            assertThat(m.chosen(AuthenticationMethod.USER_ASSIGNED).get()).isTrue();
            assertThat(m.chosen(AuthenticationMethod.ARTIFACT_PULL_SECRET).get()).isFalse();
            m.clientIdProperty().set("not-a-guid");
            assertThat(shown.of(EndpointForm.CLIENT_ID))
                    .isEqualTo("Use a GUID: 32 hexadecimal digits grouped 8-4-4-4-12, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6.");

            m.methodProperty().set(AuthenticationMethod.ARTIFACT_PULL_SECRET);
            assertThat(m.chosen(AuthenticationMethod.ARTIFACT_PULL_SECRET).get()).isTrue();
            assertThat(m.chosen(AuthenticationMethod.USER_ASSIGNED).get()).isFalse();
            assertThat(shown.of(EndpointForm.CLIENT_ID)).as("a hidden field is neither checked nor sent").isEmpty();

            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(EndpointForm.NAME, EndpointForm.HOST, EndpointForm.SECRET_REF);
            assertThat(shown.of(EndpointForm.SECRET_REF))
                    .isEqualTo("Choose an existing secret reference, or enter the name of the Kubernetes secret to use.");
        }
    }

    @Test
    void aBadNameHostOrGuidIsRefusedWithWhatIsAllowedAndNothingIsSent() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            RegistryEndpointFormViewModel m = new RegistryEndpointFormViewModel(f.context, instance(f, "aio-dublin"), null);
            Messages shown = messages(m);
            int requests = f.sandbox().requestCount();

            m.nameProperty().set("Factory_Images");
            assertThat(shown.of(EndpointForm.NAME))
                    .isEqualTo("Use only lower-case letters, digits and '-' (no capitals, dots, underscores or spaces).");
            m.hostProperty().set("https://contoso.azurecr.io");
            assertThat(shown.of(EndpointForm.HOST)).isEqualTo("Leave out 'https://': enter only the host name, e.g. contoso.azurecr.io.");
            m.hostProperty().set("contoso.azurecr.io/samples");
            assertThat(shown.of(EndpointForm.HOST)).startsWith("Leave out the path: enter only the host name (and port), e.g. contoso.azurecr.io rather");
            m.hostProperty().set("registry.example.com:70000");
            assertThat(shown.of(EndpointForm.HOST)).isEqualTo("After ':' give a port from 1 to 65535, e.g. registry.example.com:5000.");
            m.methodProperty().set(AuthenticationMethod.USER_ASSIGNED);
            m.clientIdProperty().set(CLIENT);
            m.identityTenantIdProperty().set("contoso.onmicrosoft.com");
            assertThat(shown.of(EndpointForm.CLIENT_ID)).isEmpty();
            assertThat(shown.of(EndpointForm.TENANT_ID)).startsWith("Use a GUID");

            assertThat(m.submit()).isNull();
            assertThat(shown.showing()).containsOnlyKeys(EndpointForm.NAME, EndpointForm.HOST, EndpointForm.TENANT_ID);
            assertThat(f.sandbox().requestCount()).as("requests sent to ARM").isEqualTo(requests);
            assertThat(f.services.journal().all()).isEmpty();
        }
    }

    @Test
    void aNewEndpointReachesTheSandboxWithItsMethodsSettingsAndTheInstancesLocation() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row dublin = instance(f, "aio-dublin");
            RegistryEndpointFormViewModel m = new RegistryEndpointFormViewModel(f.context, dublin, null);
            m.nameProperty().set("contoso-prod-images");
            m.hostProperty().set("contosoprodacr.azurecr.io");
            m.methodProperty().set(AuthenticationMethod.USER_ASSIGNED);
            m.clientIdProperty().set(CLIENT);
            m.identityTenantIdProperty().set(TENANT);

            Operation op = f.ended(m.submit());

            String id = dublin.id() + "/registryEndpoints/contoso-prod-images";
            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Create registry endpoint contoso-prod-images on aio-dublin");
            JsonNode sent = f.atArm(id);
            assertThat(sent.at("/properties/host").asText()).isEqualTo("contosoprodacr.azurecr.io");
            assertThat(sent.at("/properties/authentication/method").asText()).isEqualTo("UserAssignedManagedIdentity");
            assertThat(sent.at("/properties/authentication/userAssignedManagedIdentitySettings/clientId").asText()).isEqualTo(CLIENT);
            assertThat(sent.at("/properties/authentication/userAssignedManagedIdentitySettings/tenantId").asText()).isEqualTo(TENANT);
            assertThat(sent.at("/extendedLocation/name").asText()).endsWith("/cl-dublin-factory");
            assertThat(f.child(dublin, RegistryEndpointKind.KIND, "contoso-prod-images")).as("re-read into the cache").isNotNull();
        }
    }

    @Test
    void editingKeepsTheNameAndWhatTheFormDoesNotShowWhileTheMethodChanges() {
        try (PageFixture f = PageFixture.quick(dir)) {
            Row dublin = instance(f, "aio-dublin");
            Row endpoint = f.child(dublin, RegistryEndpointKind.KIND, "factory-images");
            RegistryEndpointFormViewModel m = new RegistryEndpointFormViewModel(f.context, dublin, endpoint);
            Messages shown = messages(m);
            assertThat(m.editing()).isTrue();
            assertThat(m.nameProperty().get()).isEqualTo("factory-images");
            assertThat(m.hostProperty().get()).isEqualTo("fabrikamfactorydub.azurecr.io");
            assertThat(m.methodProperty().get()).isEqualTo(AuthenticationMethod.USER_ASSIGNED);
            assertThat(m.clientIdProperty().get()).isEqualTo(f.atArm(endpoint.id())
                    .at("/properties/authentication/userAssignedManagedIdentitySettings/clientId").asText());
            assertThat(shown.showing()).isEmpty();

            m.methodProperty().set(AuthenticationMethod.ARTIFACT_PULL_SECRET);
            m.secretRefProperty().set("partner-pull-secret");
            Operation op = f.ended(m.submit());

            assertThat(op.state()).isEqualTo(Operation.State.Succeeded);
            assertThat(op.title()).isEqualTo("Update registry endpoint factory-images on aio-dublin");
            assertThat(op.targetId()).isEqualTo(endpoint.id());
            JsonNode now = f.atArm(endpoint.id());
            assertThat(now.at("/name").asText()).isEqualTo("factory-images");
            assertThat(now.at("/properties/authentication/method").asText()).isEqualTo("ArtifactPullSecret");
            assertThat(now.at("/properties/authentication/artifactPullSecretSettings/secretRef").asText()).isEqualTo("partner-pull-secret");
            assertThat(now.at("/properties/authentication").has("userAssignedManagedIdentitySettings"))
                    .as("the old method's settings are not sent").isFalse();

            Row hubMirror = f.child(dublin, RegistryEndpointKind.KIND, "hub-mirror");
            RegistryEndpointFormViewModel keep = new RegistryEndpointFormViewModel(f.context, dublin, hubMirror);
            keep.hostProperty().set("fabrikamedgehub.southeastasia.data.azurecr.io");
            f.ended(keep.submit());
            assertThat(f.atArm(hubMirror.id()).at("/properties/codeSigningCas").toString())
                    .as("the code signing CAs the form does not edit are kept").contains("dublin-signing-ca", "aio-trust-bundle");
            assertThat(f.atArm(hubMirror.id()).at("/properties/host").asText()).isEqualTo("fabrikamedgehub.southeastasia.data.azurecr.io");
        }
    }
}
