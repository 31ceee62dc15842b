package dev.acrconsole.ui.notify;

import dev.acrconsole.cache.Operation;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A desktop notification when a long operation ends while the window is not focused, where the OS offers one: on Linux
 * {@code notify-send} when it is on the PATH, elsewhere AWT's {@code SystemTray} when supported. Where neither is there
 * the window's toast is all (it is shown in every case; the operation's details keep ARM's whole error). Toolkit-free:
 * the FX side only says whether the window has the focus.
 */
public final class DesktopNotices {
    /** An operation that ended sooner was watched by the user anyway: no notification for it. */
    public static final Duration LONG = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(DesktopNotices.class.getName());

    /** How a notification reaches the desktop. */
    public interface Channel {
        /** Shows it; false when it could not. Blocks (a process, the OS): call off the FX thread. */
        boolean show(String title, String text);

        String name();
    }

    private final Optional<Channel> channel;

    public DesktopNotices(Optional<Channel> channel) {
        this.channel = channel;
    }

    /** The channel this OS offers: notify-send on the PATH (Linux), else the system tray where AWT supports one. */
    public static DesktopNotices forThisDesktop() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") || os.contains("bsd")) {
            return new DesktopNotices(notifySend(System.getenv("PATH")).map(NotifySend::new));
        }
        return new DesktopNotices(Tray.supported() ? Optional.of(new Tray()) : Optional.empty());
    }

    /** Whether the end of {@code op} goes to the desktop: it ran at least {@link #LONG} and the window is not focused. */
    public static boolean toDesktop(Operation op, boolean windowFocused) {
        return !windowFocused && op.finishedAt() != null && !op.state().followed()
                && Duration.between(op.createdAt(), op.finishedAt()).compareTo(LONG) >= 0;
    }

    public Optional<Channel> channel() {
        return channel;
    }

    /**
     * Sends {@code text} to the desktop when {@link #toDesktop} says so and a channel is there; false otherwise (the
     * toast is then the only notice). Blocks: off the FX thread.
     */
    public boolean notify(Operation op, boolean windowFocused, String text) {
        if (!toDesktop(op, windowFocused) || channel.isEmpty()) {
            return false;
        }
        try {
            return channel.get().show("ACR Console", text);
        } catch (RuntimeException e) { // the desktop's fault: the toast still tells
            LOG.log(System.Logger.Level.WARNING, "Desktop notification failed: " + e.getMessage());
            return false;
        }
    }

    /** The {@code notify-send} executable on {@code path} (the PATH's form), if any. */
    public static Optional<Path> notifySend(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, "notify-send");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Linux desktops: libnotify's command line. */
    public record NotifySend(Path executable) implements Channel {
        @Override
        public boolean show(String title, String text) {
            try {
                Process p = new ProcessBuilder(List.of(executable.toString(), "--app-name=ACR Console", title, text))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public String name() {
            return "notify-send";
        }
    }

    /** macOS and Windows: a tray icon's message (made on first use, kept for the next). */
    static final class Tray implements Channel {
        private java.awt.TrayIcon icon;

        static boolean supported() {
            try {
                return !java.awt.GraphicsEnvironment.isHeadless() && java.awt.SystemTray.isSupported();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        @Override
        public synchronized boolean show(String title, String text) {
            try {
                if (icon == null) {
                    java.awt.Image image = java.awt.Toolkit.getDefaultToolkit().getImage(
                            DesktopNotices.class.getResource("/dev/acrconsole/ui/icons/acr-console-64.png"));
                    icon = new java.awt.TrayIcon(image, "ACR Console");
                    icon.setImageAutoSize(true);
                    java.awt.SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, text, java.awt.TrayIcon.MessageType.INFO);
                return true;
            } catch (java.awt.AWTException | RuntimeException e) {
                return false;
            }
        }

        @Override
        public String name() {
            return "system tray";
        }
    }
}
