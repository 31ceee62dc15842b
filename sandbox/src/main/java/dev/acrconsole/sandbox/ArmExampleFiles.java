package dev.acrconsole.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where Microsoft's published ARM examples (the contract tests' fixtures) are on this machine: {@code -Dacr.armExamples},
 * else {@code shared/arm-examples} beside the repository (or above it), else the per-user cache that
 * {@code scripts/FetchArmExamples.java} fills from the upstream repository at the commits {@code scripts/arm-examples.tsv}
 * pins. The cache counts only when it holds every file the manifest lists.
 */
public final class ArmExampleFiles {

    public static final String PROPERTY = "acr.armExamples";
    public static final String MANIFEST = "scripts/arm-examples.tsv";
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    private ArmExampleFiles() {
    }

    /** The folder, if one of the three places has it. */
    public static Optional<Path> find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path shared = p.resolve("shared").resolve("arm-examples");
            if (Files.isDirectory(shared)) {
                return Optional.of(shared);
            }
        }
        Path cache = cacheDir();
        return manifest().filter(m -> complete(cache, m)).map(m -> cache);
    }

    /** As {@link #find()}; when they are nowhere, says so on stderr, once per JVM, loudly (for tests that skip). */
    public static Optional<Path> findOrWarn() {
        Optional<Path> dir = find();
        if (dir.isEmpty() && WARNED.compareAndSet(false, true)) {
            System.err.println("*** CONTRACT TESTS SKIPPED: " + howToGetThem());
        }
        return dir;
    }

    /** {@code $ACR_CONSOLE_CACHE/arm-examples}, else {@code ~/.cache/acr-console/arm-examples} (every OS alike). */
    public static Path cacheDir() {
        String root = System.getenv("ACR_CONSOLE_CACHE");
        Path base = root != null && !root.isBlank() ? Path.of(root)
                : Path.of(System.getProperty("user.home"), ".cache", "acr-console");
        return base.resolve("arm-examples");
    }

    /** One line saying where the examples were looked for and how to get them. */
    public static String howToGetThem() {
        return "Microsoft's ARM examples were not found (-D" + PROPERTY + "=DIR, shared/arm-examples beside the repository, or "
                + cacheDir() + "): run `java " + MANIFEST.replace("arm-examples.tsv", "FetchArmExamples.java")
                + "` with network access to fetch them at their pinned commits.";
    }

    /** The manifest of the repository the working directory is in, if it is in one. */
    static Optional<Path> manifest() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path m = p.resolve(MANIFEST);
            if (Files.isRegularFile(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Every file the manifest lists (the first column of each line that is not a comment) is in {@code dir}. */
    static boolean complete(Path dir, Path manifest) {
        try {
            List<String> files = Files.readAllLines(manifest).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
            return !files.isEmpty() && files.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
