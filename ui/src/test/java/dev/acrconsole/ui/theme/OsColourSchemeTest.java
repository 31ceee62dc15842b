package dev.acrconsole.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading Windows' answer: dark only when apps are told not to use the light theme. */
class OsColourSchemeTest {
    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        String light = dark.replace("0x0", "0x1");
        assertThat(OsColourScheme.windowsDark(dark)).isTrue();
        assertThat(OsColourScheme.windowsDark(light)).isFalse();
    }

    @Test
    void askingTheOsAnswersWithinItsTimeout() {
        long start = System.nanoTime();
        OsColourScheme.prefersDark(); // whatever this machine prefers; a missing command means light
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }
}
