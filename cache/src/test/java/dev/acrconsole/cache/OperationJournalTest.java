package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationJournalTest {
    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aJournaledOperationSurvivesReopeningTheCacheWithEveryField() {
        Operation running;
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            OperationJournal journal = new OperationJournal(db);
            Operation pending = TestRows.operation("op-1", T);
            journal.save(pending);
            running = pending.running(Operation.PollMode.location, "https://arm/op/1", T.plusSeconds(10), T.plusSeconds(1))
                    .polled(T.plusSeconds(20), true, "Throttled by ARM", T.plusSeconds(10));
            journal.save(running);
        }
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            OperationJournal journal = new OperationJournal(db);
            Operation back = journal.get("op-1").orElseThrow();
            assertThat(back).usingRecursiveComparison().ignoringFields("requestBody").isEqualTo(running);
            assertThat(back.state()).isEqualTo(Operation.State.Running);
            assertThat(back.throttled()).isEqualTo(1);
            assertThat(journal.unfinished(TestRows.SCOPE)).extracting(Operation::id).containsExactly("op-1");
            assertThat(journal.unfinished(new CacheScope("someone-else", "Sandbox"))).isEmpty();
        }
    }

    @Test
    void requestBodiesLoseTheirSecretsBeforeTheyReachTheFile() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            OperationJournal journal = new OperationJournal(db);
            journal.save(TestRows.operation("op-1", T));
            assertThat(journal.get("op-1").orElseThrow().requestBody()).contains("Premium").doesNotContain(TestRows.PLANTED_SECRET);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(TestRows.PLANTED_SECRET);
            }
        }
    }

    @Test
    void onlyFinishedOperationsCanBeDismissedAndDismissedOnesLeaveThePanelNotTheJournal() {
        try (CacheDatabase db = CacheDatabase.open(dir, TestKinds.POLICY)) {
            OperationJournal journal = new OperationJournal(db);
            journal.save(TestRows.operation("running", T));
            journal.save(TestRows.operation("done", T.plusSeconds(1)).finished(Operation.State.Succeeded, null, null, T.plusSeconds(5)));

            assertThat(journal.dismiss("running")).isFalse();
            assertThat(journal.dismiss("done")).isTrue();
            assertThat(journal.recent(TestRows.SCOPE, 10)).extracting(Operation::id).containsExactly("running");
            assertThat(journal.all()).extracting(Operation::id).containsExactly("running", "done");
        }
    }
}
