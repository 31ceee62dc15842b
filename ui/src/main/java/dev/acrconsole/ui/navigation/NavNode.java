package dev.acrconsole.ui.navigation;

import java.util.List;
import java.util.Objects;

/**
 * One node of the navigation tree, built off the FX thread from cache rows. Equality is what a
 * row shows (key, kind, name, badge), not the subtree: cells compare items on every update, and a
 * deep comparison of a subscription's thousand registries would stall the FX thread.
 */
public record NavNode(String id, String key, NavKind kind, String name, String badge, List<NavNode> children) {
    @Override
    public boolean equals(Object o) {
        return o instanceof NavNode n && key.equals(n.key) && kind == n.kind && name.equals(n.name)
                && Objects.equals(badge, n.badge);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
