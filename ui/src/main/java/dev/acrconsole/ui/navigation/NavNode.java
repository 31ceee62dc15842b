package dev.acrconsole.ui.navigation;

import dev.acrconsole.cache.ResourceKind;
import java.util.List;
import java.util.Objects;

/**
 * One node of the navigation tree, built off the FX thread from cache rows. Equality is what a
 * row shows (key, kind, name, badge), not the subtree: cells compare items on every update, and a
 * deep comparison of a subscription's thousand registries would stall the FX thread.
 *
 * <p>A folder node ({@code folder} true) stands for one collection below a resource, Storage Explorer style: its
 * {@code id} is the parent's (e.g. the registry's) and its {@code kind} the kind of what it holds.
 */
public record NavNode(String id, String key, ResourceKind kind, String name, String badge, List<NavNode> children,
                      boolean folder) {

    public NavNode(String id, String key, ResourceKind kind, String name, String badge, List<NavNode> children) {
        this(id, key, kind, name, badge, children, false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NavNode n && key.equals(n.key) && kind == n.kind && name.equals(n.name)
                && Objects.equals(badge, n.badge) && folder == n.folder;
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
