package dev.acrconsole.ui.fx;

import dev.acrconsole.ui.page.PageContext;
import java.util.function.Supplier;
import javafx.stage.Window;

/** What views and dialogs use: the view models' context, and the window dialogs belong to. */
public record ViewContext(PageContext page, Supplier<Window> owner) {
    public Window window() {
        return owner.get();
    }
}
