package dev.acrconsole.cache;

/**
 * Looks at each resource a write is about to replace, inside that write's transaction, so that what changed is
 * recorded with it or not at all (the app decides what a change is; the cache only stores it). Used for the
 * connected-registry history (ADR 0008).
 */
public interface ReplaceWatch {
    /** Watches nothing. */
    ReplaceWatch NONE = new ReplaceWatch() {
        @Override
        public boolean watches(ResourceKind kind) {
            return false;
        }

        @Override
        public void replacing(CachedResource before, CachedResource after, ConnectedRegistryHistory.Recorder history) {
        }
    };

    /** Whether resources of this kind are looked at (reading the rows being replaced costs a query). */
    boolean watches(ResourceKind kind);

    /** {@code before} is the cached row {@code after} replaces, or null when it is new. */
    void replacing(CachedResource before, CachedResource after, ConnectedRegistryHistory.Recorder history);
}
