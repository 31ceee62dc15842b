package dev.acrconsole.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the end of an operation goes to the desktop, and what happens where the desktop offers nothing: the OS's own
 * parts are real (a PATH with or without an executable named notify-send, run as a process), nothing is mocked.
 */
class DesktopNoticesTest {
    private static final Instant START = Instant.parse("2026-12-07T03:00:00Z");

    @TempDir
    Path dir;

    private static Operation ended(Duration took) {
        Operation op = Operation.pending("1", new CacheScope("sandbox", "Sandbox"), "registry.create", "Create registry r",
                "/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/r", null, "t", "PUT",
                "/x", "{}", Operation.After.refresh, null, START);
        return op.finished(Operation.State.Failed, "ProvisioningFailed", "No.", START.plus(took));
    }

    @Test
    void onlyALongOperationThatEndsWhileTheWindowIsNotFocusedGoesToTheDesktop() {
        assertThat(DesktopNotices.toDesktop(ended(Duration.ofSeconds(40)), false)).isTrue();
        assertThat(DesktopNotices.toDesktop(ended(Duration.ofSeconds(40)), true)).as("the user is looking").isFalse();
        assertThat(DesktopNotices.toDesktop(ended(Duration.ofSeconds(3)), false)).as("short: just watched it").isFalse();
        Operation running = ended(Duration.ofSeconds(40)).followedAgain(START.plusSeconds(50), false);
        assertThat(DesktopNotices.toDesktop(running, false)).as("not ended").isFalse();
    }

    @Test
    void withoutNotifySendOnThePathThereIsNoChannelAndTheToastIsAllThatTells() throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        assertThat(DesktopNotices.notifySend(dir.resolve("bin").toString())).isEmpty();
        DesktopNotices none = new DesktopNotices(Optional.empty());
        assertThat(none.notify(ended(Duration.ofMinutes(2)), false, "Create registry r failed")).isFalse();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void notifySendOnThePathIsRunWithTheTitleAndTheTextOnlyWhenTheWindowIsNotFocused() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path said = dir.resolve("said.txt");
        Path exe = bin.resolve("notify-send");
        Files.writeString(exe, "#!/bin/sh\nprintf '%s|' \"$@\" >> '" + said + "'\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        DesktopNotices notices = new DesktopNotices(DesktopNotices.notifySend("/nonexistent:" + bin).map(DesktopNotices.NotifySend::new));
        assertThat(notices.channel()).map(DesktopNotices.Channel::name).hasValue("notify-send");

        assertThat(notices.notify(ended(Duration.ofMinutes(2)), true, "focused")).isFalse();
        assertThat(said).doesNotExist();
        assertThat(notices.notify(ended(Duration.ofMinutes(2)), false, "Create registry r failed — ProvisioningFailed: No.")).isTrue();
        assertThat(Files.readString(said)).isEqualTo("--app-name=ACR Console|ACR Console|Create registry r failed — ProvisioningFailed: No.|");
    }
}
