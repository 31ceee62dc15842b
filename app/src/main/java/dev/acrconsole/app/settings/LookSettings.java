package dev.acrconsole.app.settings;

/**
 * How the window looks: its colour scheme and its zoom. Kept beside {@link Settings} in {@code settings.json}, under
 * {@code "look"}, by {@link SettingsFile#loadLook()} and {@link SettingsFile#saveLook(LookSettings)}.
 *
 * @param theme the colour scheme; {@link Theme#SYSTEM} follows the OS's
 * @param zoom  steps above (or below, negative) the OS's font size; 0 is the OS's own
 */
public record LookSettings(Theme theme, int zoom) {
    public static final LookSettings DEFAULT = new LookSettings(Theme.SYSTEM, 0);
    /** Far enough to read a page across a room or fit a crowded one; further makes the window unusable. */
    public static final int MIN_ZOOM = -4;
    public static final int MAX_ZOOM = 8;

    public enum Theme { SYSTEM, LIGHT, DARK }

    public LookSettings {
        theme = theme == null ? Theme.SYSTEM : theme;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    public LookSettings withTheme(Theme t) {
        return new LookSettings(t, zoom);
    }

    public LookSettings withZoom(int z) {
        return new LookSettings(theme, z);
    }
}
