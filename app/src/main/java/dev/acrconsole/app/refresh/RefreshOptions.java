package dev.acrconsole.app.refresh;

/**
 * How a refresh reads: how many requests it keeps in flight at most, and whether it reads every collection below
 * every registry ("keep everything for offline review", ADR 0020) or only those the user has opened.
 *
 * @param maxRequestsInFlight listings read at once; each reads its pages one after another, so this bounds requests
 * @param everything          every collection below every registry, the latest page of runs and the repositories too
 */
public record RefreshOptions(int maxRequestsInFlight, boolean everything) {
    /**
     * 16: at ARM's 50-100 ms a request that is 160-320 reads a second, within what one subscription's bucket refills
     * (25 a second) times the subscriptions a refresh spans, and far below a single bucket's burst of 250 when the
     * refresh is one subscription; 16 TLS connections is modest for a proxy, and the cache's one writer keeps up.
     */
    public static final int DEFAULT_MAX_IN_FLIGHT = dev.acrconsole.app.settings.RefreshSettings.DEFAULT_MAX_IN_FLIGHT;
    /** More gains nothing at ARM's budgets (and looks like abuse to a proxy). */
    public static final int MAX_IN_FLIGHT = dev.acrconsole.app.settings.RefreshSettings.MAX_IN_FLIGHT;
    public static final RefreshOptions DEFAULTS = new RefreshOptions(DEFAULT_MAX_IN_FLIGHT, false);

    public RefreshOptions {
        if (maxRequestsInFlight < 1 || maxRequestsInFlight > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("maxRequestsInFlight takes 1 to " + MAX_IN_FLIGHT + ", not " + maxRequestsInFlight);
        }
    }

    public RefreshOptions withEverything(boolean e) {
        return new RefreshOptions(maxRequestsInFlight, e);
    }

    public RefreshOptions withMaxRequestsInFlight(int n) {
        return new RefreshOptions(n, everything);
    }
}
