package dev.acrconsole.app.refresh;

/**
 * Progress of a refresh, reported from the refreshing thread. A listing's new rows are already
 * committed to the cache when {@link #listingDone} is called, so a view may reload from it.
 */
public interface RefreshListener {
    RefreshListener NONE = new RefreshListener() {};

    /** {@code what} is a short human label, e.g. "Registries in Contoso Production". */
    default void listingStarted(String what) {}

    default void listingDone(String what, int count) {}

    default void listingFailed(String what, String error) {}
}
