package dev.acrconsole.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up to the rendered tree with the scale dataset (10k registries) in the cache: runs
 * {@code ./acr-console --offline} (headless) several times and times each from the moment it launches the command
 * (the launcher script's own work included, as a user waits for it) to the first layout of the cached tree, whose
 * wall-clock moment the app prints when ACR_CONSOLE_TRACE_STARTUP is set.
 * Usage: {@code StartupBenchmark [RUNS] [LAUNCHER...]}; with several launchers (e.g. ./acr-console
 * and the packaged app's) their runs alternate, so a busy machine slows them alike.
 * Run by bench/run (which builds first, so the script does not); figures go in docs/benchmarks.md.
 */
public final class StartupBenchmark {
    private static final String FIRST_FRAME = "first-frame-epoch-ms=";
    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Path root = Path.of(System.getProperty("acr.root", ".")).toAbsolutePath();
        List<Path> launchers = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            launchers.add(root.resolve(args[i]));
        }
        if (launchers.isEmpty()) {
            launchers.add(root.resolve("acr-console"));
        }
        Path dataDir = Files.createTempDirectory("acr-bench-startup");
        int resources = ScaleCache.fill(dataDir);
        System.out.printf("dataset: %s, %d cached resources%n", ScaleCache.SCALE, resources);

        // Each launcher reads a copy of its own: a newer build migrates its copy on its first run, and an older build
        // compared with it would refuse a cache of a newer schema.
        Map<Path, Path> dataDirs = new LinkedHashMap<>();
        for (Path launcher : launchers) {
            Path copy = Files.createTempDirectory("acr-bench-startup");
            BenchDirs.copy(dataDir, copy);
            dataDirs.put(launcher, copy);
        }
        Map<Path, List<Long>> times = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Path launcher : launchers) {
                long ms = launchOnce(launcher, dataDirs.get(launcher));
                System.out.printf("run %d, %s: %d ms%n", i + 1, root.relativize(launcher), ms);
                if (i > 0) { // the first run makes the class-data archive (./acr-console); reported, not counted
                    times.computeIfAbsent(launcher, l -> new ArrayList<>()).add(ms);
                }
            }
        }
        BenchDirs.delete(dataDir);
        for (Path copy : dataDirs.values()) {
            BenchDirs.delete(copy);
        }
        times.forEach((launcher, ms) -> {
            ms.sort(null);
            System.out.printf("%s: startup to rendered tree: median %d ms, max %d ms (%d runs after one warm-up)%n",
                    root.relativize(launcher), ms.get(ms.size() / 2), ms.getLast(), ms.size());
        });
    }

    private static long launchOnce(Path launcher, Path dataDir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(),
                "--offline", "--data-dir", dataDir.toString(),
                "--screenshot", dataDir.resolve("startup.png").toString());
        pb.environment().remove("DISPLAY");
        pb.environment().put("ACR_CONSOLE_TRACE_STARTUP", "1");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long launched = System.currentTimeMillis();
        Process p = pb.start();
        Long ms = null;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.startsWith(FIRST_FRAME)) {
                    ms = Long.parseLong(line.substring(FIRST_FRAME.length()).trim()) - launched;
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
