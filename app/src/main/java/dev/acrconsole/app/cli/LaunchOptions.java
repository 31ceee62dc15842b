package dev.acrconsole.app.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asked for. The flags are a stable contract other tools rely on:
 * {@code --sandbox}, {@code --offline}, {@code --data-dir DIR}, {@code --screenshot FILE},
 * and the {@code export} command.
 */
public record LaunchOptions(Command command, Mode mode, Path dataDir, Path screenshot) {
    public enum Command { GUI, EXPORT, HELP }

    /** Where data comes from: the built-in sandbox, Azure, or only the cache. */
    public enum Mode {
        SANDBOX("Sandbox"), LIVE("Live"), OFFLINE("Offline");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Optional<Path> dataDirOverride() {
        return Optional.ofNullable(dataDir);
    }

    public Optional<Path> screenshotFile() {
        return Optional.ofNullable(screenshot);
    }
}
