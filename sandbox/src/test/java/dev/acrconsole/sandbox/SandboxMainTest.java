package dev.acrconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxMainTest {

    @Test
    void parsesEveryFlag() {
        SandboxMain.Options o = SandboxMain.parse(new String[] {"--port", "8443", "--scale", "10x1000", "--latency-ms", "25",
                "--page-size", "100", "--seed", "7", "--cert-out", "/tmp/x.pem", "--operation-ms", "500", "--retry-after", "2", "--state", "/tmp/state.json"});
        assertThat(o.config()).isEqualTo(new SandboxConfig(8443, 100, 25, new Scale(10, 1000), 7, Duration.ofMillis(500), 2,
                Path.of("/tmp/state.json")));
        assertThat(o.certOut()).isEqualTo(Path.of("/tmp/x.pem"));
        assertThat(SandboxMain.parse(new String[0])).isEqualTo(new SandboxMain.Options(SandboxConfig.defaults(), Path.of("sandbox-cert.pem")));
        assertThat(SandboxMain.parse(new String[] {"--big-repo-tags", "25000"}).config().bigRepositoryTags()).isEqualTo(25_000);
        // --throttle takes BURST/PER_SECOND, or ARM's own 250/25 without one; without the flag nothing is refused.
        assertThat(SandboxMain.parse(new String[] {"--throttle", "10/2", "--seed", "1"}).config().throttle())
                .isEqualTo(new SandboxConfig.Throttle(10, 2));
        assertThat(SandboxMain.parse(new String[] {"--throttle", "--seed", "1"}).config().throttle())
                .isEqualTo(new SandboxConfig.Throttle(250, 25));
        assertThat(SandboxMain.parse(new String[] {"--throttle"}).config().throttle()).isEqualTo(new SandboxConfig.Throttle(250, 25));
        assertThat(SandboxMain.parse(new String[0]).config().throttle()).isNull();
    }

    @Test
    void refusesBadFlags() {
        for (String[] args : List.of(new String[] {"--bogus", "1"}, new String[] {"--port"}, new String[] {"--port", "abc"},
                new String[] {"--scale", "10"}, new String[] {"--page-size", "0"}, new String[] {"stray"},
                new String[] {"--throttle", "fast"}, new String[] {"--throttle", "0/1"})) {
            assertThatThrownBy(() -> SandboxMain.parse(args)).as(String.join(" ", args)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static Process java(Path dir, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SandboxMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).start();
    }

    @Test
    void badFlagPrintsUsageAndExits2(@TempDir Path dir) throws Exception {
        Process p = java(dir, "--nope", "1");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(err).contains("unknown flag --nope", "usage:", "--scale");
    }

    @Test
    void runsPrintsTheUrlAndWritesTheCertificate(@TempDir Path dir) throws Exception {
        Process p = java(dir, "--cert-out", "cert.pem", "--page-size", "3");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).matches("ACR Console sandbox listening on https://127\\.0\\.0\\.1:\\d+/");
            assertThat(CertificateFactory.getInstance("X.509").generateCertificate(Files.newInputStream(dir.resolve("cert.pem"))))
                    .isNotNull();
            List<String> dataPlanes = new java.util.ArrayList<>();
            for (String line = out.readLine(); line != null && !line.startsWith("press Ctrl+C"); line = out.readLine()) {
                if (line.startsWith("data-plane ")) {
                    dataPlanes.add(line);
                }
            }
            // One line per registry with a data plane: login server, its URL, and a login that works.
            assertThat(dataPlanes).hasSize(4).allMatch(l -> l.matches("data-plane \\S+\\.azurecr\\.io https://127\\.0\\.0\\.1:\\d+/ \\S+ \\S+"));
            assertThat(dataPlanes).anyMatch(l -> l.startsWith("data-plane contosodevacr.azurecr.io ") && l.contains("/ contosodevacr "));
        } finally {
            p.destroy(); // SIGTERM, like Ctrl+C: the shutdown hook closes the server
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
