package dev.acrconsole.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void linuxFollowsXdg() {
        assertThat(DataDirs.defaultDataDir("Linux", Map.of(), home)).isEqualTo(Path.of("/home/ada/.local/share/acr-console"));
        assertThat(DataDirs.defaultDataDir("Linux", Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/acr-console"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertThat(DataDirs.defaultDataDir("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/ada/AppData/Local"), home))
                .isEqualTo(Path.of("/c/Users/ada/AppData/Local/ACR Console"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirs.defaultDataDir("Mac OS X", Map.of(), home))
                .isEqualTo(Path.of("/home/ada/Library/Application Support/ACR Console"));
    }
}
