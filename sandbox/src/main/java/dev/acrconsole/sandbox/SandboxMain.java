package dev.acrconsole.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs a sandbox from the command line until Ctrl+C. */
public final class SandboxMain {

    static final String USAGE = """
            usage: SandboxMain [--port N] [--scale SxR] [--latency-ms N] [--page-size N] [--seed N] [--cert-out FILE]
                              [--operation-ms N] [--retry-after N] [--state FILE] [--big-repo-tags N]
                              [--throttle [BURST/PER_SECOND]]
              --port N        port on 127.0.0.1 (default 0: a free port)
              --scale SxR     generate S subscriptions with R registries each, e.g. 10x1000 (default: the demo sample)
              --latency-ms N  delay before each answer (default 0)
              --page-size N   items per page of list calls (default 5)
              --seed N        data generator seed (default 42)
              --cert-out FILE where to write the certificate PEM (default ./sandbox-cert.pem)
              --operation-ms N how long each long-running operation runs (default 3000)
              --retry-after N  the Retry-After seconds sent while one runs (default 1)
              --state FILE    keep what is written to the sandbox in FILE across restarts (default: start afresh)
              --big-repo-tags N tags of the data plane's big repository stress/many-tags (default 10000; 0: none)
              --throttle [BURST/PER_SECOND] answer 429 + Retry-After when a subscription's read bucket is empty, as
                              ARM does (default 250/25, ARM's; without the flag the rate-limit headers only count)
            """;

    /** The parsed command line. */
    record Options(SandboxConfig config, Path certOut) {
    }

    private SandboxMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        try {
            run(options, System.out);
        } catch (UncheckedIOException e) {
            System.err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(1);
        }
    }

    static Options parse(String[] args) {
        SandboxConfig config = SandboxConfig.defaults();
        Path certOut = Path.of("sandbox-cert.pem");
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--throttle")) { // its value is optional: ARM's own limits without one
                boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--");
                config = config.withThrottle(valued ? SandboxConfig.Throttle.parse(args[++i]) : Throttling.ARM_DEFAULT);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag.startsWith("--") ? flag + " needs a value" : "unknown argument " + flag);
            }
            String value = args[++i];
            config = switch (flag) {
                case "--port" -> config.withPort(number(flag, value));
                case "--scale" -> config.withScale(Scale.parse(value));
                case "--latency-ms" -> config.withLatencyMs(number(flag, value));
                case "--page-size" -> config.withPageSize(number(flag, value));
                case "--seed" -> config.withSeed(longNumber(flag, value));
                case "--operation-ms" -> config.withOperationDuration(java.time.Duration.ofMillis(longNumber(flag, value)));
                case "--retry-after" -> config.withRetryAfterSeconds(number(flag, value));
                case "--state" -> config.withStateFile(Path.of(value));
                case "--big-repo-tags" -> config.withBigRepositoryTags(number(flag, value));
                case "--cert-out" -> {
                    certOut = Path.of(value);
                    yield config;
                }
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            };
        }
        return new Options(config, certOut);
    }

    private static int number(String flag, String value) {
        long n = longNumber(flag, value);
        if (n != (int) n) {
            throw new IllegalArgumentException(flag + " is too large: " + value);
        }
        return (int) n;
    }

    private static long longNumber(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " needs a whole number, got '" + value + "'");
        }
    }

    private static void run(Options options, PrintStream out) {
        SandboxServer server = SandboxServer.start(options.config());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sandbox-shutdown"));
        try {
            Files.writeString(options.certOut(), server.certificatePem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            server.close();
            System.err.println("error: cannot write " + options.certOut() + ": " + e.getMessage());
            System.exit(1);
        }
        SandboxData data = server.data();
        out.println("ACR Console sandbox listening on " + server.baseUrl());
        out.println("certificate: " + options.certOut().toAbsolutePath());
        out.println("bearer token: " + SandboxServer.token() + " (any non-empty bearer token is accepted)");
        out.println("data: " + data.tenants().size() + " tenants, " + data.subscriptions().size() + " subscriptions, "
                + data.resourceGroups().size() + " resource groups, " + data.registries().size() + " registries");
        if (server.throttling().enabled()) {
            out.println("throttling: " + server.throttling().limits().burst() + " reads burst, "
                    + server.throttling().limits().perSecond() + " a second, per subscription (429 + Retry-After when empty)");
        }
        server.stateFile().ifPresent(f -> out.println("state: " + f.toAbsolutePath() + " (kept across restarts)"));
        // One line per registry whose data plane a client (docker, skopeo, curl) can reach, with a login that works.
        server.dataPlaneUrls().forEach((loginServer, url) -> server.dataPlaneLogin(loginServer).ifPresent(login ->
                out.println("data-plane " + loginServer + " " + url + " " + login.username() + " " + login.password())));
        server.stateNote().ifPresent(note -> out.println("warning: " + note));
        out.println("press Ctrl+C to stop");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
