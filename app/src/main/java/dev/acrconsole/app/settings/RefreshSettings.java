package dev.acrconsole.app.settings;

/**
 * How a refresh reads, from {@code settings.json}'s {@code "refresh"} object; changed only through
 * {@link SettingsFile#saveRefresh}.
 *
 * @param maxRequestsInFlight     how many listings (each one request at a time) a refresh reads at once; missing or 0
 *                                is the default (16, see {@code RefreshOptions}), beyond 1..256 the nearest end
 * @param sandboxKeepsEverything  "keep everything for offline review" for the sandbox (accounts have their own)
 */
public record RefreshSettings(int maxRequestsInFlight, boolean sandboxKeepsEverything) {
    /** Why 16: see {@code RefreshOptions}. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 16;
    public static final int MAX_IN_FLIGHT = 256;
    public static final RefreshSettings DEFAULTS = new RefreshSettings(DEFAULT_MAX_IN_FLIGHT, false);

    public RefreshSettings {
        maxRequestsInFlight = maxRequestsInFlight == 0 ? DEFAULT_MAX_IN_FLIGHT : Math.clamp(maxRequestsInFlight, 1, MAX_IN_FLIGHT);
    }

    public RefreshSettings withSandboxKeepsEverything(boolean keep) {
        return new RefreshSettings(maxRequestsInFlight, keep);
    }
}
