package dev.acrconsole.ui.page;

/**
 * A page's (or a section's) time on screen: it starts listening when activated, and releases every subscription it
 * made when deactivated (the main window deactivates the page it replaces).
 */
public interface Lifecycle {
    void activate();

    void deactivate();
}
