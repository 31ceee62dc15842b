package dev.acrconsole.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the OS prefers a dark scheme, asked the cheap way each OS offers: GNOME's {@code color-scheme} (or a GTK
 * theme named "...-dark"), Windows' {@code AppsUseLightTheme}, macOS' {@code AppleInterfaceStyle}. Runs a short
 * command, so it is called off the FX thread; anything that fails or takes too long means light.
 */
public final class OsColourScheme {
    private static final long TIMEOUT_MS = 1500;

    private OsColourScheme() {}

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return run(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(OsColourScheme::windowsDark).orElse(false);
        }
        if (os.contains("mac")) {
            // Prints "Dark" in dark mode; in light mode the key is absent and the command fails.
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).map(s -> s.trim().equalsIgnoreCase("dark"))
                    .orElse(false);
        }
        Optional<String> scheme = run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.isPresent() && scheme.get().contains("dark")) {
            return true;
        }
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null) {
            return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(s -> s.toLowerCase(Locale.ROOT).contains("dark")).orElse(false);
    }

    /** {@code reg query} answers "AppsUseLightTheme    REG_DWORD    0x0" in dark mode. */
    static boolean windowsDark(String out) {
        return out.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\s*");
    }

    private static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(System.getProperty("os.name", "")
                            .toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null"))).start();
            if (!p.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream in = p.getInputStream()) {
                String out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty(); // no such command on this desktop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
