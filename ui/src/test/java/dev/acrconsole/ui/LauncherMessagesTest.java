package dev.acrconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.acrconsole.app.catalog.Kinds;
import dev.acrconsole.app.cli.CommandLineParser;
import dev.acrconsole.app.cli.LaunchOptions;
import dev.acrconsole.cache.CacheDatabase;
import dev.acrconsole.cache.DataDirLock;
import dev.acrconsole.ui.shell.WindowCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says when a path it was given is wrong, through the real {@link Launcher#run} over real files:
 * one line that says what is wrong and what to do, exit 1, never a class name or a stack trace. Each of these once
 * said something that misled (issue 14, item 9). All fail before a window would open.
 */
class LauncherMessagesTest {
    @TempDir
    Path dir;

    record Result(int code, String err) {
        /** The one line the user reads. */
        String line() {
            List<String> lines = err.lines().toList();
            assertThat(lines).as("stderr: " + err).hasSize(1);
            assertThat(err).doesNotContain("Exception", "\tat ", "java.");
            return lines.getFirst();
        }
    }

    static Result run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Launcher.run(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private String shot() {
        return dir.resolve("shot.png").toString();
    }

    @Test
    void aDataDirThatIsAFileIsCalledSo() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

        Result window = run("--offline", "--data-dir", file.toString(), "--screenshot", shot());
        assertThat(window.code()).isEqualTo(1);
        assertThat(window.line()).contains(file + " is a file, not a directory", "--data-dir")
                .doesNotContain(file + ": " + file);

        Result below = run("--offline", "--data-dir", file.resolve("sub").toString(), "--screenshot", shot());
        assertThat(below.code()).isEqualTo(1);
        assertThat(below.line()).contains("Cannot create the data directory", file + " is a file", "Choose another --data-dir");

        Result export = run("export", "--data-dir", file.toString());
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.line()).contains("is a file, not a directory").doesNotContain("no cache");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void aCacheFileThatIsAFolderIsCalledSoNotAPermissionProblem() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("cache.db"));

        for (Result r : List.of(run("--offline", "--data-dir", data.toString(), "--screenshot", shot()),
                run("search", "x", "--data-dir", data.toString()))) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.line()).contains(data.resolve("cache.db") + " is a folder, not a file", "move the folder away")
                    .doesNotContain("permissions", "no cache");
        }
    }

    @Test
    void anUnrelatedSqliteFileIsNotCalledAnAcrConsoleCache() throws Exception {
        Path other = dir.resolve("inventory.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE item (name TEXT)");
        }
        Result r = run("--snapshot", other.toString(), "--data-dir", dir.resolve("data").toString(), "--screenshot", shot());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.line()).contains("is a SQLite database, but not an ACR Console snapshot", "Export snapshot")
                .doesNotContain("is an ACR Console cache");
        assertThat(Files.exists(Path.of(other + "-wal"))).isFalse();
    }

    @Test
    void aGarbageSnapshotIsNotBlamedOnTheDataDir() throws Exception {
        byte[] bytes = new byte[8192];
        new Random(3).nextBytes(bytes);
        Path garbage = Files.write(dir.resolve("review.acrsnap"), bytes);
        Result r = run("--snapshot", garbage.toString(), "--screenshot", shot());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.line()).contains("is not an ACR Console snapshot", "Export snapshot").doesNotContain("--data-dir");
    }

    @Test
    void aBadSettingsFileIsOneLineWithoutAClassName() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("settings.json"), "{bad");
        Result r = run("--offline", "--data-dir", data.toString(), "--screenshot", shot());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.line()).contains("The settings file", "cannot be read", "Fix or move it aside")
                .doesNotContain("SettingsException", "did not settle");
    }

    @Test
    void aSecondWindowOnADataDirSaysSoAndExitsWhileExportAndSearchStillRead() throws Exception {
        Path data = dir.resolve("data");
        CacheDatabase.open(data, Kinds.CATALOG.cachePolicy()).close();
        // The first window's lock (another process's is the same lock: DataDirLockTest), and its answer to a second launch.
        AtomicInteger forward = new AtomicInteger();
        try (DataDirLock first = DataDirLock.tryAcquire(data).orElseThrow();
             WindowCall answering = WindowCall.answer(data, forward::incrementAndGet)) {
            assertThat(answering.listening().get(10, TimeUnit.SECONDS)).isTrue();
            Result second = run("--offline", "--data-dir", data.toString(), "--screenshot", shot());
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.line()).contains("another ACR Console window is open on the data dir " + data,
                    "process " + ProcessHandle.current().pid(), "another --data-dir");
            assertThat(Files.exists(Path.of(shot()))).isFalse();
            assertThat(forward).as("a screenshot does not call the window forward").hasValue(0);

            assertThat(run("search", "anything", "--data-dir", data.toString()).code()).isZero();
            PrintStream saved = System.out;
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            try {
                assertThat(run("export", "--data-dir", data.toString()).code()).isZero();
            } finally {
                System.setOut(saved);
            }
        }
    }

    @Test
    void aSecondDesktopLaunchBringsTheOpenWindowForwardOrSaysWhoHoldsTheDataDir() throws Exception {
        Path data = dir.resolve("data");
        CacheDatabase.open(data, Kinds.CATALOG.cachePolicy()).close();
        LaunchOptions desktop = CommandLineParser.parse(new String[] {"--offline", "--data-dir", data.toString()});
        AtomicInteger forward = new AtomicInteger();
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataDirLock first = DataDirLock.tryAcquire(data).orElseThrow()) {
            try (WindowCall answering = WindowCall.answer(data, forward::incrementAndGet)) {
                assertThat(answering.listening().get(10, TimeUnit.SECONDS)).isTrue();
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                assertThat(Launcher.windowOpenElsewhere(desktop, data)).isZero();
            } finally {
                System.setOut(saved);
            }
            assertThat(forward).hasValue(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                    "acr-console: the window already open on the data dir " + data + " was brought forward." + System.lineSeparator());

            // The window that held it no longer answers (it hangs, or ended and another process took the lock).
            PrintStream savedErr = System.err;
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                assertThat(Launcher.windowOpenElsewhere(desktop, data)).isEqualTo(1);
            } finally {
                System.setErr(savedErr);
            }
            assertThat(new Result(1, err.toString(StandardCharsets.UTF_8)).line())
                    .contains("another ACR Console window is open on the data dir " + data);
        }
    }

    @Test
    void aSearchWithAnOperatorItLacksSaysSo() throws Exception {
        Path data = dir.resolve("data");
        CacheDatabase.open(data, Kinds.CATALOG.cachePolicy()).close();
        Result r = run("search", "contoso OR fabrikam", "--data-dir", data.toString());
        assertThat(r.code()).isZero();
        assertThat(r.line()).contains("OR is not supported");
    }

    @Test
    void aScreenshotPathThatCannotBeWrittenIsSaidBeforeAnythingStarts() throws Exception {
        Path data = dir.resolve("data");
        Result folder = run("--offline", "--data-dir", data.toString(), "--screenshot", dir.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.line()).contains("cannot write the screenshot", "is a folder", "give --screenshot a file name");

        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Result under = run("--offline", "--data-dir", data.toString(), "--screenshot", file.resolve("shot.png").toString());
        assertThat(under.code()).isEqualTo(1);
        assertThat(under.line()).contains("cannot write the screenshot", file + " is a file");
        assertThat(data).as("nothing was opened").doesNotExist();
    }
}
