package dev.acrconsole.ui.page;

import dev.acrconsole.cache.CacheChanges;
import java.util.ArrayList;
import java.util.List;

/** What a view model listens to while it is on screen, released in one call when it leaves. */
public final class Subscriptions {
    private final List<Runnable> stops = new ArrayList<>();

    public void add(CacheChanges.Subscription subscription) {
        stops.add(subscription::close);
    }

    /** Something else to undo when the page leaves (a listener on longer-lived state). */
    public void onRelease(Runnable stop) {
        stops.add(stop);
    }

    public void releaseAll() {
        List<Runnable> now = List.copyOf(stops);
        stops.clear();
        now.forEach(Runnable::run);
    }

    public boolean isEmpty() {
        return stops.isEmpty();
    }
}
