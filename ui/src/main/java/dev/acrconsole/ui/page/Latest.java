package dev.acrconsole.ui.page;

/**
 * Reads handed to the background may finish out of order (a re-read asked for by a cache notice can overtake the read
 * before it): each gets a ticket when asked, and an answer older than one already applied is dropped. FX thread only.
 */
public final class Latest {
    private long asked;
    private long applied;

    /** A ticket for a read about to be handed to the background. */
    public long ask() {
        return ++asked;
    }

    /** Whether the answer of {@code ticket} may be applied (and, if so, notes that it was). */
    public boolean fresh(long ticket) {
        if (ticket < applied) {
            return false;
        }
        applied = ticket;
        return true;
    }
}
