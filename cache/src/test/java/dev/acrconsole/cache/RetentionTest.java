package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String RUNS = "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r/runs/";

    @TempDir
    Path dir;

    @Test
    void archivedRunLogsOlderThanTheSettingGoWithTheirFilesAndTheSizeCountsThem() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            RunLogArchive archive = new RunLogArchive(db);
            CacheScope scope = TestRows.SCOPE;
            archive.archive(scope, RUNS + "ca1", log("old run\n".repeat(15_000)), NOW.minus(Duration.ofDays(200)));
            archive.archive(scope, RUNS + "ca2", log("recent run\n"), NOW.minus(Duration.ofDays(1)));
            long before = Retention.size(db);
            new CacheSettings(db).put("retention.runLogs.days", "30");

            Retention.apply(db, NOW);

            assertThat(archive.find(scope, RUNS + "ca1")).as("the old log").isEmpty();
            assertThat(archive.find(scope, RUNS + "ca2")).as("the recent log").isPresent();
            try (var files = Files.list(archive.dir())) {
                assertThat(files.toList()).as("files left in run-logs/").hasSize(1);
            }
            assertThat(Retention.size(db)).isLessThanOrEqualTo(before - 100_000);
        }
    }

    private Path log(String text) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "log", ".part"), text);
    }
}
