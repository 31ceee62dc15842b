package dev.acrconsole.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What the command line asked for. The flags are a stable contract other tools rely on:
 * {@code --sandbox}, {@code --offline}, {@code --snapshot FILE}, {@code --data-dir DIR}, {@code --screenshot FILE},
 * and the {@code export}, {@code search} and {@code refresh} commands.
 *
 * @param snapshot the snapshot file to open read-only (GUI), or null
 * @param readOnly {@code --read-only}: the window starts in read-only mode (no write can be sent)
 */
public record LaunchOptions(Command command, Mode mode, Path dataDir, Path screenshot, Path snapshot,
                            ExportOptions export, SearchOptions search, String logLevel, boolean readOnly,
                            RefreshRequest refresh) {
    public enum Command { GUI, EXPORT, SEARCH, REFRESH, HELP, VERSION }

    /** The log file's level when {@code --log-level} is not given. */
    public static final String DEFAULT_LOG_LEVEL = "warn";

    public LaunchOptions(Command command, Mode mode, Path dataDir, Path screenshot, Path snapshot, ExportOptions export,
                         SearchOptions search, String logLevel, boolean readOnly) {
        this(command, mode, dataDir, screenshot, snapshot, export, search, logLevel, readOnly, null);
    }

    public LaunchOptions(Command command, Mode mode, Path dataDir, Path screenshot, Path snapshot, ExportOptions export,
                         SearchOptions search) {
        this(command, mode, dataDir, screenshot, snapshot, export, search, DEFAULT_LOG_LEVEL, false);
    }

    public LaunchOptions(Command command, Mode mode, Path dataDir, Path screenshot, Path snapshot, ExportOptions export,
                         SearchOptions search, String logLevel) {
        this(command, mode, dataDir, screenshot, snapshot, export, search, logLevel, false);
    }

    public LaunchOptions(Command command, Mode mode, Path dataDir, Path screenshot, Path snapshot, ExportOptions export,
                         SearchOptions search, boolean readOnly) {
        this(command, mode, dataDir, screenshot, snapshot, export, search, DEFAULT_LOG_LEVEL, readOnly);
    }

    /** Where data comes from: the built-in sandbox, Azure, only the cache, or a snapshot file (read-only). */
    public enum Mode {
        SANDBOX("Sandbox"), LIVE("Live"), OFFLINE("Offline"), SNAPSHOT("Snapshot");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * {@code export}: JSON or CSV on stdout, or ({@code snapshotFile} set) a snapshot file of the whole cache or of the
     * named accounts, subscriptions and registries.
     */
    public record ExportOptions(Format format, Path snapshotFile, Set<String> accounts, Set<String> subscriptions,
                                Set<String> registries) {
        public enum Format { json, csv }

        static ExportOptions defaults() {
            return new ExportOptions(Format.json, null, Set.of(), Set.of(), Set.of());
        }
    }

    /** {@code search TEXT}: hits as JSON lines, of the given resource kinds (empty: all). */
    public record SearchOptions(String text, Set<String> kinds, int limit) {}

    /**
     * {@code refresh}: the remembered accounts (those named, or all), or a sandbox, into the cache; no window.
     *
     * @param all         every collection below every registry ("keep everything for offline review")
     * @param staleAfter  only the listings last complete longer ago than this (null: every listing)
     * @param sandboxUrl  a standalone sandbox ({@code SandboxMain}) to refresh, trusting {@code sandboxCert}; or null
     */
    public record RefreshRequest(Set<String> accounts, boolean all, java.time.Duration staleAfter, java.net.URI sandboxUrl,
                                 Path sandboxCert) {}

    public Optional<Path> dataDirOverride() {
        return Optional.ofNullable(dataDir);
    }

    public Optional<Path> screenshotFile() {
        return Optional.ofNullable(screenshot);
    }
}
