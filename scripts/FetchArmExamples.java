import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Fills the per-user cache of Microsoft's ARM examples (the contract tests' fixtures) from the upstream repository, at
 * the commits scripts/arm-examples.tsv pins, checking each file's SHA-256. Run it from anywhere in the repository:
 *
 * <pre>java scripts/FetchArmExamples.java            # fetch what is missing; exit 1 if it could not
 * java scripts/FetchArmExamples.java --if-needed  # the build's way: nothing when the examples are already there
 *                                                 # (-Dacr.armExamples, shared/arm-examples, or a full cache), one
 *                                                 # line and exit 0 when the network is not there</pre>
 *
 * The cache is $ACR_CONSOLE_CACHE/arm-examples, else ~/.cache/acr-console/arm-examples (the tests look there too).
 * The first failed download ends the run: without the network the build does not wait on 122 time-outs.
 */
public final class FetchArmExamples {

    private record Entry(String file, String repository, String path, String commit, String sha256) {
        URI upstream() {
            // ACR_ARM_EXAMPLES_UPSTREAM: a mirror with the same layout (a proxy cache, or a test).
            String base = System.getenv().getOrDefault("ACR_ARM_EXAMPLES_UPSTREAM", "https://raw.githubusercontent.com");
            return URI.create(base + "/" + repository + "/" + commit + "/" + path);
        }
    }

    public static void main(String[] args) throws Exception {
        boolean ifNeeded = List.of(args).contains("--if-needed");
        if (List.of(args).contains("--offline=true")) {
            return; // mvn -o: the build asked for no network
        }
        Path manifest = manifest();
        if (manifest == null) {
            System.err.println("arm-examples: scripts/arm-examples.tsv not found above " + Path.of("").toAbsolutePath());
            System.exit(ifNeeded ? 0 : 1);
        }
        String configured = System.getProperty("acr.armExamples");
        Path shared = shared();
        if (configured != null && !configured.isBlank() || shared != null) {
            if (!ifNeeded) {
                System.out.println("arm-examples: the tests use " + (shared != null ? shared : configured) + "; nothing to fetch");
            }
            return;
        }
        Path cache = cacheDir();
        List<Entry> missing = new ArrayList<>();
        for (Entry e : entries(manifest)) {
            Path file = cache.resolve(e.file());
            if (!Files.isRegularFile(file) || !sha256(Files.readAllBytes(file)).equals(e.sha256())) {
                missing.add(e);
            }
        }
        if (missing.isEmpty()) {
            if (!ifNeeded) {
                System.out.println("arm-examples: " + cache + " holds every file of the manifest");
            }
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NORMAL).proxy(ProxySelector.getDefault()).build();
        int fetched = 0;
        for (Entry e : missing) {
            String problem = fetch(http, e, cache.resolve(e.file()));
            if (problem != null) {
                System.err.println("arm-examples: could not fetch " + e.file() + " (" + problem + "); " + fetched + " of "
                        + missing.size() + " fetched into " + cache + ". Without them the contract tests are skipped.");
                System.exit(ifNeeded ? 0 : 1);
            }
            fetched++;
        }
        System.out.println("arm-examples: fetched " + fetched + " files into " + cache + " (SHA-256 checked)");
    }

    /** Null when the file landed with the pinned SHA-256, else what went wrong. */
    private static String fetch(HttpClient http, Entry e, Path target) {
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(e.upstream()).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                return "HTTP " + answer.statusCode() + " from " + e.upstream();
            }
            String sha = sha256(answer.body());
            if (!sha.equals(e.sha256())) {
                return "SHA-256 " + sha + " is not the pinned " + e.sha256();
            }
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            Files.write(part, answer.body());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException ex) {
            return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static List<Entry> entries(Path manifest) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            entries.add(new Entry(c[0], c[1], c[2], c[3], c[4]));
        }
        return entries;
    }

    private static Path manifest() {
        return above(Path.of("scripts", "arm-examples.tsv"), Files::isRegularFile);
    }

    /** shared/arm-examples beside the repository (or above it), as the tests look for it. */
    private static Path shared() {
        return above(Path.of("shared", "arm-examples"), Files::isDirectory);
    }

    /** {@code relative} under the working directory or the nearest folder above it where it is, else null. */
    private static Path above(Path relative, java.util.function.Predicate<Path> is) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (is.test(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        return null;
    }

    private static Path cacheDir() {
        String root = System.getenv("ACR_CONSOLE_CACHE");
        Path base = root != null && !root.isBlank() ? Path.of(root) : Path.of(System.getProperty("user.home"), ".cache", "acr-console");
        return base.resolve("arm-examples");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
