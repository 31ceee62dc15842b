package dev.acrconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data dir's log file: what SLF4J (azure-core) logs lands there, at the chosen level, without secrets. */
class LogFileTest {
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        LogFile.close();
        java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
    }

    @Test
    void warningsThroughSlf4jReachTheFileWithTheirSecretsRedacted() throws Exception {
        assertThat(LogFile.install(dir, "warn")).isNull();
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("com.azure.core.http");
        log.warn("PUT https://bob:hunter2@acr.example.com/x failed; body {\"password\":\"Pl4nted-Secret\"}; "
                + "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0In0.c2lnbmF0dXJl");
        log.info("an info line that warn leaves out");
        log.error("blob https://sa.blob.core.windows.net/logs/run.log?sv=2024-01-01&sig=Zm9vYmFy%3D", new IllegalStateException("token=abc123tok"));

        Path file = dir.resolve("logs").resolve("acr-console.log");
        assertThat(file).exists();
        String text = Files.readString(file);
        assertThat(text).contains("WARNING com.azure.core.http: PUT https://[redacted]@acr.example.com/x failed",
                "SEVERE", "https://sa.blob.core.windows.net/logs/run.log?[redacted]", "IllegalStateException");
        assertThat(text).doesNotContain("hunter2", "Pl4nted-Secret", "eyJhbGciOiJIUzI1NiJ9", "sig=Zm9vYmFy", "abc123tok",
                "an info line");
    }

    @Test
    void theLevelIsTheCommandLinesAndTheFileRollsOverWithinItsCap() throws Exception {
        assertThat(LogFile.install(dir, "debug")).isNull();
        org.slf4j.LoggerFactory.getLogger("dev.acrconsole.test").debug("a debug line");
        assertThat(Files.readString(LogFile.file(dir))).contains("FINE dev.acrconsole.test: a debug line");
        LogFile.close();

        Path file = dir.resolve("rolling.log");
        LogFile.RollingHandler handler = new LogFile.RollingHandler(file, 1000, 3);
        handler.setFormatter(new LogFile.RedactingFormatter());
        for (int i = 0; i < 100; i++) {
            handler.publish(new LogRecord(Level.WARNING, "line " + i + " " + "x".repeat(80)));
        }
        handler.close();
        assertThat(Files.readString(file)).contains("line 99");
        assertThat(dir.resolve("rolling.log.1")).exists();
        assertThat(dir.resolve("rolling.log.2")).exists();
        assertThat(dir.resolve("rolling.log.3")).as("three files at most").doesNotExist();
        for (String name : new String[] {"rolling.log", "rolling.log.1", "rolling.log.2"}) {
            assertThat(Files.size(dir.resolve(name))).isLessThanOrEqualTo(1000);
        }
    }
}
