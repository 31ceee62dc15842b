package dev.acrconsole.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandLineParserTest {
    @Test
    void sandboxWithDataDirAndScreenshot() throws Exception {
        LaunchOptions o = CommandLineParser.parse("--sandbox", "--data-dir", "/tmp/d", "--screenshot", "/tmp/d/a.png");
        assertThat(o.command()).isEqualTo(LaunchOptions.Command.GUI);
        assertThat(o.mode()).isEqualTo(LaunchOptions.Mode.SANDBOX);
        assertThat(o.dataDirOverride()).contains(Path.of("/tmp/d"));
        assertThat(o.screenshotFile()).contains(Path.of("/tmp/d/a.png"));
    }

    @Test
    void exportTakesADataDir() throws Exception {
        LaunchOptions o = CommandLineParser.parse("export", "--data-dir", "D");
        assertThat(o.command()).isEqualTo(LaunchOptions.Command.EXPORT);
        assertThat(o.dataDirOverride()).contains(Path.of("D"));
    }

    @Test
    void offlineOnlyWhenAskedAndLiveWithoutAMode() throws Exception {
        assertThat(CommandLineParser.parse("--offline").mode()).isEqualTo(LaunchOptions.Mode.OFFLINE);
        assertThat(CommandLineParser.parse().mode()).isEqualTo(LaunchOptions.Mode.LIVE);
        assertThat(CommandLineParser.parse("--data-dir", "D").mode()).isEqualTo(LaunchOptions.Mode.LIVE);
    }

    @Test
    void badCommandLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> CommandLineParser.parse("--frobnicate")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> CommandLineParser.parse("--data-dir")).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> CommandLineParser.parse("--sandbox", "--offline")).hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> CommandLineParser.parse("export", "--sandbox")).hasMessageContaining("export takes only");
        assertThatThrownBy(() -> CommandLineParser.parse("--sandbox", "export")).hasMessageContaining("must come first");
    }
}
