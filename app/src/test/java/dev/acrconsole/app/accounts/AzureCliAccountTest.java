package dev.acrconsole.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.sandbox.SandboxPrincipal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Azure CLI account through azure-identity's real AzureCliCredential, which runs
 * {@code /bin/sh -c "az account get-access-token --output json --resource ..."} with the process's PATH. A JVM's
 * environment cannot change, so the test writes a fake {@code az} into a temp dir and runs {@link CliAccountProbe} in a
 * child JVM whose PATH starts there; the token az prints is one the sandbox issued for a principal.
 */
class AzureCliAccountTest extends AccountsFixture {
    @Test
    void aTokenFromAzLoginReadsThatPrincipalsSubscriptions() throws Exception {
        SandboxPrincipal alice = new SandboxPrincipal("alice@contoso.com", prod.tenantId(), Set.of(prod.subscriptionId()));
        String token = cloud.sandbox.identity().issueToken(alice, prod.tenantId());
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path calls = dir.resolve("az-calls.txt");
        fakeAz(bin, calls, token);

        Process child = childJvm(bin, List.of(dir.resolve("child-data").toString(), cloud.sandbox.baseUrl().toString(),
                cloud.sandbox.identityUrl().toString(), cloud.certificate.toString()));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(out).isZero();
        assertThat(out).contains("account=az:alice@contoso.com", "tenant=" + prod.tenantId(),
                "subscription=" + prod.subscriptionId());
        assertThat(out).doesNotContain("subscription=" + edge.subscriptionId());
        assertThat(Files.readString(calls)).contains("account get-access-token --output json --resource");
        SecretScan.assertNoSecrets(dir.resolve("child-data"), List.of(token));
    }

    @Test
    void withoutAzLoginTheAccountIsRefusedWithTheClisOwnAdvice() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("az"), "#!/bin/sh\necho \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(bin.resolve("az"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Process child = childJvm(bin, List.of(dir.resolve("child-data").toString(), cloud.sandbox.baseUrl().toString(),
                cloud.sandbox.identityUrl().toString(), cloud.certificate.toString()));
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(out).isEqualTo(3);
        assertThat(out).contains("refused=AzureCliUnavailable:").contains("az login");
    }

    /** Records its arguments and prints what {@code az account get-access-token --output json} prints. */
    private static void fakeAz(Path bin, Path calls, String token) throws IOException {
        long expires = Instant.now().plusSeconds(3600).getEpochSecond();
        String script = "#!/bin/sh\n"
                + "echo \"$@\" >> '" + calls + "'\n"
                + "cat <<'JSON'\n"
                + "{\"accessToken\": \"" + token + "\", \"expiresOn\": \"2099-01-01 00:00:00.000000\", \"expires_on\": " + expires
                + ", \"subscription\": \"00000000-0000-0000-0000-000000000000\", \"tenant\": \"t\", \"tokenType\": \"Bearer\"}\n"
                + "JSON\n";
        Path az = bin.resolve("az");
        Files.writeString(az, script);
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Process childJvm(Path bin, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), CliAccountProbe.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        return pb.start();
    }
}
