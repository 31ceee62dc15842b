package dev.acrconsole.ui.kind;

import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceKind;

/**
 * A folder of the tree: the collection of {@code kind} below {@code parentId} as cached in {@code scope} (null: the
 * view's, or whichever holds it), and the row to select once it shows ({@code selectId}, null for none).
 */
public record Folder(String parentId, CacheScope scope, ResourceKind kind, String selectId) {}
