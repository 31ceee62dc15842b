package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.CacheScope;
import dev.acrconsole.cache.ResourceKind;
import java.util.List;
import java.util.Objects;

/**
 * One node of the navigation tree, built off the FX thread from cache rows. Equality is what a
 * row shows (key, kind, name, badge), not the subtree: cells compare items on every update, and a
 * deep comparison of a subscription's thousand registries would stall the FX thread.
 *
 * <p>A folder node ({@code folderOf} not null, kind {@link NavKind#FOLDER}) stands for one collection below a
 * resource, Storage Explorer style: its {@code id} is the parent's (e.g. the registry's) and {@code folderOf} the
 * kind of what it holds. {@code scope} is the account whose cache row the node shows (null for stand-ins and
 * messages): an id can be cached for two accounts, and each tree shows its own.
 */
public record NavNode(String id, String key, NavKind kind, String name, String badge, List<NavNode> children,
                      ResourceKind folderOf, CacheScope scope) {

    public NavNode(String id, String key, NavKind kind, String name, String badge, List<NavNode> children) {
        this(id, key, kind, name, badge, children, null, null);
    }

    public boolean folder() {
        return folderOf != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NavNode n && key.equals(n.key) && kind == n.kind && name.equals(n.name)
                && Objects.equals(badge, n.badge) && folderOf == n.folderOf;
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
