package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.acrconsole.cache.DataDirLock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged cache through the real command line, where nobody can be asked: export, search and a headless
 * {@code --offline --screenshot} move it aside with one line on stderr, and export does not pass a cut document off as
 * a whole one. A window holding the data dir keeps it: the headless command leaves the move aside to it.
 */
class DamagedCacheCommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    /** Launcher.run with stdout and stderr caught (the refresh command's tests use it too). */
    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int code = Launcher.run(args);
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void exportFailsLoudlyMovesTheCacheAsideAndTheNextExportHasTheJournal() throws Exception {
        String op = DamagedCaches.damagedDataDir(dir);

        Run damaged = run("export", "--data-dir", dir.toString());

        assertThat(damaged.code()).isEqualTo(1);
        assertThatThrownBy(() -> new ObjectMapper().readTree(damaged.out()))
                .as("what was printed before the damage is no valid (empty) document").isNotNull();
        assertThat(damaged.err().lines().toList()).singleElement().asString()
                .startsWith("acr-console: export failed: The cache file " + dir.resolve("cache.db") + " is damaged (")
                .contains("Moved it aside to " + dir.resolve("cache.db.damaged-"), "The next refresh fills it again.");
        assertThat(damagedCopies()).hasSize(1);

        Run after = run("export", "--data-dir", dir.toString());
        assertThat(after.code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(after.out());
        assertThat(doc.get("resources")).isEmpty();
        assertThat(doc.get("operations").findValuesAsText("id")).contains(op);
    }

    @Test
    void withAWindowOnTheDataDirTheCommandSaysSoAndMovesNothing() throws Exception {
        DamagedCaches.damagedDataDir(dir);
        byte[] before = Files.readAllBytes(dir.resolve("cache.db"));
        try (DataDirLock window = DataDirLock.tryAcquire(dir).orElseThrow()) {
            Run r = run("export", "--data-dir", dir.toString(), "--format", "csv");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("is damaged", "The window open on it (process " + ProcessHandle.current().pid()
                    + ") offers to move it aside.");
        }
        assertThat(damagedCopies()).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("cache.db"))).isEqualTo(before);
    }

    @Test
    void aHeadlessOfflineScreenshotMovesItAsideAndStillMakesThePicture() throws Exception {
        DamagedCaches.damagedDataDir(dir);
        Path png = dir.resolve("shot.png");

        // A process of its own: the window's toolkit starts once per JVM, and this is the command line as users run it.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--offline", "--data-dir", dir.toString(), "--screenshot", png.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).contains("acr-console: The cache file " + dir.resolve("cache.db") + " is damaged",
                "Moved it aside to " + dir.resolve("cache.db.damaged-"));
        assertThat(png).isNotEmptyFile();
        assertThat(damagedCopies()).hasSize(1);
        assertThat(dir.resolve(DataDirLock.FILE_NAME)).exists();
    }

    private List<Path> damagedCopies() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("cache\\.db\\.damaged-\\d{8}-\\d{6}Z")).toList();
        }
    }
}
