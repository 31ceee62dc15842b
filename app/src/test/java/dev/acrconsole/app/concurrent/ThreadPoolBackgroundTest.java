package dev.acrconsole.app.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadPoolBackgroundTest {
    @Test
    void workOfferedAfterCloseIsCancelledInsteadOfThrownAtTheCaller() throws Exception {
        ThreadPoolBackground background = new ThreadPoolBackground("test", 1);
        assertThat(background.submit(() -> "ran").get(5, TimeUnit.SECONDS)).isEqualTo("ran");
        background.close();

        assertThat(background.submit(() -> "late").isCancelled()).isTrue();
        assertThat(background.schedule(Duration.ofMillis(1), () -> { }).isDone()).isTrue();
    }
}
