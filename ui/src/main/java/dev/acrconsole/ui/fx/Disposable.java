package dev.acrconsole.ui.fx;

/** A view that adds listeners to longer-lived state releases them here when it leaves the screen. */
@FunctionalInterface
public interface Disposable {
    void dispose();
}
