package dev.acrconsole.app.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The one line a user reads when something fails in the background: its own words, never a Java class name. */
class ArmErrorsTest {
    @Test
    void anErrorThatCameThroughAFutureSaysItsOwnMessage() {
        CompletableFuture<Object> failed = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("The registry has no tasks");
        });

        Throwable joined = catchThrowable(failed::join);
        Throwable got = catchThrowable(failed::get);

        assertThat(ArmErrors.describe(joined)).isEqualTo("The registry has no tasks");
        assertThat(got).isInstanceOf(ExecutionException.class);
        assertThat(ArmErrors.describe(got)).isEqualTo("The registry has no tasks");
    }
}
