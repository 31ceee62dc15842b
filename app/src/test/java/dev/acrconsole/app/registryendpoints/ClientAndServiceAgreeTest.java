package dev.acrconsole.app.registryendpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.SandboxFixture;
import dev.acrconsole.app.arm.ArmResponse;
import dev.acrconsole.app.forms.FieldErrors;
import dev.acrconsole.sandbox.IotOperationsData;
import dev.acrconsole.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the published rules speak, the console's form and the service (the sandbox, which enforces exactly those rules)
 * refuse the same inputs: the form before anything is sent, the service with an ARM error when the same input is sent
 * to it directly through the SDK's pipeline. Where the console is stricter (the host's format, GUIDs), the service
 * accepts what the form refuses: those checks are the console's own, and nothing else would catch them before pull time.
 */
class ClientAndServiceAgreeTest {
    private static final String GUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String ANONYMOUS = "{\"method\":\"Anonymous\",\"anonymousSettings\":{}}";

    @TempDir
    static Path dir;
    private static SandboxFixture env;
    private static String instanceId;

    @BeforeAll
    static void start() {
        env = new SandboxFixture(SandboxConfig.defaults().withOperationDuration(Duration.ofMillis(100)).withRetryAfterSeconds(0), dir);
        IotOperationsData.Instance dublin = env.sandbox.data().iotOperations().instances().getFirst();
        instanceId = dublin.id();
    }

    @AfterAll
    static void stop() {
        env.close();
    }

    /** A form as the dialog builds it, and the raw body a client without the console's checks would send. */
    private record Case(String name, String host, AuthenticationMethod method, String clientId, String tenantId,
                        String secretRef, String rawAuthentication) {
        EndpointForm form() {
            return new EndpointForm(instanceId, "t", null, name, host, method, clientId, tenantId, null, secretRef, null, List.of());
        }

        String rawBody() {
            return "{\"properties\":{\"host\":\"" + host.replace("\t", "\\t") + "\",\"authentication\":" + rawAuthentication + "}}";
        }
    }

    private static Case anonymous(String name, String host) {
        return new Case(name, host, AuthenticationMethod.ANONYMOUS, null, null, null, ANONYMOUS);
    }

    static Stream<Arguments> forbiddenByThePublishedRules() {
        String uami = "{\"method\":\"UserAssignedManagedIdentity\",\"userAssignedManagedIdentitySettings\":";
        return Stream.of(
                Arguments.of("upper-case name", anonymous("Factory", "a.azurecr.io"), EndpointForm.NAME, "InvalidResourceName"),
                Arguments.of("underscore in the name", anonymous("my_endpoint", "a.azurecr.io"), EndpointForm.NAME, "InvalidResourceName"),
                Arguments.of("name starting with '-'", anonymous("-endpoint", "a.azurecr.io"), EndpointForm.NAME, "InvalidResourceName"),
                Arguments.of("name ending with '-'", anonymous("endpoint-", "a.azurecr.io"), EndpointForm.NAME, "InvalidResourceName"),
                Arguments.of("2-character name", anonymous("ab", "a.azurecr.io"), EndpointForm.NAME, "InvalidResourceName"),
                Arguments.of("64-character name", anonymous("e".repeat(64), "a.azurecr.io"), EndpointForm.NAME, "InvalidResourceName"),
                Arguments.of("2-character host", anonymous("short-host", "ab"), EndpointForm.HOST, "InvalidParameter"),
                Arguments.of("64-character host", anonymous("long-host", "h".repeat(53) + ".azurecr.io"), EndpointForm.HOST, "InvalidParameter"),
                Arguments.of("no client ID", new Case("no-client", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED, "", GUID, null,
                        uami + "{\"tenantId\":\"" + GUID + "\"}}"), EndpointForm.CLIENT_ID, "InvalidParameter"),
                Arguments.of("no tenant ID", new Case("no-tenant", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED, GUID, "", null,
                        uami + "{\"clientId\":\"" + GUID + "\"}}"), EndpointForm.TENANT_ID, "InvalidParameter"),
                Arguments.of("no secret reference", new Case("no-secret", "a.azurecr.io", AuthenticationMethod.ARTIFACT_PULL_SECRET,
                        null, null, "", "{\"method\":\"ArtifactPullSecret\",\"artifactPullSecretSettings\":{}}"),
                        EndpointForm.SECRET_REF, "InvalidParameter"));
    }

    @ParameterizedTest(name = "{0}: refused by both")
    @MethodSource("forbiddenByThePublishedRules")
    void whatTheRulesForbidTheFormAndTheServiceBothRefuse(String what, Case c, String field, String armCode) {
        FieldErrors errors = c.form().validate();
        assertThat(errors.of(field)).as("the form's message for " + field).isPresent();

        ArmResponse r = put(c);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo(armCode);
        assertThat(r.errorMessage()).isNotBlank();
    }

    static Stream<Arguments> refusedOnlyByTheConsole() {
        String uami = "{\"method\":\"UserAssignedManagedIdentity\",\"userAssignedManagedIdentitySettings\":";
        return Stream.of(
                Arguments.of("scheme", anonymous("lax-scheme", "https://a.azurecr.io"), EndpointForm.HOST),
                Arguments.of("path", anonymous("lax-path", "a.azurecr.io/connectors"), EndpointForm.HOST),
                Arguments.of("space", anonymous("lax-space", "a .azurecr.io"), EndpointForm.HOST),
                Arguments.of("client ID that is no GUID", new Case("lax-client", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED,
                        "my-identity", GUID, null, uami + "{\"clientId\":\"my-identity\",\"tenantId\":\"" + GUID + "\"}}"),
                        EndpointForm.CLIENT_ID),
                Arguments.of("tenant ID that is no GUID", new Case("lax-tenant", "a.azurecr.io", AuthenticationMethod.USER_ASSIGNED,
                        GUID, "contoso.onmicrosoft.com", null, uami + "{\"clientId\":\"" + GUID + "\",\"tenantId\":\"contoso.onmicrosoft.com\"}}"),
                        EndpointForm.TENANT_ID));
    }

    @ParameterizedTest(name = "{0}: the console's own check")
    @MethodSource("refusedOnlyByTheConsole")
    void whatTheRulesDoNotSpeakOfOnlyTheConsoleRefuses(String what, Case c, String field) {
        assertThat(c.form().validate().of(field)).isPresent();
        ArmResponse r = put(c);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static ArmResponse put(Case c) {
        return env.arm().http().send("PUT", instanceId + "/registryEndpoints/" + c.name() + "?api-version=2026-03-01", c.rawBody());
    }
}
