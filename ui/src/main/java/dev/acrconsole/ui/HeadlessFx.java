package dev.acrconsole.ui;

/**
 * Switches JavaFX to Monocle's headless platform with software rendering, so the window renders
 * with no display (CI, ssh). Must run before the toolkit starts. See ADR 0004.
 */
public final class HeadlessFx {
    private HeadlessFx() {}

    public static void use() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }
}
