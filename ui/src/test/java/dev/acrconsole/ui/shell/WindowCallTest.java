package dev.acrconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.app.settings.WindowCallFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second launch calling the window open on a data dir, over a real loopback socket (ADR 0022). */
class WindowCallTest {
    @TempDir
    Path dir;

    @Test
    void theOpenWindowIsCalledForwardUntilItCloses() throws Exception {
        AtomicInteger forward = new AtomicInteger();
        try (WindowCall window = WindowCall.answer(dir, forward::incrementAndGet)) {
            assertThat(window.listening().get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(WindowCall.bringForward(dir)).isTrue();
            assertThat(WindowCall.bringForward(dir)).isTrue();
            assertThat(forward).hasValue(2);
            Path file = dir.resolve(WindowCallFile.FILE_NAME);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as("the token is the owner's alone").isEqualTo("rw-------");
            }
        }
        assertThat(dir.resolve(WindowCallFile.FILE_NAME)).doesNotExist();
        assertThat(WindowCall.bringForward(dir)).as("no window any more").isFalse();
        assertThat(forward).hasValue(2);
    }

    @Test
    void aCallerWithoutTheTokenIsRefused() throws Exception {
        AtomicInteger forward = new AtomicInteger();
        try (WindowCall window = WindowCall.answer(dir, forward::incrementAndGet)) {
            assertThat(window.listening().get(10, TimeUnit.SECONDS)).isTrue();
            WindowCallFile file = new WindowCallFile(dir);
            file.write(new WindowCallFile.Address(file.read().orElseThrow().port(), "00112233445566778899aabbccddeeff"));
            assertThat(WindowCall.bringForward(dir)).isFalse();
            assertThat(forward).hasValue(0);
        }
    }

    @Test
    void aWindowClosedBeforeItListensLeavesNoFile() throws Exception {
        WindowCall window = WindowCall.answer(dir, () -> { });
        window.close();
        window.listening().get(10, TimeUnit.SECONDS); // listening or not, it is closed now
        assertThat(dir.resolve(WindowCallFile.FILE_NAME)).doesNotExist();
        assertThat(WindowCall.bringForward(dir)).isFalse();
    }

    @Test
    void aFileLeftByAWindowThatDiedCallsNobody() throws Exception {
        int port;
        try (ServerSocket gone = new ServerSocket(0)) {
            port = gone.getLocalPort();
        }
        new WindowCallFile(dir).write(new WindowCallFile.Address(port, "00112233445566778899aabbccddeeff"));
        assertThat(WindowCall.bringForward(dir)).isFalse();
        Files.writeString(dir.resolve(WindowCallFile.FILE_NAME), "not ours");
        assertThat(WindowCall.bringForward(dir)).isFalse();
        Files.delete(dir.resolve(WindowCallFile.FILE_NAME));
        assertThat(WindowCall.bringForward(dir)).as("no file: no window has listened here").isFalse();
    }
}
