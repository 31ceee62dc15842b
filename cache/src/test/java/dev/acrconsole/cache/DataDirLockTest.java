package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data dir's lock between two real processes: held while one runs, free once it ends, even by kill -9. */
class DataDirLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedWhileTheFirstHoldsItAndGetsItWhenTheFirstEnds() throws Exception {
        Process first = holder();
        try {
            assertThat(DataDirLock.tryAcquire(dir)).as("held by the first process").isEmpty();
            assertThat(DataDirLock.holder(dir)).isEqualTo("process " + first.pid());
        } finally {
            first.getOutputStream().close(); // a clean exit
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (DataDirLock mine = DataDirLock.tryAcquire(dir).orElseThrow()) {
            assertThat(DataDirLock.holder(dir)).isEqualTo("process " + ProcessHandle.current().pid());
            // A second window of this same process is a second holder too.
            assertThat(DataDirLock.tryAcquire(dir)).isEmpty();
        }
        try (DataDirLock again = DataDirLock.tryAcquire(dir).orElseThrow()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aKilledHolderLeavesNoStaleLock() throws Exception {
        Process first = holder();
        assertThat(DataDirLock.tryAcquire(dir)).isEmpty();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no close
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Optional<DataDirLock> mine = DataDirLock.tryAcquire(dir);
        assertThat(mine).isPresent();
        mine.get().close();
    }

    /** A real second JVM holding the lock on {@link #dir}, once it says so. */
    private Process holder() throws Exception {
        String classPath = Path.of(LockHolder.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(DataDirLock.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, LockHolder.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("locked");
        return p;
    }
}
