package dev.acrconsole.ui.kind;

import dev.acrconsole.app.kind.Row;
import javafx.scene.Node;

/**
 * A part of the details page below a resource's fields, contributed by a kind (e.g. the IoT Operations registry
 * endpoints that pull from the registry shown). It is told what the page shows and hides itself when it has nothing.
 */
public interface DetailsSection {
    Node node();

    /** The resource the page shows now ({@code row}), or null when it shows none. */
    void show(Row row);
}
