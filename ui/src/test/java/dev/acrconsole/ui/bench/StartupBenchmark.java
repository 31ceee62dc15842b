package dev.acrconsole.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the rendered tree with the scale dataset (10k registries) in the cache: runs
 * {@code ./acr-console --offline} (headless) several times and reads the time from process start to
 * the first layout of the cached tree, which the app prints when ACR_CONSOLE_TRACE_STARTUP is set.
 * Run by bench/run (which builds first, so the script does not); figures go in docs/benchmarks.md.
 */
public final class StartupBenchmark {
    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path root = Path.of(System.getProperty("acr.root", ".")).toAbsolutePath();
        Path dataDir = Files.createTempDirectory("acr-bench-startup");
        int resources = ScaleCache.fill(dataDir);
        System.out.printf("dataset: %s, %d cached resources%n", ScaleCache.SCALE, resources);

        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long ms = launchOnce(root, dataDir);
            System.out.printf("run %d: %d ms%n", i + 1, ms);
            if (i > 0) {
                times.add(ms); // the first run makes the class-data archive; reported, not counted
            }
        }
        times.sort(null);
        System.out.printf("startup to rendered tree: median %d ms, max %d ms (%d runs after one warm-up)%n",
                times.get(times.size() / 2), times.getLast(), times.size());
    }

    private static long launchOnce(Path root, Path dataDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("acr-console").toString(),
                "--offline", "--data-dir", dataDir.toString(),
                "--screenshot", dataDir.resolve("startup.png").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().put("ACR_CONSOLE_TRACE_STARTUP", "1");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        Long ms = null;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.startsWith("startup-ms=")) {
                    ms = Long.parseLong(line.substring("startup-ms=".length()).trim());
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0 || ms == null) {
            throw new IllegalStateException("the app did not start and report its start-up time (exit "
                    + (p.isAlive() ? "none" : p.exitValue()) + ")");
        }
        return ms;
    }
}
