package dev.acrconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.acrconsole.app.kind.Format;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {
    @Test
    void readOnlyGoesWithAnyModeOfTheWindowButNotWithTheHeadlessCommands() throws Exception {
        assertThat(CommandLineParser.parse("--sandbox", "--read-only").readOnly()).isTrue();
        assertThat(CommandLineParser.parse("--read-only").mode()).isEqualTo(LaunchOptions.Mode.LIVE);
        assertThat(CommandLineParser.parse("--sandbox").readOnly()).isFalse();
        assertThat(CommandLineParser.USAGE).contains("--read-only");
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--read-only"))
                .hasMessage("export only reads: it takes no --read-only");
    }

    @Test
    void sandboxWithDataDirAndScreenshot() throws Exception {
        LaunchOptions o = CommandLineParser.parse("--sandbox", "--data-dir", "/tmp/d", "--screenshot", "/tmp/d/a.png");
        assertThat(o.command()).isEqualTo(LaunchOptions.Command.GUI);
        assertThat(o.mode()).isEqualTo(LaunchOptions.Mode.SANDBOX);
        assertThat(o.dataDirOverride()).contains(Path.of("/tmp/d"));
        assertThat(o.screenshotFile()).contains(Path.of("/tmp/d/a.png"));
    }

    @Test
    void exportTakesADataDirAFormatOrASnapshotWithFilters() throws Exception {
        LaunchOptions o = CommandLineParser.parse("export", "--data-dir", "D");
        assertThat(o.command()).isEqualTo(LaunchOptions.Command.EXPORT);
        assertThat(o.dataDirOverride()).contains(Path.of("D"));
        assertThat(o.export().format()).isEqualTo(LaunchOptions.ExportOptions.Format.json);
        assertThat(CommandLineParser.parse("export", "--format", "CSV").export().format())
                .isEqualTo(LaunchOptions.ExportOptions.Format.csv);

        LaunchOptions snap = CommandLineParser.parse("export", "--snapshot", "s.db", "--subscription", "sub1", "--account", "me");
        assertThat(snap.export().snapshotFile()).isEqualTo(Path.of("s.db"));
        assertThat(snap.export().subscriptions()).containsExactly("sub1");
        assertThat(snap.export().accounts()).containsExactly("me");
        assertThat(snap.snapshot()).as("not a GUI snapshot to open").isNull();
    }

    @Test
    void searchTakesItsTextKindsAndALimit() throws Exception {
        LaunchOptions o = CommandLineParser.parse("search", "sha256:4f", "--kind", "registry", "--limit", "5", "--data-dir", "D");
        assertThat(o.command()).isEqualTo(LaunchOptions.Command.SEARCH);
        assertThat(o.search().text()).isEqualTo("sha256:4f");
        assertThat(o.search().kinds()).isEqualTo(Set.of("registry"));
        assertThat(o.search().limit()).isEqualTo(5);
        assertThat(CommandLineParser.parse("search", "x").search().limit()).isEqualTo(50);
    }

    @Test
    void aSnapshotOpensReadOnlyAndOfflineIsTheModeWithoutSandbox() throws Exception {
        LaunchOptions o = CommandLineParser.parse("--snapshot", "review.db");
        assertThat(o.mode()).isEqualTo(LaunchOptions.Mode.SNAPSHOT);
        assertThat(o.snapshot()).isEqualTo(Path.of("review.db"));
        assertThat(CommandLineParser.parse("--offline").mode()).isEqualTo(LaunchOptions.Mode.OFFLINE);
    }

    @Test
    void offlineOnlyWhenAskedAndLiveWithoutAMode() throws Exception {
        assertThat(CommandLineParser.parse("--offline").mode()).isEqualTo(LaunchOptions.Mode.OFFLINE);
        assertThat(CommandLineParser.parse().mode()).isEqualTo(LaunchOptions.Mode.LIVE);
        assertThat(CommandLineParser.parse("--data-dir", "D").mode()).isEqualTo(LaunchOptions.Mode.LIVE);
    }

    @Test
    void versionPrintsAndTheLogLevelDefaultsToWarn() throws Exception {
        assertThat(CommandLineParser.parse("--version").command()).isEqualTo(LaunchOptions.Command.VERSION);
        assertThat(CommandLineParser.parse("--sandbox").logLevel()).isEqualTo("warn");
        assertThat(CommandLineParser.parse("--sandbox", "--log-level", "DEBUG").logLevel()).isEqualTo("debug");
        assertThatThrownBy(() -> CommandLineParser.parse("--log-level", "loud"))
                .hasMessageContaining("--log-level takes error, warn, info, debug or trace");
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--log-level", "info"))
                .hasMessageContaining("writes no log file");
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLineParser.parse("--frobnicate")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> CommandLineParser.parse("--data-dir")).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> CommandLineParser.parse("--sandbox", "--offline")).hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> CommandLineParser.parse("--sandbox", "--snapshot", "f")).hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--sandbox")).hasMessageContaining("runs headless");
        assertThatThrownBy(() -> CommandLineParser.parse("--sandbox", "export")).hasMessageContaining("must come first");
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--format", "xml")).hasMessageContaining("json or csv");
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--subscription", "s")).hasMessageContaining("add --snapshot");
        assertThatThrownBy(() -> CommandLineParser.parse("search")).hasMessageContaining("search needs a value");
        assertThatThrownBy(() -> CommandLineParser.parse("search", "x", "--limit", "0")).hasMessageContaining("1 to 100000");
        assertThatThrownBy(() -> CommandLineParser.parse("--kind", "registry")).hasMessageContaining("go with search");
    }
}
