package dev.acrconsole.ui.fx;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The one way views put text on the system clipboard (FX thread). */
public final class Clipboards {
    private Clipboards() {}

    /** Puts exactly {@code text} on the clipboard, as plain text. */
    public static void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
