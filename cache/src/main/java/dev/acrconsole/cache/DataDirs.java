package dev.acrconsole.cache;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where ACR Console keeps its cache and settings by default, following each OS's convention. */
public final class DataDirs {
    static final String APP_DIR = "acr-console";

    private DataDirs() {}

    public static Path defaultDataDir() {
        return defaultDataDir(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path defaultDataDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("ACR Console");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("ACR Console");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve(APP_DIR);
    }
}
