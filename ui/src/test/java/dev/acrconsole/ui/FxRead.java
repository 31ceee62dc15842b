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

    /** {@code read}'s answer; what it threw (a node not there yet) is thrown here as it was. */
    public static <T> T on(Callable<T> read) {
        try {
            if (Platform.isFxApplicationThread()) {
                return read.call();
            }
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
