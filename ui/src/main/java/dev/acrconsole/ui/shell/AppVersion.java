package dev.acrconsole.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version (the pom's, written into a resource at build time), and the Java and JavaFX it runs on. */
public final class AppVersion {
    private static final String RESOURCE = "/dev/acrconsole/ui/shell/version.properties";

    private AppVersion() {}

    /** E.g. {@code 0.1.0-SNAPSHOT}; "unknown" only in a build that skipped its resources. */
    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** What {@code --version} prints. */
    public static String line() {
        return "acr-console " + version();
    }

    public static String java() {
        return System.getProperty("java.runtime.version", System.getProperty("java.version", "?")) + " ("
                + System.getProperty("java.vendor", "?") + ")";
    }

    /** JavaFX's version, once its runtime is loaded (the About box); "?" before. */
    public static String javafx() {
        return System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "?"));
    }
}
