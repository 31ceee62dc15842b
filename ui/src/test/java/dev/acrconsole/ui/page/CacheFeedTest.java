package dev.acrconsole.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.cache.CacheChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache notices on their way to the FX thread: a burst of writes waits there as one task, and none is missed. */
class CacheFeedTest {
    @TempDir
    Path dir;

    @Test
    void aRefreshsWritesWaitForTheFxThreadAsOneTaskAndAWriteAfterItStartsPostsAnother() {
        try (PageFixture f = PageFixture.sandbox(dir)) {
            List<Runnable> fxQueue = new ArrayList<>(); // an FX thread that is busy until the test runs its queue
            CacheFeed feed = new CacheFeed(f.services.database().changes(), fxQueue::add);
            AtomicInteger reads = new AtomicInteger();
            int[] writes = {0};
            try (CacheChanges.Subscription counted = f.services.database().changes().listen(c -> writes[0]++);
                 CacheChanges.Subscription page = feed.watch(c -> true, reads::incrementAndGet)) {
                f.refresh();
                assertThat(writes[0]).as("writes of one refresh").isGreaterThan(10);
                assertThat(fxQueue).as("tasks waiting for the FX thread").hasSize(1);

                fxQueue.removeFirst().run();
                assertThat(reads.get()).isEqualTo(1);

                f.refresh();
                assertThat(fxQueue).as("the writes after the run started post their own").hasSize(1);
                fxQueue.removeFirst().run();
                assertThat(reads.get()).isEqualTo(2);
            }
        }
    }
}
