package dev.acrconsole.ui.main;

import dev.acrconsole.ui.navigation.NavNode;

/** What the right-hand pane shows. */
public sealed interface Page {
    /** A resource's details (subscription, resource group, registry), or nothing selected (node null). */
    record Resource(NavNode node) implements Page {}

    /**
     * A collection below a resource: the folder node names the parent (its id) and what it holds (its kind);
     * {@code selectId} is a row to select once it shows (null: none).
     */
    record Children(NavNode folder, String selectId) implements Page {}

    /** Every private endpoint connection waiting for approval. */
    record PendingApprovals() implements Page {}

    /** Search over everything cached. */
    record Search() implements Page {}

    /** What changed; with {@code snapshot} set, what differs between that snapshot file and the cache. */
    record Changes(java.nio.file.Path snapshot) implements Page {}
}
