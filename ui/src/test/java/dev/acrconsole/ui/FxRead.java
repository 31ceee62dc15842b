package dev.acrconsole.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window test's read of the scene, made on the FX thread: a lookup from the test's thread walks children lists the
 * FX thread may be changing, and once failed CI with an IndexOutOfBoundsException inside TestFX's lookup.
 */
public final class FxRead {
    private FxRead() {}

    /** {@code read}'s answer; what it threw (a node not there yet, a failed assertion) is thrown here as it was. */
    public static <T> T on(Callable<T> read) {
        try {
            if (Platform.isFxApplicationThread()) {
                return read.call();
            }
            // Caught on the FX thread and thrown here: TestFX prints every exception its FX calls throw.
            Outcome<T> outcome = WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return new Outcome<>(read.call(), null);
                } catch (RuntimeException e) {
                    return new Outcome<T>(null, e);
                }
            }).get(10, TimeUnit.SECONDS);
            if (outcome.failure() != null) {
                throw outcome.failure();
            }
            return outcome.value();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // an assertion made on the FX thread fails the test as it is
            }
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome<T>(T value, RuntimeException failure) {}
}
